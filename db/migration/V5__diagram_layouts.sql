-- The ER diagram: subject areas (named views of some of a design's entities) and where each box sits in each view.
-- A view is a subject area, or the whole design (view_id = the design's own id). Positions are last-writer-wins
-- (moving a box never conflicts with anything), so they carry no VERSION; subject areas do.

CREATE TABLE diagram_area (
    id           UUID          NOT NULL,
    design_id    UUID          NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    -- lower-cased, trimmed name: "Orders" and "orders " are the same subject area
    name_key     VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       DEFAULT 1 NOT NULL,
    CONSTRAINT pk_diagram_area PRIMARY KEY (id),
    CONSTRAINT uq_diagram_area_name UNIQUE (design_id, name_key),
    CONSTRAINT fk_diagram_area_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);

CREATE TABLE diagram_area_entity (
    area_id      UUID          NOT NULL,
    entity_id    UUID          NOT NULL,
    CONSTRAINT pk_diagram_area_entity PRIMARY KEY (area_id, entity_id),
    CONSTRAINT fk_diagram_area_entity_area FOREIGN KEY (area_id) REFERENCES diagram_area (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagram_area_entity_entity FOREIGN KEY (entity_id) REFERENCES entity (id) ON DELETE CASCADE
);

CREATE INDEX ix_diagram_area_entity_entity ON diagram_area_entity (entity_id);

CREATE TABLE diagram_position (
    design_id    UUID          NOT NULL,
    view_id      UUID          NOT NULL,
    entity_id    UUID          NOT NULL,
    x            INTEGER       NOT NULL,
    y            INTEGER       NOT NULL,
    CONSTRAINT pk_diagram_position PRIMARY KEY (view_id, entity_id),
    CONSTRAINT fk_diagram_position_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagram_position_entity FOREIGN KEY (entity_id) REFERENCES entity (id) ON DELETE CASCADE
);

CREATE INDEX ix_diagram_position_design ON diagram_position (design_id);
CREATE INDEX ix_diagram_position_entity ON diagram_position (entity_id);

-- The automatic layout's line for a relationship in a view ("x,y x,y …;labelX,labelY"); dropped when a box it
-- touches moves, and then the line is routed from the boxes' positions.
CREATE TABLE diagram_route (
    design_id        UUID           NOT NULL,
    view_id          UUID           NOT NULL,
    relationship_id  UUID           NOT NULL,
    points           VARCHAR(8000)  NOT NULL,
    CONSTRAINT pk_diagram_route PRIMARY KEY (view_id, relationship_id),
    CONSTRAINT fk_diagram_route_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_diagram_route_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
        ON DELETE CASCADE
);

CREATE INDEX ix_diagram_route_design ON diagram_route (design_id);
CREATE INDEX ix_diagram_route_relationship ON diagram_route (relationship_id);
