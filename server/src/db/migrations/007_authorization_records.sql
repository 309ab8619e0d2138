-- Consumer authorizations and their revocations (45 CFR 155.225(f); research/security-ux.md P1, P2).
-- Kept at least six years after the last record of an application; nothing here is purged by the
-- application retention window. `record` is the body the device sent (src/schema/consent-record.ts):
-- the authorization's own fields and nothing else of the application.
CREATE TABLE authorization_records (
  id             uuid PRIMARY KEY,
  application_id uuid NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('granted', 'revoked')),
  record         jsonb NOT NULL,
  -- SHA-256 of the canonical record: the same id with other content is refused.
  record_hash    text NOT NULL,
  assister_id    uuid NOT NULL REFERENCES assisters (id),
  device_id      uuid,
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authorization_records_application ON authorization_records (application_id, received_at);
