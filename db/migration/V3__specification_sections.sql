-- The design specification's sections around the schema (executive summary, scalability plans, migration, backup,
-- monitoring, handoff notes, the checklist's hand-made ticks ...). Each section of a design is one row holding the
-- section as JSON: sections are edited as a whole form, read as a whole, and their shape grows with the product
-- without a migration per field. One row per section (not one per design) so that two people editing different
-- sections never conflict; VERSION gives optimistic locking per section.

CREATE TABLE design_section (
    id           UUID          NOT NULL,
    design_id    UUID          NOT NULL,
    section_key  VARCHAR(40)   NOT NULL,
    content      CLOB          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(50)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       DEFAULT 1 NOT NULL,
    CONSTRAINT pk_design_section PRIMARY KEY (id),
    CONSTRAINT uq_design_section_key UNIQUE (design_id, section_key),
    CONSTRAINT fk_design_section_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);
