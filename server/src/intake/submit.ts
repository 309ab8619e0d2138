import { type ApiProblem, problemsFromIssues } from '../../../src/schema/api-error';
import type { Receipt } from '../../../src/schema/receipt';
import { isSealedBody, SEALED_CLEAR_FIELDS, sealedSubmission } from '../../../src/schema/sealed';
import { SCHEMA_VERSIONS, submission } from '../../../src/schema/submission';
import { newConfirmationNumber } from '../confirmation-number';
import { insertApplication, type ReceivedAs } from '../db/applications';
import type { Db } from '../db/client';
import { API_ERROR } from '../http/problems';
import { parseStrictJson } from '../http/strict-json';
import { payloadHash } from '../payload-hash';
import type { ExchangeKeyring } from '../sealing/exchange-keys';
import { openEnvelope } from '../sealing/open-sealed';

/** Attempts at drawing an unused confirmation number before giving up (each is ~2^-59 to fail). */
const CONFIRMATION_DRAWS = 5;

export interface IntakeDeps {
  db: Db;
  keyring: ExchangeKeyring;
  /** Test hook: runs after validation, just before the insert (holds a request "in flight"). */
  beforeStore?: (key: string) => Promise<void>;
}

/** Every answer the exchange can give one submission; the HTTP status follows from the kind. */
export type IntakeResult =
  | { kind: 'created'; receipt: Receipt }
  | { kind: 'replayed'; receipt: Receipt }
  | { kind: 'key_reused' }
  | { kind: 'refused'; errors: ApiProblem[] };

type Refused = Extract<IntakeResult, { kind: 'refused' }>;
const refused = (errors: ApiProblem[]): Refused => ({ kind: 'refused', errors });
const one = (code: string, message: string, path?: string): Refused =>
  refused([path ? { path, code, message } : { code, message }]);
const unsupportedVersion = () =>
  one(
    API_ERROR.unsupportedSchemaVersion,
    `schemaVersion must be one of ${SCHEMA_VERSIONS.join(', ')}`,
    'schemaVersion',
  );
const keyMismatch = () =>
  one(
    API_ERROR.idempotencyKeyMismatch,
    'The Idempotency-Key header must equal the application id',
    'id',
  );

/**
 * One submission body (plain or sealed) under one idempotency key, from parsed JSON to a stored
 * row: the same path for `POST /api/v1/applications` and each item of an import. The caller holds
 * the key's in-flight claim. Nothing is stored unless every check passed.
 */
export async function intake(
  deps: IntakeDeps,
  args: {
    key: string;
    body: unknown;
    assisterId: string;
    via: 'api' | 'import';
    /** The sending device (X-Device-Id), recorded for reconciliation; none for imports. */
    deviceId?: string | null;
  },
): Promise<IntakeResult> {
  let content: unknown = args.body;
  let receivedAs: ReceivedAs = args.via === 'import' ? 'import' : 'plain';
  if (isSealedBody(args.body)) {
    const opened = await openSealedBody(deps.keyring, args.key, args.body);
    if (opened.kind === 'refused') return opened;
    content = opened.content;
    if (args.via === 'api') receivedAs = 'sealed';
  }

  const version = (content as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (!(SCHEMA_VERSIONS as readonly unknown[]).includes(version)) return unsupportedVersion();
  const parsed = submission.safeParse(content);
  if (!parsed.success) return refused(problemsFromIssues(parsed.error.issues));
  if (parsed.data.id !== args.key) return keyMismatch();

  // The fingerprint of the content as the device sent it, before any normalisation: the same
  // application sent in clear, sealed, or sealed twice has the same hash (src/schema/sealed.ts).
  const hash = payloadHash(content);
  await deps.beforeStore?.(args.key);
  for (let draw = 0; draw < CONFIRMATION_DRAWS; draw += 1) {
    const result = await insertApplication(deps.db, {
      key: args.key,
      submission: parsed.data,
      payloadHash: hash,
      confirmationNumber: newConfirmationNumber(),
      assisterId: args.assisterId,
      receivedAs,
      deviceId: args.deviceId ?? null,
    });
    if (result.kind === 'created') return { kind: 'created', receipt: result.receipt };
    if (result.kind === 'existing') {
      return result.receipt.payloadHash === hash
        ? { kind: 'replayed', receipt: result.receipt }
        : { kind: 'key_reused' };
    }
  }
  throw new Error('Could not allocate a confirmation number');
}

/** The submission inside a sealed body, checked against the body's clear fields. */
async function openSealedBody(
  keyring: ExchangeKeyring,
  key: string,
  body: unknown,
): Promise<{ kind: 'opened'; content: unknown } | Refused> {
  const clear = sealedSubmission.safeParse(body);
  if (!clear.success) {
    const problems = problemsFromIssues(clear.error.issues);
    return problems.some((p) => p.path === 'schemaVersion')
      ? unsupportedVersion()
      : refused(problems);
  }
  if (clear.data.id !== key) return keyMismatch();
  const opened = await openEnvelope(keyring, clear.data.sealed);
  if (!opened.ok) return one(opened.code, opened.message, 'sealed');
  const json = parseStrictJson(opened.plaintext);
  if (
    !json.ok ||
    typeof json.value !== 'object' ||
    json.value === null ||
    Array.isArray(json.value)
  ) {
    return one(API_ERROR.sealedUnreadable, 'The sealed payload is not a JSON submission', 'sealed');
  }
  const inner = json.value as Record<string, unknown>;
  const outer = body as Record<string, unknown>;
  const mismatched = SEALED_CLEAR_FIELDS.filter((f) => inner[f] !== outer[f]);
  if (mismatched.length > 0) {
    return refused(
      mismatched.map((f) => ({
        path: f,
        code: API_ERROR.sealedMismatch,
        message: `The clear ${f} differs from the sealed one`,
      })),
    );
  }
  return { kind: 'opened', content: inner };
}
