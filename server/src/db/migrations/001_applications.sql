-- Applications as the exchange received them. One row per idempotency key, enforced here
-- (a unique constraint decides every race), never by a check-then-insert in code.
CREATE TABLE applications (
  id                  uuid PRIMARY KEY,
  idempotency_key     text NOT NULL UNIQUE,
  payload_hash        text NOT NULL,
  schema_version      integer NOT NULL,
  payload             jsonb NOT NULL,
  supersedes          uuid,
  confirmation_number text NOT NULL UNIQUE,
  received_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX applications_received_at ON applications (received_at);
