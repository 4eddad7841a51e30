-- Review: comment threads on any element of a design, handoff review requests with each reviewer's decision,
-- approved snapshots (the complete design as design.json text), the design's review status, and in-app notifications.

-- A thread hangs on an element by type and key. The key is the element's stable id as text (renames keep it) or a free
-- key for sections without ids of their own; it is deliberately not a foreign key, so a thread outlives its element.
-- element_label is the element's name when the thread was started: shown when the element no longer exists.
CREATE TABLE comment_thread (
    id             UUID           NOT NULL,
    design_id      UUID           NOT NULL,
    element_type   VARCHAR(40)    NOT NULL,
    element_key    VARCHAR(200)   NOT NULL,
    element_label  VARCHAR(300)   NOT NULL,
    blocking       BOOLEAN        DEFAULT FALSE NOT NULL,
    resolved       BOOLEAN        DEFAULT FALSE NOT NULL,
    resolved_by    UUID,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    created_by     UUID           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_comment_thread PRIMARY KEY (id),
    CONSTRAINT fk_comment_thread_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_thread_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_comment_thread_resolved_by FOREIGN KEY (resolved_by) REFERENCES app_user (id)
);

CREATE INDEX ix_comment_thread_design ON comment_thread (design_id, element_key);

CREATE TABLE design_comment (
    id          UUID            NOT NULL,
    thread_id   UUID            NOT NULL,
    author_id   UUID            NOT NULL,
    body        VARCHAR(10000)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at   TIMESTAMP WITH TIME ZONE,
    version     INTEGER         DEFAULT 1 NOT NULL,
    CONSTRAINT pk_design_comment PRIMARY KEY (id),
    CONSTRAINT fk_design_comment_thread FOREIGN KEY (thread_id) REFERENCES comment_thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_design_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
);

CREATE INDEX ix_design_comment_thread ON design_comment (thread_id, created_at);

-- Who a comment mentions (@username of a member), kept so "mentioning me" is a query, not a text search.
CREATE TABLE comment_mention (
    comment_id  UUID  NOT NULL,
    user_id     UUID  NOT NULL,
    CONSTRAINT pk_comment_mention PRIMARY KEY (comment_id, user_id),
    CONSTRAINT fk_comment_mention_comment FOREIGN KEY (comment_id) REFERENCES design_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_mention_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE INDEX ix_comment_mention_user ON comment_mention (user_id);

-- DRAFT, IN_REVIEW or APPROVED; a design without a row is a draft.
CREATE TABLE design_status (
    design_id   UUID         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      DEFAULT 1 NOT NULL,
    CONSTRAINT pk_design_status PRIMARY KEY (design_id),
    CONSTRAINT ck_design_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED')),
    CONSTRAINT fk_design_status_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);

CREATE TABLE review_request (
    id            UUID           NOT NULL,
    design_id     UUID           NOT NULL,
    requested_by  UUID           NOT NULL,
    message       VARCHAR(4000),
    status        VARCHAR(20)    NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    version       INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_review_request PRIMARY KEY (id),
    CONSTRAINT ck_review_request_status CHECK (status IN ('OPEN', 'APPROVED', 'CHANGES_REQUESTED', 'WITHDRAWN')),
    CONSTRAINT fk_review_request_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_request_by FOREIGN KEY (requested_by) REFERENCES app_user (id)
);

CREATE INDEX ix_review_request_design ON review_request (design_id, created_at);

CREATE TABLE review_decision (
    request_id   UUID           NOT NULL,
    reviewer_id  UUID           NOT NULL,
    decision     VARCHAR(20)    NOT NULL,
    comment      VARCHAR(4000),
    decided_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_review_decision PRIMARY KEY (request_id, reviewer_id),
    CONSTRAINT ck_review_decision CHECK (decision IN ('PENDING', 'APPROVED', 'CHANGES_REQUESTED')),
    CONSTRAINT fk_review_decision_request FOREIGN KEY (request_id) REFERENCES review_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_decision_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);

-- An approved version: the complete design as design.json text, so it stays whole however the model grows.
CREATE TABLE design_snapshot (
    id           UUID           NOT NULL,
    design_id    UUID           NOT NULL,
    number       INTEGER        NOT NULL,
    request_id   UUID,
    approved_by  VARCHAR(1000)  NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    design_json  CLOB           NOT NULL,
    CONSTRAINT pk_design_snapshot PRIMARY KEY (id),
    CONSTRAINT uq_design_snapshot_number UNIQUE (design_id, number),
    CONSTRAINT fk_design_snapshot_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE,
    CONSTRAINT fk_design_snapshot_request FOREIGN KEY (request_id) REFERENCES review_request (id) ON DELETE SET NULL
);

CREATE TABLE notification (
    id          BIGINT         GENERATED BY DEFAULT AS IDENTITY,
    user_id     UUID           NOT NULL,
    design_id   UUID,
    kind        VARCHAR(30)    NOT NULL,
    message     VARCHAR(1000)  NOT NULL,
    thread_id   UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT ck_notification_kind CHECK (kind IN ('MENTION', 'REPLY', 'REVIEW_REQUESTED', 'REVIEW_DECISION')),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_design FOREIGN KEY (design_id) REFERENCES design (id) ON DELETE CASCADE
);

CREATE INDEX ix_notification_user ON notification (user_id, created_at);
