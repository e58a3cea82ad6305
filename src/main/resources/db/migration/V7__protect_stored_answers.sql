-- A stored Idempotency-Key answer may carry full personal data (the create answer of a caller
-- with pii-reader): it is now kept encrypted, like the data itself. Answers stored before this
-- change are dropped; their keys stay, so a retry is still recognised but not replayed.
alter table idempotency_key drop column response_body;
alter table idempotency_key add column response_body bytea;
