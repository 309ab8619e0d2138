-- Recovery keys per assister and device (issue 7, DESIGN.md §6). Each wraps one assister's data key
-- on one device, so a forgotten PIN is reset by an online sign-in with nothing lost. One key per
-- device means a key released to one tablet opens nothing stored on another. 32 random bytes,
-- base64url. The server is trusted with them (docs/security.md §4).
CREATE TABLE recovery_keys (
  assister_id  uuid NOT NULL REFERENCES assisters (id),
  device_id    uuid NOT NULL,
  recovery_key text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- Every release is a use of the key: when it was last handed out.
  released_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assister_id, device_id)
);
