-- Schema 16: the transaction that wrote each audit row (issue 35; storage.SnapshotCache, docs/server.md).
-- On a shared PostgreSQL server, the id of the writing transaction (pg_current_xact_id, as a number): a list kept
-- by a client since an earlier snapshot of the data asks which records the transactions committed since then
-- changed, and reads again only those. Null on one PC (H2), where nothing is kept, and on the rows written before
-- this schema or copied from another database (a data file, a backup, a move to a server): the number means
-- something only on the server that wrote it, so data files and backups leave it out.
-- Plain SQL, the same in H2 and PostgreSQL.

ALTER TABLE audit_log ADD COLUMN tx_id BIGINT;
CREATE INDEX ix_audit_tx ON audit_log (tx_id);
