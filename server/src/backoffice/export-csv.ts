import type { ListedApplication } from '../../../src/schema/backoffice';
import type { Queryable } from '../db/client';
import { csvRow, UTF8_BOM } from './csv';
import { type Cursor, listApplications } from './listing';

/** Rows fetched per query while streaming an export: bounded memory for any size of export. */
const EXPORT_PAGE_ROWS = 1000;

const HEADER = [
  'confirmation_number',
  'received_at',
  'application_id',
  'schema_version',
  'rules_version',
  'supersedes',
  'received_as',
  'submitted_by',
  'first_name',
  'last_name',
  'date_of_birth',
  'household_size',
  'annual_income_usd',
  'state',
  'zip',
] as const;

/** Reads a dotted path out of a stored submission (a later schema version may lack it). */
function at(value: unknown, path: string): string | number | null {
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return null;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === 'string' || typeof current === 'number' ? current : null;
}

/**
 * Where each summary column sits in each schema version. The CSV is a summary for a spreadsheet:
 * the first member (version 2: the applicant, "self") and the household; the full application,
 * SSNs and immigration documents included, is in the JSON listing, not copied into spreadsheets.
 */
const PATHS = {
  1: {
    firstName: 'application.applicant.firstName',
    lastName: 'application.applicant.lastName',
    dateOfBirth: 'application.applicant.dateOfBirth',
    householdSize: 'application.household.size',
    annualIncome: 'application.household.annualIncome',
  },
  2: {
    firstName: 'application.members.0.firstName',
    lastName: 'application.members.0.lastName',
    dateOfBirth: 'application.members.0.dateOfBirth',
    householdSize: null,
    // Version 2 lists incomes per member and frequency: no single figure to put in a cell.
    annualIncome: null,
  },
} as const;

function householdSize(a: ListedApplication): number | null {
  const members = (a.submission.application as { members?: unknown } | undefined)?.members;
  return Array.isArray(members) ? members.length : null;
}

function row(a: ListedApplication): string {
  const s = a.submission;
  const paths = a.schemaVersion === 2 ? PATHS[2] : PATHS[1];
  const pick = (path: string | null) => (path ? at(s, path) : null);
  return csvRow([
    a.confirmationNumber,
    a.receivedAt,
    a.id,
    a.schemaVersion,
    at(s, 'rulesVersion'),
    at(s, 'supersedes'),
    a.receivedAs,
    a.submittedBy?.name ?? null,
    pick(paths.firstName),
    pick(paths.lastName),
    pick(paths.dateOfBirth),
    paths.householdSize ? pick(paths.householdSize) : householdSize(a),
    pick(paths.annualIncome),
    at(s, 'application.address.state'),
    at(s, 'application.address.zip'),
  ]);
}

/** The export as a stream of CSV text, one page of rows at a time, oldest first. */
export function exportCsv(db: Queryable, since: Date): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: Cursor | null = null;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(HEADER)));
        return;
      }
      const page = await listApplications(db, { since, cursor, limit: EXPORT_PAGE_ROWS });
      if (page.applications.length > 0)
        controller.enqueue(encoder.encode(page.applications.map(row).join('')));
      if (page.applications.length < EXPORT_PAGE_ROWS || !page.last) controller.close();
      else cursor = page.last;
    },
  });
}
