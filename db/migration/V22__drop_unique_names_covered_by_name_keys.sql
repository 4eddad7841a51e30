-- Unique constraints that the case-insensitive ones of V12 make redundant: (entity_id, name_key) unique, name_key
-- being LOWER(name), already refuses every pair (entity_id, name) that (entity_id, name) unique refuses, and more; the
-- same for entities, indexes and query patterns within a design. Each kept a B-tree of its own that every insert wrote
-- (and, on H2, every commit wrote again): a 10,000-table import writes 200,000 attribute rows, and this was one of the
-- six B-trees each of those rows went into. Look-ups by entity_id or design_id are served by the name_key indexes and
-- the foreign keys' own indexes; no query reads by (…, name) with the exact case.
ALTER TABLE attribute DROP CONSTRAINT uq_attribute_name;
ALTER TABLE entity DROP CONSTRAINT uq_entity_name;
ALTER TABLE entity_index DROP CONSTRAINT uq_entity_index_name;
ALTER TABLE query_pattern DROP CONSTRAINT uq_query_pattern_name;
