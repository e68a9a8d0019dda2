-- Flyway runs this after every migrate (as the migration user, the owner of the tables): the runtime role
-- named by AWARDS_DB_RUNTIME_ROLE (placeholder runtime_role; empty = the app connects as the owner, as the
-- embedded default does) gets read/write on the ordinary tables and only read/append on the history.
select awards_grant_runtime('${runtime_role}');
