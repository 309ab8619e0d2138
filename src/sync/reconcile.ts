import type { Receipt } from '../schema/receipt';
import { RECEIPTS_PAGE_MAX } from '../schema/receipts-list';
import type { LedgerRepo, ReconciliationReport } from '../store/ledger';
import type { MetaRepo } from '../store/meta';
import type { ReceiptsOutcome } from './exchange';
import type { RequestFailure } from './transport';

/**
 * Each incremental reconciliation starts this long before the end of the last one, so that a row
 * whose transaction began before that instant but committed after it is still seen. Duplicates in
 * the overlap are harmless: applying a receipt twice changes nothing.
 */
export const RECONCILE_OVERLAP_MS = 5 * 60 * 1000;
/** Once a day, check the whole retention window again (the exchange may have lost older rows). */
export const FULL_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Stop paging after this many pages (50,000 receipts): a bug, not a device's history. */
const MAX_PAGES = 100;
const EPOCH = new Date(0).toISOString();

export interface ReconcileDeps {
  ledger: LedgerRepo;
  meta: MetaRepo;
  /** The retention purge (store/retention.ts), run once the ledger is up to date. */
  purge: () => Promise<unknown>;
  /** One page of receipts from `since` (the device id and token are the caller's business). */
  fetchPage: (since: string) => Promise<ReceiptsOutcome>;
  nowMs: () => number;
}

export type ReconcileOutcome = { kind: 'done'; report: ReconciliationReport } | RequestFailure;

/**
 * Compares the device's ledger with the exchange's, both ways (DESIGN.md §4, research §4.2): asks
 * for every receipt of this device since the last check (or, once a day, since the oldest sent
 * application it could still resend), then records missed receipts and requeues what the exchange
 * never kept. The cursor is the exchange's clock, never the device's. Call it holding the outbox
 * lock: it changes statuses the sender also changes.
 */
export async function reconcile(deps: ReconcileDeps): Promise<ReconcileOutcome> {
  const now = deps.nowMs();
  const state = await deps.meta.reconciliation();
  const full = !state || now - state.lastFullCheckMs > FULL_CHECK_INTERVAL_MS;
  let since = state
    ? new Date(Date.parse(state.through) - RECONCILE_OVERLAP_MS).toISOString()
    : EPOCH;
  if (full) {
    const oldest = await deps.ledger.oldestRetained();
    if (oldest && oldest < since) since = oldest;
  }

  const receipts: Receipt[] = [];
  let from = since;
  let through = since;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const outcome = await deps.fetchPage(from);
    if (outcome.kind !== 'list') return outcome;
    receipts.push(...outcome.list.receipts);
    through = outcome.list.serverTime;
    if (outcome.list.receipts.length < RECEIPTS_PAGE_MAX || through === from) break;
    from = through;
  }

  const report = await deps.ledger.apply(receipts, since, through);
  await deps.purge();
  await deps.meta.setReconciliation({
    through,
    lastFullCheckMs: full ? now : (state?.lastFullCheckMs ?? now),
    atMs: now,
    last: report,
  });
  return { kind: 'done', report };
}
