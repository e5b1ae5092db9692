-- The worklists page through one status in claim order (GET /claims?status=, the claims table):
-- this index gives a page's ids without reading the claims skipped (WorklistLoadSystemIT).
create index ix_claim_status_id on claim (status, id);
