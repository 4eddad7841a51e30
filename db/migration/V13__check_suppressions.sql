-- Suppressions of the design checks: one rule silenced on one element of a design, with the reason a person gave.
-- element_key is the element's id as text, "section:<key>" for a written section or "design" for the whole design; it
-- is deliberately not a foreign key, so a suppression of a deleted element is simply never matched again.
-- element_label is the element's name when it was suppressed, for the export and the Problems tab.
CREATE TABLE check_suppression (
    id             UUID           NOT NULL,
    design_id      UUID           NOT NULL,
    rule_id        VARCHAR(100)   NOT NULL,
    element_key    VARCHAR(200)   NOT NULL,
    element_label  VARCHAR(500)   NOT NULL,
    reason         VARCHAR(2000)  NOT NULL,
    created_by     UUID           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_check_suppression PRIMARY KEY (id),
    CONSTRAINT fk_check_suppression_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_check_suppression_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT uq_check_suppression UNIQUE (design_id, rule_id, element_key)
);
