-- The exchange's RSA-OAEP key pairs for sealed submissions (DESIGN.md §6). One active key, which
-- GET /api/v1/config publishes; retired keys stay to open what devices sealed before a rotation.
-- The private key is as sensitive as the applications themselves: it lives beside them.
CREATE TABLE exchange_keys (
  kid         text PRIMARY KEY,
  public_jwk  jsonb NOT NULL,
  private_jwk jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  retired_at  timestamptz
);
-- At most one active key: two servers starting together on one PostgreSQL agree on one.
CREATE UNIQUE INDEX exchange_keys_one_active ON exchange_keys ((retired_at IS NULL))
  WHERE retired_at IS NULL;
