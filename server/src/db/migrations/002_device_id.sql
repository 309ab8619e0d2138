-- The device each application came from (the X-Device-Id header), so that a device can ask which of
-- its applications the exchange holds (GET /api/v1/receipts?device=…&since=…) and reconcile its
-- ledger both ways. NULL for rows stored before this column, or sent without the header.
ALTER TABLE applications ADD COLUMN device_id uuid;

CREATE INDEX applications_device_received ON applications (device_id, received_at);
