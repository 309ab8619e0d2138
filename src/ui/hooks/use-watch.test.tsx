import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeSubmission } from '../../../test/fixtures/applications';
import { AssistDb } from '../../store/db';
import { useWatch } from './use-watch';

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
    await db.outbox.add({
      id: crypto.randomUUID(),
      submission: makeSubmission(),
      queuedAt: '2026-11-23T15:00:00.000Z',
      queuedSeq: 1,
    });
    await screen.findByText('count 1');
  });
});
