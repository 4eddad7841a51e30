-- NoSQL models as structured data: a MongoDB collection, a Redis key pattern or a search index mapping. The
-- element's structure (fields, indexes, shard key; key template, TTL, eviction; mapped fields) is JSON in body,
-- written and read whole by the nosql feature; kind says which of the three it is.
CREATE TABLE nosql_element (
    id          UUID           NOT NULL,
    design_id   UUID           NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    body        VARCHAR(200000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID           NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_nosql_element PRIMARY KEY (id),
    CONSTRAINT uq_nosql_element_name UNIQUE (design_id, name),
    CONSTRAINT ck_nosql_element_kind CHECK (kind IN ('MONGO_COLLECTION', 'REDIS_KEY', 'SEARCH_INDEX')),
    CONSTRAINT fk_nosql_element_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id),
    CONSTRAINT fk_nosql_element_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);
