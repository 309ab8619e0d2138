import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import type { Submission } from '../schema/submission';
import { ApplicationsRepo } from '../store/applications';
import { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { drainOutbox } from './drain';
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
});
