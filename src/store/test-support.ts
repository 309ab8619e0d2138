import { applicationFromDraftV1, type DraftV1 } from '../schema/draft-v1';
import { applicationFromDraftV2, type DraftV2 } from '../schema/draft-v2';
import type { AssistDb } from './db';
import { STATUS } from './records';

/**
 * Store access for the browser tests' hooks (sync/test-hooks.ts), kept here because only src/store
 * touches Dexie. Nothing in the app calls these; they load only when the test hooks are installed.
 */

/**
 * A complete, valid version-2 draft as typed: Ana (applying, citizen, SSN, a job), her son Leo
 * (applying, green card, no SSN yet), and her mother Rosa (not applying: no SSN or status asked).
 * The unit tests' fixture (test/fixtures/applications.ts) and the browser tests' seeds share it.
 */
export const SAMPLE_DRAFT_V2: Readonly<DraftV2> = {
  'authorization.noticeVersion': '2026-11',
  'authorization.method': 'oral',
  'authorization.givenBy': 'Ana Diaz',
  'authorization.representative': 'no',
  'authorization.date': '2026-11-23',
  'authorization.assisterName': 'Sam Lee',
  'authorization.assisterId': 'NAV-0042',
  'authorization.limits': '',
  members: 'm1 m2 m3',
  'member.m1.firstName': 'Ana',
  'member.m1.lastName': 'Diaz',
  'member.m1.dateOfBirth': '1990-04-12',
  'member.m1.sex': 'female',
  'member.m1.relationship': 'self',
  'member.m1.applying': 'yes',
  'member.m1.ssn': '234-56-7890',
  'member.m1.usCitizen': 'yes',
  'member.m1.pregnant': 'no',
  'member.m1.taxDependent': 'no',
  'member.m1.incomes': 'i1',
  'member.m1.income.i1.kind': 'job',
  'member.m1.income.i1.amount': '1,500',
  'member.m1.income.i1.frequency': 'every_two_weeks',
  'member.m1.currentCoverage': '',
  'member.m1.offer': 'no',
  'member.m2.firstName': 'Leo',
  'member.m2.lastName': 'Diaz',
  'member.m2.dateOfBirth': '2015-06-01',
  'member.m2.sex': 'male',
  'member.m2.relationship': 'child',
  'member.m2.applying': 'yes',
  'member.m2.ssnAbsentReason': 'applied_waiting',
  'member.m2.usCitizen': 'no',
  'member.m2.eligibleImmigrationStatus': 'yes',
  'member.m2.document.type': 'permanent_resident_card',
  'member.m2.document.aNumber': 'A 123 456 789',
  'member.m2.document.cardNumber': 'EAC1234567890',
  'member.m2.pregnant': 'no',
  'member.m2.taxDependent': 'yes',
  'member.m2.offer': 'no',
  'member.m3.firstName': 'Rosa',
  'member.m3.lastName': 'Diaz',
  'member.m3.dateOfBirth': '1962-01-30',
  'member.m3.sex': 'female',
  'member.m3.relationship': 'parent',
  'member.m3.applying': 'no',
  'member.m3.pregnant': 'no',
  'member.m3.taxDependent': 'no',
  'member.m3.currentCoverage': 'medicare',
  'member.m3.offer': 'no',
  'address.street': '12 Tremont St',
  'address.city': 'Boston',
  'address.state': 'MA',
  'address.zip': '02118',
  'contact.phone': '(617) 555-0142',
  'contact.preferredLanguage': 'es',
  'taxFiling.plansToFile': 'yes',
  'taxFiling.filingStatus': 'head_of_household',
  'signature.typedName': 'Ana Diaz',
  'signature.date': '2026-11-23',
  'signature.attestsTrue': 'yes',
  'signature.assisterId': 'NAV-0042',
};

/** The sample draft with another applicant's first name (a seed's name tells it apart). */
export function sampleDraft(firstName: string): DraftV2 {
  return {
    ...SAMPLE_DRAFT_V2,
    'member.m1.firstName': firstName,
    'authorization.givenBy': `${firstName} Diaz`,
    'signature.typedName': `${firstName} Diaz`,
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

/**
 * Changes the body of a waiting submission, as a bug would (fault matrix row 10): the applicant's
 * first name, rebuilt from the draft and queued again (sealed again by the outbox's middleware,
 * where the device seals). The clear fields stay: a change to id or createdAt would be refused as
 * a sealed/clear mismatch before the exchange ever compared the content under the key.
 */
export async function corruptQueued(db: AssistDb, id: string): Promise<void> {
  const entry = await db.outbox.get(id);
  const record = await db.applications.get(id);
  if (!entry || !record) throw new Error(`${id} is not waiting`);
  const converted =
    record.schemaVersion === 1
      ? applicationFromDraftV1(record.fields as DraftV1)
      : applicationFromDraftV2(record.fields as DraftV2);
  if (!converted.ok) throw new Error(`${id} no longer converts`);
  const application = structuredClone(converted.application) as {
    applicant?: { firstName: string };
    members?: { firstName: string }[];
  };
  const person = application.applicant ?? application.members?.[0];
  if (!person) throw new Error(`${id} has no applicant`);
  person.firstName += 'x';
  const submission = {
    id: record.id,
    schemaVersion: record.schemaVersion,
    createdAt: record.createdAt,
    application,
    ...(record.supersedes ? { supersedes: record.supersedes } : {}),
  };
  await db.outbox.put({ ...entry, submission: submission as typeof entry.submission });
}

/** Runs `body` in one read-write transaction over the application tables (bulk seeding). */
export function inOneTransaction<T>(db: AssistDb, body: () => Promise<T>): Promise<T> {
  // Every table that creating and submitting an application writes (its audit events too).
  return db.transaction('rw', db.applications, db.outbox, db.audit, body);
}
