-- PostgreSQL only. H2 computes name_key without storing it; PostgreSQL 15 has only stored generated columns, so
-- this copy of db/vendor/h2/V12 says STORED. Otherwise the two files are the same.

-- Names that differ only in case are the same name: the services refuse "Users" beside "users" (entities per
-- design, attributes per entity, indexes, query patterns and relationships per design), and now the database does
-- too, so two people saving at the same moment cannot both get through. Design names and subject areas already
-- carry a unique, lower-cased name_key written by the application (V1, V5); usernames are lower-case by their format
-- rule, so uq_app_user_username already covers them.
--
-- Each table gets name_key, a column H2 computes as LOWER(name) (H2 has no index on an expression), and a unique
-- index on it within its scope.
--
-- Existing duplicates (possible only from a race before this migration): the earliest element keeps its name, each
-- later one is renamed to <name>_<first 8 characters of its id> (unique, and the same whatever order the rows are
-- updated in), with an audit line per rename (actor "system", old and new name) so the owners can see what changed
-- and why. Nothing is dropped. Should a renamed name still collide, the unique index fails and the migration stops
-- loudly rather than storing a duplicate.
--
-- jOOQ's code generator reads the migrations with its own parser, which does not take computed columns; it skips
-- this script (parseIgnoreComments in the pom). The application never reads name_key: it only enforces.

/* [jooq ignore start] */
-- entity
INSERT INTO audit_log (occurred_at, actor_name, design_id, action, element_type, element_id, element_name,
                       old_value, new_value)
SELECT CURRENT_TIMESTAMP, 'system', e.design_id, 'UPDATE', 'ENTITY', e.id, LEFT(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), 300),
       '{"name":"' || REPLACE(REPLACE(e.name, '\', '\\'), '"', '\"') || '"}', '{"name":"' || REPLACE(REPLACE(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), '\', '\\'), '"', '\"') || '"}'
FROM entity e
WHERE EXISTS (SELECT 1 FROM entity o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

UPDATE entity e SET name = LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8)
WHERE EXISTS (SELECT 1 FROM entity o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

ALTER TABLE entity ADD COLUMN name_key VARCHAR(256) GENERATED ALWAYS AS (LOWER(name)) STORED;
CREATE UNIQUE INDEX uq_entity_name_key ON entity (design_id, name_key);

-- attribute
INSERT INTO audit_log (occurred_at, actor_name, design_id, action, element_type, element_id, element_name,
                       old_value, new_value)
SELECT CURRENT_TIMESTAMP, 'system', (SELECT p.design_id FROM entity p WHERE p.id = e.entity_id), 'UPDATE', 'ATTRIBUTE', e.id, LEFT(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), 300),
       '{"name":"' || REPLACE(REPLACE(e.name, '\', '\\'), '"', '\"') || '"}', '{"name":"' || REPLACE(REPLACE(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), '\', '\\'), '"', '\"') || '"}'
FROM attribute e
WHERE EXISTS (SELECT 1 FROM attribute o WHERE o.entity_id = e.entity_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.position < e.position OR (o.position = e.position AND o.id < e.id)));

UPDATE attribute e SET name = LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8)
WHERE EXISTS (SELECT 1 FROM attribute o WHERE o.entity_id = e.entity_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.position < e.position OR (o.position = e.position AND o.id < e.id)));

ALTER TABLE attribute ADD COLUMN name_key VARCHAR(256) GENERATED ALWAYS AS (LOWER(name)) STORED;
CREATE UNIQUE INDEX uq_attribute_name_key ON attribute (entity_id, name_key);

-- entity_index
INSERT INTO audit_log (occurred_at, actor_name, design_id, action, element_type, element_id, element_name,
                       old_value, new_value)
SELECT CURRENT_TIMESTAMP, 'system', e.design_id, 'UPDATE', 'INDEX', e.id, LEFT(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), 300),
       '{"name":"' || REPLACE(REPLACE(e.name, '\', '\\'), '"', '\"') || '"}', '{"name":"' || REPLACE(REPLACE(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), '\', '\\'), '"', '\"') || '"}'
FROM entity_index e
WHERE EXISTS (SELECT 1 FROM entity_index o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

UPDATE entity_index e SET name = LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8)
WHERE EXISTS (SELECT 1 FROM entity_index o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

ALTER TABLE entity_index ADD COLUMN name_key VARCHAR(256) GENERATED ALWAYS AS (LOWER(name)) STORED;
CREATE UNIQUE INDEX uq_entity_index_name_key ON entity_index (design_id, name_key);

-- query_pattern
INSERT INTO audit_log (occurred_at, actor_name, design_id, action, element_type, element_id, element_name,
                       old_value, new_value)
SELECT CURRENT_TIMESTAMP, 'system', e.design_id, 'UPDATE', 'QUERY_PATTERN', e.id, LEFT(LEFT(e.name, 191) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), 300),
       '{"name":"' || REPLACE(REPLACE(e.name, '\', '\\'), '"', '\"') || '"}', '{"name":"' || REPLACE(REPLACE(LEFT(e.name, 191) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), '\', '\\'), '"', '\"') || '"}'
FROM query_pattern e
WHERE EXISTS (SELECT 1 FROM query_pattern o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

UPDATE query_pattern e SET name = LEFT(e.name, 191) || '_' || LEFT(CAST(e.id AS VARCHAR), 8)
WHERE EXISTS (SELECT 1 FROM query_pattern o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

ALTER TABLE query_pattern ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(name)) STORED;
CREATE UNIQUE INDEX uq_query_pattern_name_key ON query_pattern (design_id, name_key);

-- relationship
INSERT INTO audit_log (occurred_at, actor_name, design_id, action, element_type, element_id, element_name,
                       old_value, new_value)
SELECT CURRENT_TIMESTAMP, 'system', e.design_id, 'UPDATE', 'RELATIONSHIP', e.id, LEFT(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), 300),
       '{"name":"' || REPLACE(REPLACE(e.name, '\', '\\'), '"', '\"') || '"}', '{"name":"' || REPLACE(REPLACE(LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8), '\', '\\'), '"', '\"') || '"}'
FROM relationship e
WHERE EXISTS (SELECT 1 FROM relationship o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

UPDATE relationship e SET name = LEFT(e.name, 247) || '_' || LEFT(CAST(e.id AS VARCHAR), 8)
WHERE EXISTS (SELECT 1 FROM relationship o WHERE o.design_id = e.design_id AND LOWER(o.name) = LOWER(e.name)
        AND (o.created_at < e.created_at OR (o.created_at = e.created_at AND o.id < e.id)));

ALTER TABLE relationship ADD COLUMN name_key VARCHAR(256) GENERATED ALWAYS AS (LOWER(name)) STORED;
CREATE UNIQUE INDEX uq_relationship_name_key ON relationship (design_id, name_key);

/* [jooq ignore stop] */
