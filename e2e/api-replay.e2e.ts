import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmission } from '../test/fixtures/applications';
import { ServerProcess } from './support/server';

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});
afterAll(async () => {
  await server?.dispose();
});

describe('the exchange API over real HTTP', () => {
  it('[E2E-4] the same application posted twice by hand gets the same confirmation number and one row', async () => {
    const sub = makeSubmission();
    const post = () =>
      fetch(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sub.id },
        body: JSON.stringify(sub),
      });
    const first = await post();
    const second = await post();
    expect([first.status, second.status]).toEqual([201, 200]);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    expect(a.confirmationNumber).toMatch(/^EA-/);

    const lookup = await fetch(`${server.url}/api/v1/applications/${sub.id}`);
    expect(await lookup.json()).toEqual(a);

    await server.stop();
    expect(await server.countRows(sub.id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
