import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { makeSubmission } from '../../../test/fixtures/applications';
import { AssistDb } from '../../store/db';
import { OutboxRepo } from '../../store/outbox';
import { WATCHED_READS } from '../../store/watched-reads';
import { useWatch, useWatched } from './use-watch';

/** One application queued: a change to the outbox. */
const queueOne = (db: AssistDb) =>
  db.outbox.add({
    id: crypto.randomUUID(),
    submission: makeSubmission(),
    queuedAt: '2026-11-23T15:00:00.000Z',
    queuedSeq: 1,
  });

describe('useWatch', () => {
  it('a value read again unchanged draws nothing again; a changed one draws', async () => {
    const db = new AssistDb(`watch-${crypto.randomUUID()}`);
    let reads = 0;
    let renders = 0;
    function Count() {
      const count = useWatch(
        async () => {
          reads += 1;
          return db.outbox.count();
        },
        [],
        { throttleMs: 0 },
      );
      renders += 1;
      return <p>{count.state === 'ready' ? `count ${count.value}` : 'loading'}</p>;
    }
    render(<Count />);
    await screen.findByText('count 0');
    const drawn = renders;
    // A change elsewhere in the store: the count is read again and has not moved.
    await db.meta.put({ key: 'probe', value: 1 });
    await waitFor(() => expect(reads).toBe(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(renders).toBe(drawn);
    // One that moves it is drawn.
    await queueOne(db);
    await screen.findByText('count 1');
  });
});

describe('useWatched', () => {
  it('reads with the arguments given, again after a change to its tables, not to others', async () => {
    const db = new AssistDb(`watched-${crypto.randomUUID()}`);
    // Created first: Dexie reports a new database as a change to every table.
    await db.open();
    const outbox = new OutboxRepo(db);
    const reads = vi.spyOn(outbox, 'waitingCount');
    function Waiting() {
      const count = useWatched(WATCHED_READS.waitingCount, [outbox], { throttleMs: 0 });
      return <p>{count.state === 'ready' ? `waiting ${count.value}` : 'loading'}</p>;
    }
    render(<Waiting />);
    await screen.findByText('waiting 0');
    expect(reads).toHaveBeenCalledTimes(1);
    // The session and the meta table are not the outbox's: no read.
    await db.meta.put({ key: 'probe', value: 1 });
    await db.session.clear();
    await new Promise((r) => setTimeout(r, 20));
    expect(reads).toHaveBeenCalledTimes(1);
    await queueOne(db);
    await screen.findByText('waiting 1');
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
