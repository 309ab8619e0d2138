import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import type { Submission } from '../schema/submission';
import { ApplicationsRepo } from '../store/applications';
import { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { drainOutbox, FAILURES_TO_STOP, SEND_WINDOW } from './drain';
import type { SendOutcome } from './transport';

let repo: ApplicationsRepo;
let outbox: OutboxRepo;

beforeEach(() => {
  const db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
  outbox = new OutboxRepo(db);
});

async function queue(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const draft = await repo.createDraft({
      fields: makeDraft({ 'applicant.firstName': `Person${i}` }),
      schemaVersion: 1,
    });
    await repo.submit(draft.id);
    ids.push(draft.id);
    await new Promise((r) => setTimeout(r, 2));
  }
  return ids;
}

const receiptFor = (sub: Submission): SendOutcome => ({
  kind: 'receipt',
  status: 201,
  receipt: {
    id: sub.id,
    confirmationNumber: 'EA-2222-3333-4444',
    receivedAt: '2026-11-23T15:05:00.000Z',
    payloadHash: 'c'.repeat(64),
  },
});

describe('drainOutbox', () => {
  it('sends every waiting application oldest first and records each receipt', async () => {
    const ids = await queue(3);
    const sent: string[] = [];
    const result = await drainOutbox({
      outbox,
      send: async (s) => {
        sent.push(s.id);
        return receiptFor(s);
      },
    });
    expect(result).toEqual({ kind: 'empty', sent: 3, refused: 0 });
    expect(sent).toEqual(ids);
    for (const id of ids) expect((await repo.get(id))?.status).toBe('submitted');
  });

  it('stops at the first retryable failure: a dead network costs one request, not one per record', async () => {
    const ids = await queue(3);
    let calls = 0;
    const result = await drainOutbox({
      outbox,
      send: async () => {
        calls += 1;
        return { kind: 'retry', reason: 'offline' };
      },
    });
    expect(result).toMatchObject({ kind: 'retry', reason: 'offline', sent: 0 });
    expect(calls).toBe(1);
    for (const id of ids) expect((await repo.get(id))?.status).toBe('queued');
    expect(await outbox.waitingCount()).toBe(3);
  });

  it('one refused application never blocks the others', async () => {
    const [bad, ...good] = await queue(3);
    const result = await drainOutbox({
      outbox,
      send: async (s) =>
        s.id === bad
          ? { kind: 'refused', status: 422, problems: [{ code: 'invalid', message: 'no' }] }
          : receiptFor(s),
    });
    expect(result).toEqual({ kind: 'empty', sent: 2, refused: 1 });
    expect((await repo.get(bad as string))?.status).toBe('needs_attention');
    for (const id of good) expect((await repo.get(id))?.status).toBe('submitted');
  });

  it('pauses on 401 and keeps the application waiting', async () => {
    const [id] = await queue(1);
    const result = await drainOutbox({
      outbox,
      send: async () => ({ kind: 'unauthorized', status: 401 }),
    });
    expect(result.kind).toBe('unauthorized');
    expect(await repo.get(id as string)).toMatchObject({
      status: 'queued',
      lastAttempt: { outcome: 'unauthorized' },
    });
  });

  it('resends an attempt a reload cut short, with the same id', async () => {
    const [id] = await queue(1);
    await outbox.beginAttempt(id as string); // the tab died here
    const sent: string[] = [];
    await drainOutbox({
      outbox,
      send: async (s) => {
        sent.push(s.id);
        return receiptFor(s);
      },
    });
    expect(sent).toEqual([id]);
    expect(await repo.get(id as string)).toMatchObject({ status: 'submitted', attempts: 2 });
  });

  it('once the exchange has answered, up to a window of applications are in flight, each sent once', async () => {
    const ids = await queue(12);
    let inFlight = 0;
    let most = 0;
    const sent: string[] = [];
    // Answers after the first wait until the window is full (or 2 s pass), so that a loaded
    // machine, where a claim can take longer than an answer, still shows how many may overlap.
    let windowFull = () => {};
    const full = new Promise<void>((r) => {
      windowFull = r;
    });
    const result = await drainOutbox({
      outbox,
      send: async (s) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        sent.push(s.id);
        if (inFlight === SEND_WINDOW) windowFull();
        if (sent.length > 1) await Promise.race([full, new Promise((r) => setTimeout(r, 2000))]);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        return receiptFor(s);
      },
    });
    expect(result).toEqual({ kind: 'empty', sent: 12, refused: 0 });
    expect(most).toBe(SEND_WINDOW);
    expect([...sent].sort()).toEqual([...ids].sort());
    expect(sent[0]).toBe(ids[0]); // the first goes alone, oldest first
    for (const id of ids) expect((await repo.get(id))?.status).toBe('submitted');
  });

  it('answers that arrive together are recorded in one transaction, which claims the next ones', async () => {
    const ids = await queue(12);
    const settle = vi.spyOn(outbox, 'settle');
    // Sends answer four at a time (the last ones after 50 ms), as a window's answers can.
    let round: Array<() => void> = [];
    const result = await drainOutbox({
      outbox,
      send: async (s) => {
        const answered = new Promise<void>((r) => round.push(r));
        if (round.length === SEND_WINDOW || s.id === ids[0]) {
          const go = round;
          round = [];
          for (const r of go) r();
        } else {
          setTimeout(() => {
            for (const r of round.splice(0)) r();
          }, 50);
        }
        await answered;
        return receiptFor(s);
      },
    });
    expect(result).toEqual({ kind: 'empty', sent: 12, refused: 0 });
    for (const id of ids) expect((await repo.get(id))?.status).toBe('submitted');
    const recorded = settle.mock.calls.map(([done]) => done.length);
    expect(recorded.reduce((a, b) => a + b, 0)).toBe(12);
    // One transaction a step would be 12 receipts and 12 claims in 13 (or 24) transactions.
    expect(Math.max(...recorded)).toBeGreaterThan(1);
    expect(settle.mock.calls.length).toBeLessThan(12);
  });

  it('a store that fails under a shared transaction loses nothing: the next pass sends again under the same keys', async () => {
    const ids = await queue(8);
    const real = outbox.settle.bind(outbox);
    // Once all four lanes have sent, the first transaction that records receipts fails.
    let calls = 0;
    let failed = false;
    vi.spyOn(outbox, 'settle').mockImplementation((done, want, after) => {
      calls += 1;
      if (calls > 3 && done.length > 0 && !failed) {
        failed = true;
        return Promise.reject(new DOMException('disk gave up', 'UnknownError'));
      }
      return real(done, want, after);
    });
    const first: string[] = [];
    const send = (log: string[]) => async (s: Submission) => {
      log.push(s.id);
      return receiptFor(s);
    };
    await expect(drainOutbox({ outbox, send: send(first) })).rejects.toThrow('disk gave up');
    // What the next pass does first (engine.ts): attempts cut short go back to the queue.
    await outbox.recoverInterrupted();
    const submitted = async () =>
      (await Promise.all(ids.map((id) => repo.get(id)))).filter((a) => a?.status === 'submitted');
    const before = (await submitted()).map((a) => a?.id);
    expect(await outbox.waitingCount()).toBe(ids.length - before.length);
    const second: string[] = [];
    expect(await drainOutbox({ outbox, send: send(second) })).toMatchObject({ kind: 'empty' });
    expect(await submitted()).toHaveLength(ids.length);
    // Sent again: only what had no receipt recorded, under its own id (the idempotency key).
    expect(second.sort()).toEqual(ids.filter((id) => !before.includes(id)).sort());
    // Among them, what was in flight when the store failed: sent once already, its receipt lost.
    expect(first.filter((id) => !before.includes(id)).length).toBeGreaterThan(0);
  });

  it('one fault among answers leaves that application queued and the others go', async () => {
    const ids = await queue(6);
    const faulty = ids[2] as string;
    const result = await drainOutbox({
      outbox,
      window: 1,
      send: async (s) =>
        s.id === faulty ? { kind: 'retry', reason: 'server_error', status: 500 } : receiptFor(s),
    });
    expect(result).toEqual({ kind: 'retry', sent: 5, refused: 0, reason: 'server_error' });
    expect(await repo.get(faulty)).toMatchObject({
      status: 'queued',
      lastAttempt: { outcome: 'server_error', status: 500 },
    });
    for (const id of ids.filter((i) => i !== faulty))
      expect((await repo.get(id))?.status).toBe('submitted');
  });

  it(`${FAILURES_TO_STOP} failures in a row end the pass; the rest is not tried`, async () => {
    const ids = await queue(8);
    const tried: string[] = [];
    const result = await drainOutbox({
      outbox,
      window: 1,
      send: async (s) => {
        tried.push(s.id);
        return tried.length === 1 ? receiptFor(s) : { kind: 'retry', reason: 'timeout' };
      },
    });
    expect(result).toMatchObject({ kind: 'retry', sent: 1, reason: 'timeout' });
    expect(tried).toEqual(ids.slice(0, 1 + FAILURES_TO_STOP));
    expect(await outbox.waitingCount()).toBe(7);
    for (const id of ids.slice(1 + FAILURES_TO_STOP))
      expect((await repo.get(id))?.attempts).toBe(0);
  });

  /** Five queued, one lane; the second send is answered `status` with `Retry-After: 1`. */
  async function waitAskedOnSecond(status: 429 | 503) {
    const ids = await queue(5);
    const tried: string[] = [];
    const result = await drainOutbox({
      outbox,
      send: async (s) => {
        tried.push(s.id);
        return tried.length === 2
          ? { kind: 'retry', reason: 'rate_limited', status, retryAfterMs: 1000 }
          : receiptFor(s);
      },
      window: 1,
    });
    return { ids, tried, result };
  }
  const toldToWait = (sent: number) =>
    ({ kind: 'retry', sent, refused: 0, reason: 'rate_limited', retryAfterMs: 1000 }) as const;

  it('"too many requests" ends the pass at once, and its Retry-After is reported', async () => {
    const { ids, tried, result } = await waitAskedOnSecond(429);
    expect(result).toEqual(toldToWait(1));
    expect(tried).toEqual(ids.slice(0, 2));
  });

  it('a 503 among answers is one shed request: the others go on, and its Retry-After is reported', async () => {
    const { ids, tried, result } = await waitAskedOnSecond(503);
    expect(result).toEqual(toldToWait(4));
    expect(tried).toEqual(ids);
    expect((await repo.get(ids[1] as string))?.status).toBe('queued');
  });

  it('a 401 in one lane stops every lane from taking more', async () => {
    await queue(20);
    let calls = 0;
    const result = await drainOutbox({
      outbox,
      send: async (s) => {
        calls += 1;
        const nth = calls; // counted as it starts: the others go on counting while it waits
        await new Promise((r) => setTimeout(r, 2));
        return nth === 3 ? { kind: 'unauthorized', status: 401 } : receiptFor(s);
      },
    });
    expect(result.kind).toBe('unauthorized');
    // The first alone, then the window: what was in flight finishes, nothing new starts.
    expect(calls).toBeLessThanOrEqual(1 + SEND_WINDOW + 1);
    expect(await outbox.waitingCount()).toBe(20 - (result.sent + result.refused));
  });
});
