import { deferred, z } from './zod';

/**
 * The audit log (DESIGN.md §6, research/security-ux.md S12): who did what, when, to which
 * application. No personal data: `who` is the assister's account id, `applicationId` the client
 * UUID, `what` one of a closed list. The device batches events and sends them with
 * `POST /api/v1/audit-events`; each event's `id` makes a resend add nothing.
 */
/**
 * What the log records. In the order of an application's life: a timeline puts events of one
 * millisecond in this order (store/audit.ts), so a receipt comes before the correction of it.
 */
export const AUDIT_ACTIONS = [
  'application_created',
  'application_opened',
  'application_queued',
  'application_sent',
  'receipt_received',
  'application_deleted',
  'correction_started',
  'authorization_granted',
  'authorization_revoked',
  'outbox_exported',
  'pin_set',
  'pin_reset',
  'unlocked',
  'unlock_failed',
  'pin_disabled',
  'locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Most events one request may carry: a day's work on a busy tablet, far below the body limit. */
export const MAX_AUDIT_EVENTS_PER_BATCH = 500;

export const auditEvent = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    /** The assister's account id (never a name). */
    who: z.uuid(),
    what: z.enum(AUDIT_ACTIONS),
    /** Device clock. */
    when: z.iso.datetime(),
    applicationId: z.optional(z.uuid()),
  }),
);
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditBatch = deferred(() =>
  z.strictObject({
    events: z.array(auditEvent).check(z.minLength(1), z.maxLength(MAX_AUDIT_EVENTS_PER_BATCH)),
  }),
);
export type AuditBatch = z.infer<typeof auditBatch>;

/** `200`: how many events were new and how many the server already had. */
export const auditBatchReport = deferred(() =>
  z.strictObject({
    stored: z.int().check(z.minimum(0)),
    duplicates: z.int().check(z.minimum(0)),
  }),
);
export type AuditBatchReport = z.infer<typeof auditBatchReport>;
