-- The digest of a history event reads convert_to(), which PostgreSQL marks stable, not immutable. Declared
-- immutable, the SQL function could not be inlined into the chain trigger, and every event paid a separate SQL
-- function call (about 45 µs, a tenth of a second for a submission of 2,000). Declared stable, as it is, the trigger
-- evaluates its expression directly. The digest computed is the same.
alter function awards_dossier_event_digest(bytea, bigint, timestamptz, text, text, text, text, text, text, text) stable;
