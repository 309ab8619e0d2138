-- The audit log sent by devices (DESIGN.md §6; research/security-ux.md S12): who, what, when, which
-- application. No personal data. `who` is the account the device says acted (several assisters
-- share a tablet, and one of them may send the others' events); `sent_by` is the account whose
-- session sent it.
CREATE TABLE audit_events (
  id             uuid PRIMARY KEY,
  who            uuid NOT NULL,
  what           text NOT NULL,
  occurred_at    timestamptz NOT NULL,
  application_id uuid,
  sent_by        uuid NOT NULL REFERENCES assisters (id),
  device_id      uuid,
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_application ON audit_events (application_id, occurred_at)
  WHERE application_id IS NOT NULL;
