-- Auto-increment (identity) as a property of an attribute (issue 25). Until now the only way to say "the database
-- numbers this column" was one of the SERIAL types, so an imported MySQL SMALLINT UNSIGNED AUTO_INCREMENT key lost
-- its type on the way in. Existing rows keep what they had: false here, and SERIAL types still export as identity.

ALTER TABLE attribute ADD COLUMN auto_increment BOOLEAN DEFAULT FALSE NOT NULL;
