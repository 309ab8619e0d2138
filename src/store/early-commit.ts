import Dexie, { type DBCore, type Middleware } from 'dexie';

/**
 * Transactions to commit as soon as their next write is issued, keyed by the IndexedDB
 * transaction that Dexie passes down to every middleware.
 *
 * Left alone, a transaction commits once the page has had the answer to its last request and has
 * asked nothing more: one more round trip through the page's main thread, which at a keystroke is
 * busy drawing the key's frame. `IDBTransaction.commit()` sent with the last write lets the
 * database commit right after it, without waiting for the page (issue 8, the field change).
 */
const lastWriteMarked = new WeakSet<object>();

/**
 * Inside a Dexie transaction: its next write is its last request, so commit right after it is
 * issued. The caller promises to ask nothing more (a read or write after it would fail with
 * TransactionInactiveError). A transaction nested in another shares its IndexedDB transaction,
 * which the outer one may still use: nested, nothing is marked and it commits as usual.
 */
export function commitAfterNextWrite(): void {
  const current = Dexie.currentTransaction;
  if (!current) throw new Error('commitAfterNextWrite() outside a transaction');
  if (current.parent) return;
  lastWriteMarked.add(current.idbtrans);
}

/**
 * At the bottom of Dexie's stack, under every middleware that may hold a write back (the draft
 * encryption waits for WebCrypto when it has not sealed ahead): the commit is asked for only once
 * the write's request is with IndexedDB.
 */
export const earlyCommit: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'early-commit',
  level: -10,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate(req) {
          const written = table.mutate(req);
          // The IndexedDB transaction (named by shape: the server's type check has no DOM library).
          const trans = req.trans as unknown as { commit?: () => void };
          // Chromium 76+, Firefox 74+, Safari 15+; without it the transaction commits as before.
          if (lastWriteMarked.delete(trans) && typeof trans.commit === 'function') trans.commit();
          return written;
        },
      };
    },
  }),
};
