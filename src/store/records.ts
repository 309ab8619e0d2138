import type { ApiProblem } from '../schema/api-error';
import type { DraftV1 } from '../schema/draft-v1';
import type { DraftV2 } from '../schema/draft-v2';
import type { Receipt } from '../schema/receipt';
import type { StoredScreening } from '../schema/stored-screening';
import type { Submission } from '../schema/submission';

/** Where an application is in its life (DESIGN.md §3). Exactly one, always visible. */
export const STATUS = {
  draft: 'draft',
  queued: 'queued',
  sending: 'sending',
  submitted: 'submitted',
  needsAttention: 'needs_attention',
} as const;
export type ApplicationStatus = (typeof STATUS)[keyof typeof STATUS];

/** Why the last attempt to send did not end in a receipt. Shown to the assister. */
export type AttemptOutcome =
  | 'offline'
  | 'timeout'
  | 'server_error'
  | 'rate_limited'
  | 'in_flight'
  | 'bad_receipt'
  | 'unauthorized'
  | 'refused'
  | 'received';

export interface LastAttempt {
  at: string;
  outcome: AttemptOutcome;
  /** HTTP status when there was a response. */
  status?: number;
}

/**
 * What reconciliation with the exchange changed about an application, told to the assister:
 * - `receipt_recovered`: an attempt had reached the exchange but its answer was lost; the receipt
 *   was fetched afterwards (no second send).
 * - `resent_missing_on_server`: the device held a receipt but the exchange no longer had the
 *   application; it was queued again with the same key.
 */
export type SyncNotice = 'receipt_recovered' | 'resent_missing_on_server';

/** An application as the device keeps it. `id` is also the Idempotency-Key of its submission. */
export interface ApplicationRecord {
  id: string;
  /**
   * The assister whose data key encrypts `fields` (issue 7; store/draft-encryption.ts): set on the
   * first write; each assister sees only their own. Absent on drafts made before PINs existed.
   */
  owner?: string;
  status: ApplicationStatus;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  /**
   * What was typed, field by field, exactly as typed: a version-1 draft (the skeleton's form) or a
   * version-2 draft (the wizard), as `schemaVersion` says. A version-1 draft stays version 1.
   */
  fields: DraftV1 | DraftV2;
  /** The wizard step the assister was on, so that reopening the application resumes there. */
  step?: string;
  /** The application this one corrects (a new application, new key: DESIGN.md §4). */
  supersedes?: string;
  /** The eligibility check this application was started from, if any (not part of what is sent). */
  screening?: StoredScreening;
  /** The correction started from this one, if any. */
  supersededBy?: string;
  receipt?: Receipt;
  /** A receipt the exchange later had no record of (kept when the application is sent again). */
  previousReceipt?: Receipt;
  /** Why the exchange refused it, field by field (status needs_attention). */
  problems?: ApiProblem[];
  lastAttempt?: LastAttempt;
  attempts: number;
  notice?: SyncNotice;
  /**
   * Set when the retention purge (store/retention.ts) removed what was typed, some days after the
   * receipt: `fields` is empty for good, and a correction can no longer copy them.
   */
  purged?: { at: string; afterDays: number };
}

/**
 * The frozen submission waiting to be sent. Holds no state of its own: the application's status
 * says where it is. Moved to `sent` in the same transaction that stores the receipt.
 */
export interface OutboxRecord {
  id: string;
  submission: Submission;
  queuedAt: string;
  /** Epoch ms; orders the queue (oldest first). */
  queuedSeq: number;
}

/**
 * The device's ledger of what it sent: the exact submission and when the exchange received it,
 * kept for the retention window (store/retention.ts) so that reconciliation can send it again,
 * byte for byte, if the exchange turns out never to have kept it.
 */
export interface SentRecord {
  id: string;
  submission: Submission;
  /** The receipt's receivedAt (the exchange's clock). */
  receivedAt: string;
  /** Device clock, epoch ms: when the receipt was stored here (for the retention window). */
  storedAtMs: number;
}

/** One small value the device keeps about itself (device id, retry gate, reconciliation). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The signed-in assister on this device (one row, id `current`). Only what sending needs: the
 * token and who it belongs to. The server's recovery key is never stored (docs/security.md).
 * NOTE: kept in clear for now; issue 7 encrypts it and adds the PIN.
 */
export interface SessionRecord {
  id: 'current';
  token: string;
  /** Server clock; the server alone decides expiry (a device clock may be wrong). */
  expiresAt: string;
  assister: { id: string; name: string; role: 'assister' | 'staff' };
  signedInAt: string;
}

/**
 * One assister's profile on this device (issue 7, DESIGN.md §6): their data key, stored only
 * wrapped (by the PIN-derived key and by the server-held recovery key), and the wrong-PIN state.
 * `name` is the assister's sign-in name, shown on the lock screen to pick a profile: an account
 * name, never an applicant's data. Nothing here decrypts anything without the PIN or the server.
 * NOTE: the shapes of src/crypto's Keyring and UnlockAttempts, spelled out so that this module
 * (which the server's test fixtures reach) needs no WebCrypto types; profiles.ts checks them.
 */
export interface ProfileRecord {
  assisterId: string;
  name: string;
  keyring: {
    format: 1;
    secretKind: 'pin' | 'passphrase';
    kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
    bySecret: string;
    byRecovery: string;
  };
  /** Wrong PINs in a row, counted BEFORE each try (docs/security.md §6). */
  attempts: { format: 1; failures: number; lastFailureAt: number | null };
  /** True after MAX_FAILED_UNLOCKS wrong PINs: only an online sign-in and a new PIN clear it. */
  disabled: boolean;
  /** The device id the server holds this profile's recovery key under (X-Device-Id). */
  deviceId: string;
  createdAt: string;
  updatedAt: string;
}

/** The exchange's public sealing key as the device keeps it (public: nothing here is secret). */
export interface ExchangeKeyRecord {
  id: 'current';
  jwk: import('../schema/config').ExchangePublicKey;
  fetchedAt: string;
}
