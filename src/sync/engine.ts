import type { AssistDb } from '../store/db';
import type { ReconciliationReport } from '../store/ledger';
import { LedgerRepo } from '../store/ledger';
import { MetaRepo } from '../store/meta';
import { OutboxRepo } from '../store/outbox';
import type { AttemptOutcome } from '../store/records';
import { RetentionRepo } from '../store/retention';
import { SessionRepo } from '../store/session';
import { type DrainResult, drainOutbox } from './drain';
import { fetchReceipts } from './exchange';
import { admit, nextGate, type Trigger } from './gate';
import { reconcile } from './reconcile';
import { type RecordsOutcome, sendRecords } from './records';
import { withOutboxLock } from './tab-lock';
import { type RetryReason, sendSubmission, type TransportOptions } from './transport';

/** Failures of the receipts request that mean a send would fail the same way. */
const UNREACHABLE: readonly RetryReason[] = ['offline', 'timeout', 'rate_limited'];

/** How one pass ended, for whoever asked for it (the page's sender, or the service worker). */
export type PassResult =
  | { kind: 'empty'; sent: number; refused: number }
  | {
      kind: 'retry';
      sent: number;
      refused: number;
      reason: RetryReason;
      /** Device clock, epoch ms: the shared gate opens then. */
      retryAt: number;
      failures: number;
    }
  | { kind: 'unauthorized'; sent: number; refused: number };

export interface PassRequest {
  trigger: Trigger;
  /** Compare the ledger with the exchange's before sending (on reconnect). */
  reconcile: boolean;
}

export interface PassReport {
  result: PassResult;
  /** Present when this pass reconciled. */
  reconciliation?: ReconciliationReport;
}

export interface DrainerOptions {
  /**
   * Read at every pass, so a test (or a settings screen) can change it; same object each time.
   * Without a `getToken` of its own, the signed-in assister's token is read from the store at
   * each request.
   */
  transport: TransportOptions;
  random?: () => number;
  now?: () => number;
  /**
   * The deployment's retention window (store/retention.ts retentionWindowMs); the longest allowed
   * without it, so a context that cannot read the setting (the service worker) never purges early.
   */
  retentionMs?: number;
}

const RETRY_REASONS: readonly AttemptOutcome[] = [
  'offline',
  'timeout',
  'server_error',
  'rate_limited',
  'in_flight',
  'bad_receipt',
];
const asRetryReason = (o: AttemptOutcome): RetryReason =>
  (RETRY_REASONS.includes(o) ? o : 'offline') as RetryReason;

/**
 * One pass as any context runs it (page or service worker), holding the outbox lock: return
 * attempts a dead context left `sending` to the queue, purge what is past retention (at start),
 * ask the shared gate whether to send now, reconcile if asked (and purge after it), send (with the
 * signed-in assister's token, read from the store at each request), and store the gate for every
 * other sender to see.
 */
export function createOutboxDrainer(
  db: AssistDb,
  options: DrainerOptions,
): (request: PassRequest) => Promise<PassReport> {
  const outbox = new OutboxRepo(db);
  const meta = new MetaRepo(db);
  const ledger = new LedgerRepo(db);
  const sessions = new SessionRepo(db);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const retention = new RetentionRepo(db, options.retentionMs, { now: () => new Date(now()) });

  return (request) =>
    withOutboxLock(async (): Promise<PassReport> => {
      await outbox.recoverInterrupted();
      // At start too, not only after a reconciliation: a device that stays offline still purges.
      if (request.trigger === 'start') await retention.purge();
      const stored = await meta.retryGate();
      const decision = admit(stored, request.trigger, now());
      if (decision.gate !== stored) await meta.setRetryGate(decision.gate);
      if (!decision.go) {
        const { gate } = decision;
        const result: PassResult = decision.paused
          ? { kind: 'unauthorized', sent: 0, refused: 0 }
          : {
              kind: 'retry',
              sent: 0,
              refused: 0,
              reason: asRetryReason(gate.reason),
              retryAt: gate.notBefore,
              failures: gate.failures,
            };
        return { result };
      }

      const transport: TransportOptions = {
        getToken: () => sessions.token(),
        ...options.transport,
        deviceId: await meta.deviceId(),
      };
      // No one signed in on this device: asking the exchange could only earn a 401 (and a console
      // error at every start of a tablet nobody has signed in on yet). Wait for the sign-in.
      if (transport.getToken && (await transport.getToken()) === null) {
        const idle: DrainResult =
          (await outbox.waitingCount()) > 0
            ? { kind: 'unauthorized', sent: 0, refused: 0 }
            : { kind: 'empty', sent: 0, refused: 0 };
        await meta.setRetryGate(nextGate(decision.gate, idle, now(), random));
        return { result: idle };
      }
      const report: PassReport = { result: { kind: 'empty', sent: 0, refused: 0 } };
      const checked = request.reconcile
        ? await reconcile({
            ledger,
            meta,
            purge: () => retention.purge(),
            fetchPage: (since) =>
              fetchReceipts({ device: transport.deviceId as string, since }, transport),
            nowMs: now,
          })
        : null;
      if (checked?.kind === 'done') report.reconciliation = checked.report;
      const send = () => drainOutbox({ outbox, send: (s) => sendSubmission(s, transport) });
      let drained: DrainResult;
      if (checked?.kind === 'unauthorized') {
        drained = { kind: 'unauthorized', sent: 0, refused: 0 };
      } else if (checked?.kind === 'retry' && UNREACHABLE.includes(checked.reason)) {
        // No network, or the exchange asked us to wait: sending now would fail the same way.
        const retry = { kind: 'retry' as const, sent: 0, refused: 0, reason: checked.reason };
        drained =
          checked.retryAfterMs === undefined
            ? retry
            : { ...retry, retryAfterMs: checked.retryAfterMs };
      } else {
        // Reconciled, not asked to, or the exchange answers but its receipts list does not work
        // (an error, or an exchange without that endpoint): that never stops sending; the
        // reconciliation simply stays due.
        drained = await send();
        // The exchange answers: what it keeps of this device's work goes after the applications.
        if (drained.kind === 'empty')
          drained = recordsResult(drained, await sendRecords(db, transport));
      }

      const gate = nextGate(decision.gate, drained, now(), random);
      await meta.setRetryGate(gate);
      report.result =
        drained.kind === 'retry'
          ? {
              kind: 'retry',
              sent: drained.sent,
              refused: drained.refused,
              reason: drained.reason,
              retryAt: gate?.notBefore ?? now(),
              failures: gate?.failures ?? 1,
            }
          : drained;
      return report;
    });
}

/** A pass that sent its applications ends as sending the records did: a failure backs it off. */
function recordsResult(drained: DrainResult, records: RecordsOutcome): DrainResult {
  const { sent, refused } = drained;
  if (records.kind === 'unauthorized') return { kind: 'unauthorized', sent, refused };
  if (records.kind !== 'retry') {
    // Kept on the device and tried again at the next pass; the exchange said why.
    if (records.kind === 'refused')
      console.error('The exchange refused records:', records.problems);
    return drained;
  }
  const { reason, retryAfterMs } = records;
  return retryAfterMs === undefined
    ? { kind: 'retry', sent, refused, reason }
    : { kind: 'retry', sent, refused, reason, retryAfterMs };
}
