import { describe, expect, it } from 'vitest';
import { AssistDb } from './db';
import { MetaRepo } from './meta';

describe('MetaRepo', () => {
  it('gives the device one random id, the same after a restart', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const first = await new MetaRepo(new AssistDb(name)).deviceId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = new AssistDb(name);
    expect(await new MetaRepo(again).deviceId()).toBe(first);
  });

  it('two tabs starting at once agree on one id', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const ids = await Promise.all([
      new MetaRepo(new AssistDb(name)).deviceId(),
      new MetaRepo(new AssistDb(name)).deviceId(),
      new MetaRepo(new AssistDb(name)).deviceId(),
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps and clears the shared retry gate', async () => {
    const meta = new MetaRepo(new AssistDb(`test-${crypto.randomUUID()}`));
    expect(await meta.retryGate()).toBeNull();
    const gate = {
      notBefore: 1000,
      failures: 2,
      reason: 'offline' as const,
      serverSaid: false,
      paused: false,
    };
    await meta.setRetryGate(gate);
    expect(await meta.retryGate()).toEqual(gate);
    await meta.setRetryGate(null);
    expect(await meta.retryGate()).toBeNull();
  });
});
