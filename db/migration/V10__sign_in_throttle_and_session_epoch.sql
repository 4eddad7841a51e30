-- Hardening of accounts and sessions (issue 18).

-- Failed sign-ins are counted per username as typed AND source address, not per account: an attacker elsewhere can no
-- longer lock an administrator out, and an unknown username is counted exactly like a known one (nothing tells an
-- outsider which accounts exist). An attempt is counted before its password is checked, under the row's lock, so
-- parallel attempts cannot check more passwords than the limit allows. A success deletes the row; an administrator's
-- unlock deletes all rows of the username. The channel tells sign-in from the password change on My account.
CREATE TABLE sign_in_throttle (
    channel          VARCHAR(20)   NOT NULL,
    username         VARCHAR(50)   NOT NULL,
    source           VARCHAR(64)   NOT NULL,
    attempts         INTEGER       DEFAULT 0 NOT NULL,
    first_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (channel, username, source)
);

CREATE INDEX ix_sign_in_throttle_username ON sign_in_throttle (username);

-- The per-account lock-out of V4 is replaced by the table above.
ALTER TABLE app_user DROP COLUMN failed_sign_ins;
ALTER TABLE app_user DROP COLUMN first_failed_sign_in_at;
ALTER TABLE app_user DROP COLUMN locked_until;

-- Raised whenever the account's existing sessions must end (password reset or changed, disabled, administrator role
-- removed). A session remembers the value it signed in with; services refuse a session whose value is older.
ALTER TABLE app_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
