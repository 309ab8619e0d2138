import type { DraftV1 } from '../schema/draft-v1';
import type { AssistDb } from './db';
import { STATUS } from './records';

/**
 * Store access for the browser tests' hooks (sync/test-hooks.ts), kept here because only src/store
 * touches Dexie. Nothing in the app calls these; they load only when the test hooks are installed.
 */

/** A complete, valid draft as an assister would type it (test/fixtures/applications.ts's twin). */
export function sampleDraft(firstName: string): DraftV1 {
  return {
    'applicant.firstName': firstName,
    'applicant.lastName': 'Diaz',
    'applicant.dateOfBirth': '1990-04-12',
    'household.size': '3',
    'household.annualIncome': '52,000',
    'address.state': 'MA',
    'address.zip': '02118',
  };
}

export interface AppView {
  id: string;
  status: string;
  attempts: number;
  confirmationNumber: string | null;
  lastOutcome: string | null;
  notice: string | null;
  problems: string[];
  supersedes: string | null;
}

export async function appViews(db: AssistDb): Promise<AppView[]> {
  return (await db.applications.toArray()).map((a) => ({
    id: a.id,
    status: a.status,
    attempts: a.attempts,
    confirmationNumber: a.receipt?.confirmationNumber ?? null,
    lastOutcome: a.lastAttempt?.outcome ?? null,
    notice: a.notice ?? null,
    problems: (a.problems ?? []).map((p) => `${p.path ?? ''}:${p.code}`),
    supersedes: a.supersedes ?? null,
  }));
}

/**
 * The store's invariants, checked after every browser test: a waiting application has exactly one
 * outbox entry and nothing else does; a submitted one has its own receipt; a refused one says why.
 */
export async function auditStore(db: AssistDb): Promise<string[]> {
  const problems: string[] = [];
  const apps = await db.applications.toArray();
  const outbox = new Set((await db.outbox.toArray()).map((o) => o.id));
  const waiting = new Set<string>([STATUS.queued, STATUS.sending]);
  for (const a of apps) {
    if (waiting.has(a.status) !== outbox.has(a.id)) {
      problems.push(`${a.id}: ${a.status} but ${outbox.has(a.id) ? 'in' : 'not in'} the outbox`);
    }
    if ((a.status === STATUS.submitted) !== (a.receipt?.id === a.id)) {
      problems.push(`${a.id}: ${a.status} with receipt ${a.receipt?.id ?? 'none'}`);
    }
    if (a.status === STATUS.needsAttention && !a.problems?.length) {
      problems.push(`${a.id}: needs attention without a reason`);
    }
  }
  const known = new Set(apps.map((a) => a.id));
  for (const id of outbox) if (!known.has(id)) problems.push(`${id}: outbox entry, no application`);
  return problems;
}

/** What iOS does: closes the connection behind the app (`backend`), or fires `close` on it. */
export function closeBehindTheAppsBack(db: AssistDb, how: 'backend' | 'close-event'): void {
  const idb = db.backendDB();
  if (how === 'backend') idb.close();
  else idb.dispatchEvent(new Event('close'));
}

/** Changes the body of a waiting submission, as a bug would (fault matrix row 10). */
export async function corruptQueued(db: AssistDb, id: string): Promise<void> {
  const entry = await db.outbox.get(id);
  if (!entry) throw new Error(`${id} is not waiting`);
  const submission = structuredClone(entry.submission);
  submission.createdAt = new Date(Date.parse(submission.createdAt) + 1000).toISOString();
  await db.outbox.put({ ...entry, submission });
}

/** Runs `body` in one read-write transaction over the application tables (bulk seeding). */
export function inOneTransaction<T>(db: AssistDb, body: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.applications, db.outbox, body);
}
