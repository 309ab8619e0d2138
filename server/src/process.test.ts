import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { receipt as receiptSchema } from '../../src/schema/receipt';
import { makeSubmission } from '../../test/fixtures/applications';
import { ServerUnderTest } from './process-support';
import { ENGINE, postApplication } from './test-support';

const PASSWORD = 'tarragon meadow 7731';
let server: ServerUnderTest;
/** On PGlite, one data folder with maria in it, copied for each test (ServerUnderTest.create). */
let template: ServerUnderTest | null = null;

/** Maria, added by the CLI an operator runs. */
async function addMaria(to: ServerUnderTest): Promise<void> {
  const created = await to.assister(['add', 'maria'], `${PASSWORD}\n`);
  expect(created, created.output).toMatchObject({ code: 0 });
  expect(created.output).toContain('Created assister "maria"');
}

beforeAll(async () => {
  if (ENGINE !== 'pglite') return;
  template = await ServerUnderTest.create();
  await addMaria(template);
}, 120_000);
afterAll(async () => {
  await template?.dispose();
});
beforeEach(async () => {
  server = await ServerUnderTest.create(template?.dataDir);
  if (!template) await addMaria(server);
});
afterEach(async () => {
  await server?.dispose();
});

async function signIn(name = 'maria', password = PASSWORD): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

describe(`the server as a process (${ENGINE})`, () => {
  it('kill -9 right after a 201: after a restart the application is there, with the same receipt', async () => {
    await server.launch();
    const token = await signIn();
    const sub = makeSubmission();
    const res = await postApplication(server.url, token, sub);
    expect(res.status).toBe(201);
    const receipt = receiptSchema.parse(await res.json());
    await server.end('SIGKILL');

    await server.launch();
    const lookup = await fetch(`${server.url}/api/v1/applications/${sub.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toEqual(receipt);
    // The replay after the crash gets the same receipt, not a second row.
    expect(await (await postApplication(server.url, token, sub)).json()).toEqual(receipt);
  });

  it('SIGTERM lets a request in progress finish (201), refuses new work, and exits cleanly', async () => {
    await server.launch();
    const token = await signIn();
    const sub = makeSubmission();
    const body = JSON.stringify(sub);
    // A slow upload: headers and half the body now, the rest after the stop signal.
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    const closed = new Promise((ok) => socket.on('close', ok));
    socket.write(
      `POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${sub.id}\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 100)}`,
    );
    // Observable proof that it is in progress: its key is in flight. The probe (an empty object
    // under the same key) can never store anything itself: 422 while the key is free, then 409.
    const probe = () => postApplication(server.url, token, '{}', { 'Idempotency-Key': sub.id });
    await expect.poll(async () => (await probe()).status).toBe(409);

    const exited = server.end('SIGTERM');
    await expect.poll(() => server.output).toContain('"msg":"stopping"');
    // New work is turned away (the listener is closed, or a 503 asks to come back later).
    const late = await fetch(`${server.url}/api/v1/health`).then(
      (r) => String(r.status),
      () => 'refused',
    );
    expect(['503', 'refused']).toContain(late);
    // The rest of the body; the server answers, then closes the connection itself (it is stopping).
    socket.write(body.slice(100));
    await closed;
    expect(answer, server.output).toMatch(/^HTTP\/1\.1 201 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(await exited, server.output).toBe(0);
    expect(server.output).toContain('"msg":"stopped"');

    await server.launch();
    const lookup = await fetch(`${server.url}/api/v1/applications/${sub.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(lookup.status).toBe(200);
  });

  it('npm run assister manages accounts; with the embedded database it says clearly when the server holds it', async () => {
    await server.launch();
    const whileRunning = await server.assister(['add', 'jo'], `${PASSWORD}\n`);
    if (ENGINE === 'pglite') {
      expect(whileRunning.code).toBe(2);
      expect(whileRunning.output).toMatch(/in use by the server \(process \d+/);
      expect(whileRunning.output).toContain('stop the server');
      // A second server on the same folder refuses to start, and says why.
      const another = await server.runAnother();
      expect(another.code).toBe(1);
      expect(another.output).toMatch(/in use by the server \(process \d+/);
      await server.end('SIGTERM');
      expect(await server.assister(['add', 'jo'], `${PASSWORD}\n`)).toMatchObject({ code: 0 });
      await server.launch();
    } else {
      // PostgreSQL: accounts can be managed while the server runs.
      expect(whileRunning.code).toBe(0);
    }
    await signIn('jo');
  });

  it('npm run assister refuses a weak password, a duplicate name and a bad name, each in words', async () => {
    const weak = await server.assister(['add', 'ana'], 'password1\n');
    expect(weak.code).toBe(1);
    expect(weak.output).toContain('one of the most common passwords');
    const duplicate = await server.assister(['add', 'Maria'], `${PASSWORD}\n`);
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toContain('already exists');
    const bad = await server.assister(['add', 'two words'], `${PASSWORD}\n`);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('cannot be a name');
    const list = await server.assister(['list']);
    expect(list.output.trim().split('\n')).toHaveLength(1);
  });
});
