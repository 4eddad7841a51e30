-- Issue 25, three model changes: auto-increment on attributes, room for long ENUM types, and MySQL's FULLTEXT /
-- SPATIAL index kinds (below).
--
-- Auto-increment (identity) as a property of an attribute. Until now the only way to say "the database
-- numbers this column" was one of the SERIAL types, so an imported MySQL SMALLINT UNSIGNED AUTO_INCREMENT key lost
-- its type on the way in. Existing rows keep what they had: false here, and SERIAL types still export as identity.

ALTER TABLE attribute ADD COLUMN auto_increment BOOLEAN DEFAULT FALSE NOT NULL;

-- A data type holds an ENUM or SET with its values (a PostgreSQL enum type is imported as one): Apache Guacamole's
-- seven system permissions take 131 characters, and 100 refused the whole import.
ALTER TABLE attribute ALTER COLUMN data_type SET DATA TYPE VARCHAR(2000);

-- MySQL's FULLTEXT and SPATIAL index kinds as index methods (issue 25): imported from MySQL dumps instead of skipped,
-- and written for MySQL / MariaDB (left out with a comment for the other dialects).
ALTER TABLE entity_index DROP CONSTRAINT ck_entity_index_method;
ALTER TABLE entity_index ADD CONSTRAINT ck_entity_index_method
    CHECK (method IN ('BTREE', 'HASH', 'GIN', 'GIST', 'BRIN', 'FULLTEXT', 'SPATIAL'));
