-- Indexes whose columns lead another index of the same table: uq_entity_name (design_id, name) already serves every
-- look-up by design_id, uq_entity_index_name (design_id, name) likewise, and uq_attribute_name (entity_id, name)
-- every look-up by entity_id. Each redundant index cost every insert a B-tree write (a 40,000-column import spent
-- about a fifth of its attribute inserts on ix_attribute_entity_position) and bought nothing a reader needs: an
-- entity's attributes are few, so ordering them by position needs no index.
DROP INDEX ix_attribute_entity_position;
DROP INDEX ix_entity_design;
DROP INDEX ix_entity_index_design;
