import { describe, expect, it } from 'vitest';
import type { PassRequest } from './engine';
import { OutboxSender } from './sender';
import { probeOnce } from './triggers';

function sender() {
  const calls: PassRequest[] = [];
  const s = new OutboxSender({
    drainOnce: async (request) => {
      calls.push(request);
      return { result: { kind: 'empty', sent: 0, refused: 0 } };
    },
  });
  return { s, calls };
}

describe('the periodic probe (fault matrix row 17)', () => {
  it('asks for a pass when something waits and the exchange answers', async () => {
    const { s, calls } = sender();
    expect(await probeOnce(s, { waiting: async () => 2, probe: async () => true })).toBe(true);
    expect(calls).toEqual([{ trigger: 'probe', reconcile: true }]);
  });

  it('does nothing when nothing waits, or the exchange does not answer (no request at all)', async () => {
    const { s, calls } = sender();
    let probed = 0;
    const probe = async () => {
      probed += 1;
      return false;
    };
    expect(await probeOnce(s, { waiting: async () => 0, probe })).toBe(false);
    expect(probed).toBe(0);
    expect(await probeOnce(s, { waiting: async () => 3, probe })).toBe(false);
    expect(probed).toBe(1);
    expect(calls).toEqual([]);
  });

  it('does not probe while paused for sign-in: a healthy exchange does not fix a token', async () => {
    const s = new OutboxSender({
      drainOnce: async () => ({ result: { kind: 'unauthorized', sent: 0, refused: 0 } }),
    });
    await s.request('start');
    let probed = 0;
    await probeOnce(s, {
      waiting: async () => 1,
      probe: async () => {
        probed += 1;
        return true;
      },
    });
    expect(probed).toBe(0);
  });
});
