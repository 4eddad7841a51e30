-- One kind of updated_by (issue 15). design.updated_by has always been the id of an account (a foreign key to
-- app_user, like design.created_by, design_member.user_id, comment_thread.created_by and the review tables); the
-- model's element tables, the specification's sections and the instance settings kept a username instead. They now
-- hold the account's id too, with a foreign key, and the name a person reads is joined from app_user when shown.
--
-- Usernames cannot be changed and accounts are never deleted, so every stored username names an account. Should a row
-- name none all the same, it is attributed to the design's creator (an instance setting: to the first administrator)
-- rather than failing the migration.
--
-- Plain SQL that H2 and PostgreSQL both run: add the id column, fill it, drop the username column, rename.

ALTER TABLE entity ADD COLUMN updated_by_id UUID;
UPDATE entity SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = entity.updated_by),
        (SELECT d.created_by FROM design d WHERE d.id = entity.design_id));
ALTER TABLE entity ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE entity DROP COLUMN updated_by;
ALTER TABLE entity RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE entity ADD CONSTRAINT fk_entity_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE attribute ADD COLUMN updated_by_id UUID;
UPDATE attribute SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = attribute.updated_by),
        (SELECT d.created_by FROM entity e JOIN design d ON d.id = e.design_id WHERE e.id = attribute.entity_id));
ALTER TABLE attribute ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE attribute DROP COLUMN updated_by;
ALTER TABLE attribute RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE attribute ADD CONSTRAINT fk_attribute_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE relationship ADD COLUMN updated_by_id UUID;
UPDATE relationship SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = relationship.updated_by),
        (SELECT d.created_by FROM design d WHERE d.id = relationship.design_id));
ALTER TABLE relationship ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE relationship DROP COLUMN updated_by;
ALTER TABLE relationship RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE relationship ADD CONSTRAINT fk_relationship_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE entity_index ADD COLUMN updated_by_id UUID;
UPDATE entity_index SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = entity_index.updated_by),
        (SELECT d.created_by FROM design d WHERE d.id = entity_index.design_id));
ALTER TABLE entity_index ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE entity_index DROP COLUMN updated_by;
ALTER TABLE entity_index RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE entity_index ADD CONSTRAINT fk_entity_index_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE query_pattern ADD COLUMN updated_by_id UUID;
UPDATE query_pattern SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = query_pattern.updated_by),
        (SELECT d.created_by FROM design d WHERE d.id = query_pattern.design_id));
ALTER TABLE query_pattern ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE query_pattern DROP COLUMN updated_by;
ALTER TABLE query_pattern RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE query_pattern ADD CONSTRAINT fk_query_pattern_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE design_section ADD COLUMN updated_by_id UUID;
UPDATE design_section SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = design_section.updated_by),
        (SELECT d.created_by FROM design d WHERE d.id = design_section.design_id));
ALTER TABLE design_section ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE design_section DROP COLUMN updated_by;
ALTER TABLE design_section RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE design_section ADD CONSTRAINT fk_design_section_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);

ALTER TABLE instance_setting ADD COLUMN updated_by_id UUID;
UPDATE instance_setting SET updated_by_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.username = instance_setting.updated_by),
        (SELECT a.id FROM app_user a WHERE a.administrator ORDER BY a.created_at LIMIT 1));
ALTER TABLE instance_setting ALTER COLUMN updated_by_id SET NOT NULL;
ALTER TABLE instance_setting DROP COLUMN updated_by;
ALTER TABLE instance_setting RENAME COLUMN updated_by_id TO updated_by;
ALTER TABLE instance_setting ADD CONSTRAINT fk_instance_setting_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id);
