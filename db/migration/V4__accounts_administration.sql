-- Account administration (issue 10): sign-in lock-out after repeated failures, and instance settings such as
-- self sign-up. Account changes go to audit_log with design_id NULL (instance-level entries).

-- Failed sign-ins are counted within a window that starts at the first failure; reaching the limit sets locked_until.
-- A successful sign-in, the end of the lock or an administrator's unlock clears them.
ALTER TABLE app_user ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN first_failed_sign_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;

-- Settings of the whole instance that an administrator changes in the UI (not deployment configuration, which is in
-- environment variables): name -> value as text.
CREATE TABLE instance_setting (
    name        VARCHAR(100)   NOT NULL,
    setting     VARCHAR(1000)  NOT NULL,
    updated_by  VARCHAR(50)    NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER        DEFAULT 1 NOT NULL,
    CONSTRAINT pk_instance_setting PRIMARY KEY (name)
);

-- The Users page's account history reads instance-level entries by element.
CREATE INDEX ix_audit_log_element ON audit_log (element_id, occurred_at);
