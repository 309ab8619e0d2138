-- Who sent each application and how it arrived (posted in clear, posted sealed, or imported from an
-- exported file). NULL assister for rows stored before accounts existed.
ALTER TABLE applications ADD COLUMN assister_id uuid REFERENCES assisters (id);
ALTER TABLE applications ADD COLUMN received_as text NOT NULL DEFAULT 'plain'
  CHECK (received_as IN ('plain', 'sealed', 'import'));

-- The back-office listing pages by (received_at, id).
CREATE INDEX applications_received_order ON applications (received_at, id);
