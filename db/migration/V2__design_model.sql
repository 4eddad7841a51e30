-- The design model: entities with ordered attributes, relationships with their column pairs, indexes with ordered
-- columns, and query patterns. Every element has a stable UUID (renames keep identity), a VERSION for optimistic
-- locking, and who changed it last (for "changed by X at HH:MM" conflict messages).

CREATE TABLE entity (
    id              UUID           NOT NULL,
    design_id       UUID           NOT NULL,
    name            VARCHAR(256)   NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    purpose         VARCHAR(4000),
    business_rules  VARCHAR(8000),
    lifecycle       VARCHAR(4000),
    notes           VARCHAR(8000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(50)    NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_entity PRIMARY KEY (id),
    CONSTRAINT uq_entity_name UNIQUE (design_id, name),
    CONSTRAINT ck_entity_kind CHECK (kind IN ('CORE', 'LOOKUP', 'JUNCTION', 'AUDIT')),
    CONSTRAINT fk_entity_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);

CREATE TABLE attribute (
    id               UUID           NOT NULL,
    entity_id        UUID           NOT NULL,
    position         INTEGER        NOT NULL,
    name             VARCHAR(256)   NOT NULL,
    data_type        VARCHAR(100)   NOT NULL,
    length           INTEGER,
    numeric_precision INTEGER,
    numeric_scale    INTEGER,
    nullable         BOOLEAN        DEFAULT TRUE NOT NULL,
    default_value    VARCHAR(1000),
    primary_key      BOOLEAN        DEFAULT FALSE NOT NULL,
    unique_value     BOOLEAN        DEFAULT FALSE NOT NULL,
    check_expression VARCHAR(2000),
    description      VARCHAR(4000),
    updated_by       VARCHAR(50)    NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_attribute PRIMARY KEY (id),
    CONSTRAINT uq_attribute_name UNIQUE (entity_id, name),
    CONSTRAINT fk_attribute_entity FOREIGN KEY (entity_id) REFERENCES entity (id) ON DELETE CASCADE
);

CREATE INDEX ix_attribute_entity_position ON attribute (entity_id, position);

CREATE TABLE query_pattern (
    id                 UUID           NOT NULL,
    design_id          UUID           NOT NULL,
    name               VARCHAR(200)   NOT NULL,
    description        VARCHAR(4000),
    sql_text           VARCHAR(20000),
    frequency          DECIMAL(14, 3),
    frequency_unit     VARCHAR(10),
    latency_target_ms  INTEGER,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(50)    NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_query_pattern PRIMARY KEY (id),
    CONSTRAINT uq_query_pattern_name UNIQUE (design_id, name),
    CONSTRAINT ck_query_pattern_unit CHECK (frequency_unit IN ('SECOND', 'MINUTE', 'HOUR', 'DAY')),
    CONSTRAINT fk_query_pattern_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);

CREATE TABLE query_pattern_entity (
    query_pattern_id  UUID  NOT NULL,
    entity_id         UUID  NOT NULL,
    CONSTRAINT pk_query_pattern_entity PRIMARY KEY (query_pattern_id, entity_id),
    CONSTRAINT fk_qpe_query_pattern FOREIGN KEY (query_pattern_id) REFERENCES query_pattern (id) ON DELETE CASCADE,
    CONSTRAINT fk_qpe_entity FOREIGN KEY (entity_id) REFERENCES entity (id) ON DELETE CASCADE
);

CREATE TABLE relationship (
    id                  UUID           NOT NULL,
    design_id           UUID           NOT NULL,
    -- the referenced ("one") side: Users in Users ||--o{ Orders
    from_entity_id      UUID           NOT NULL,
    -- the referencing side, which holds the foreign key columns (or the other side of an N:M)
    to_entity_id        UUID           NOT NULL,
    cardinality         VARCHAR(20)    NOT NULL,
    name                VARCHAR(256),
    label               VARCHAR(200),
    on_delete           VARCHAR(20)    DEFAULT 'NO_ACTION' NOT NULL,
    on_update           VARCHAR(20)    DEFAULT 'NO_ACTION' NOT NULL,
    identifying         BOOLEAN        DEFAULT FALSE NOT NULL,
    rationale           VARCHAR(4000),
    junction_entity_id  UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(50)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_relationship PRIMARY KEY (id),
    CONSTRAINT ck_relationship_cardinality CHECK (cardinality IN ('ONE_TO_ONE', 'ONE_TO_MANY', 'MANY_TO_MANY')),
    CONSTRAINT ck_relationship_on_delete CHECK (on_delete IN ('NO_ACTION', 'RESTRICT', 'CASCADE', 'SET_NULL', 'SET_DEFAULT')),
    CONSTRAINT ck_relationship_on_update CHECK (on_update IN ('NO_ACTION', 'RESTRICT', 'CASCADE', 'SET_NULL', 'SET_DEFAULT')),
    CONSTRAINT fk_relationship_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_relationship_from FOREIGN KEY (from_entity_id) REFERENCES entity (id) ON DELETE CASCADE,
    CONSTRAINT fk_relationship_to FOREIGN KEY (to_entity_id) REFERENCES entity (id) ON DELETE CASCADE,
    CONSTRAINT fk_relationship_junction FOREIGN KEY (junction_entity_id) REFERENCES entity (id) ON DELETE SET NULL
);

CREATE INDEX ix_relationship_design ON relationship (design_id);

CREATE TABLE relationship_column (
    relationship_id    UUID     NOT NULL,
    position           INTEGER  NOT NULL,
    from_attribute_id  UUID     NOT NULL,
    to_attribute_id    UUID     NOT NULL,
    CONSTRAINT pk_relationship_column PRIMARY KEY (relationship_id, position),
    CONSTRAINT fk_relcol_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id) ON DELETE CASCADE,
    CONSTRAINT fk_relcol_from FOREIGN KEY (from_attribute_id) REFERENCES attribute (id) ON DELETE CASCADE,
    CONSTRAINT fk_relcol_to FOREIGN KEY (to_attribute_id) REFERENCES attribute (id) ON DELETE CASCADE
);

CREATE TABLE entity_index (
    id            UUID           NOT NULL,
    design_id     UUID           NOT NULL,
    entity_id     UUID           NOT NULL,
    name          VARCHAR(256)   NOT NULL,
    unique_index  BOOLEAN        DEFAULT FALSE NOT NULL,
    predicate     VARCHAR(2000),
    method        VARCHAR(10)    DEFAULT 'BTREE' NOT NULL,
    purpose       VARCHAR(1000),
    rationale     VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(50)    NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_entity_index PRIMARY KEY (id),
    CONSTRAINT uq_entity_index_name UNIQUE (design_id, name),
    CONSTRAINT ck_entity_index_method CHECK (method IN ('BTREE', 'HASH', 'GIN', 'GIST', 'BRIN')),
    CONSTRAINT fk_entity_index_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_entity_index_entity FOREIGN KEY (entity_id) REFERENCES entity (id) ON DELETE CASCADE
);

CREATE TABLE index_column (
    index_id      UUID        NOT NULL,
    position      INTEGER     NOT NULL,
    attribute_id  UUID        NOT NULL,
    descending    BOOLEAN     DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_index_column PRIMARY KEY (index_id, position),
    CONSTRAINT fk_index_column_index FOREIGN KEY (index_id) REFERENCES entity_index (id) ON DELETE CASCADE,
    CONSTRAINT fk_index_column_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id) ON DELETE CASCADE
);

-- "the query patterns an index serves" and "the indexes a query pattern relies on" are one relation
CREATE TABLE index_query_pattern (
    index_id          UUID  NOT NULL,
    query_pattern_id  UUID  NOT NULL,
    CONSTRAINT pk_index_query_pattern PRIMARY KEY (index_id, query_pattern_id),
    CONSTRAINT fk_iqp_index FOREIGN KEY (index_id) REFERENCES entity_index (id) ON DELETE CASCADE,
    CONSTRAINT fk_iqp_query_pattern FOREIGN KEY (query_pattern_id) REFERENCES query_pattern (id) ON DELETE CASCADE
);

CREATE INDEX ix_entity_design ON entity (design_id);
CREATE INDEX ix_entity_index_design ON entity_index (design_id);
CREATE INDEX ix_query_pattern_design ON query_pattern (design_id);
