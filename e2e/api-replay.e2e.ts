import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmission } from '../test/fixtures/applications';
import { E2E_ASSISTER, ServerProcess } from './support/server';

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});
afterAll(async () => {
  await server?.dispose();
});

describe('the exchange API over real HTTP', () => {
  it('[E2E-4] the same application posted twice by hand gets the same confirmation number and one row', async () => {
    const signIn = await fetch(`${server.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(E2E_ASSISTER),
    });
    const { token } = (await signIn.json()) as { token: string };
    const sub = makeSubmission();
    const post = () =>
      fetch(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': sub.id,
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(sub),
      });
    const first = await post();
    const second = await post();
    expect([first.status, second.status]).toEqual([201, 200]);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    expect(a.confirmationNumber).toMatch(/^EA-/);

    const lookup = await fetch(`${server.url}/api/v1/applications/${sub.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await lookup.json()).toEqual(a);

    await server.stop();
    expect(await server.countRows(sub.id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
