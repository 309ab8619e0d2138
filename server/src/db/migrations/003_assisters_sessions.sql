-- Assister accounts and their sessions (issue 5). Passwords are stored only as scrypt hashes,
-- tokens only as SHA-256 hashes: a copy of this database opens no account and no session.
CREATE TABLE assisters (
  id                  uuid PRIMARY KEY,
  -- Sign-in name, lower case (src/schema/session.ts).
  name                text NOT NULL UNIQUE,
  role                text NOT NULL DEFAULT 'assister' CHECK (role IN ('assister', 'staff')),
  -- scrypt$N$r$p$salt$hash (server/src/auth/passwords.ts): parameters travel with the hash.
  password_hash       text NOT NULL,
  -- 32 random bytes, base64url: unwraps the assister's data key after a forgotten PIN (DESIGN.md §6).
  recovery_key        text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  disabled_at         timestamptz
);

CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  assister_id uuid NOT NULL REFERENCES assisters (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX sessions_assister ON sessions (assister_id);

-- CMS ARS AC-7: failed sign-ins per name, known or not, so that a lockout says nothing about which
-- names exist. A success deletes the name's failures (the rule counts consecutive failures).
CREATE TABLE sign_in_failures (
  name      text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_name ON sign_in_failures (name, failed_at);

CREATE TABLE sign_in_locks (
  name         text PRIMARY KEY,
  locked_until timestamptz NOT NULL
);
