-- The design as a reviewer approved it (design.json text), kept when a later edit asks them again, so they see what
-- changed since they approved. NULL for decisions never approved.
ALTER TABLE review_decision ADD COLUMN approved_json CLOB;
