package org.schemaboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.db.Tables.APP_USER;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.ServiceTest;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A database that was once run in demo mode, started without it (the service tests run with demo mode off): the
 * demo accounts that still have the well-known password are disabled at start, and the log says so.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsOutsideDemoTest {

    @Autowired
    DemoAccountsOutsideDemo startUp;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DSLContext db;

    /** The service tests share one database, in which no demo account may stay (FirstAdministratorTest). */
    @AfterEach
    void removeTheDemoAccounts() {
        db.deleteFrom(APP_USER).where(APP_USER.USERNAME.in("alice", "bob", "rita")).execute();
    }

    @Test
    void demo_accounts_with_the_password_demo_are_disabled_outside_demo_mode_and_the_log_says_so(
            CapturedOutput output) {
        // as left by an earlier start in demo mode; bob has since been given a real password
        accounts.createDemoAccount("alice", "Alice Moreau", "alice@example.com", true);
        accounts.createDemoAccount("rita", "Rita Okafor", "rita@example.com", false);
        accounts.createAccount("system", "bob", "Bob Lindqvist", null, "bobs-own-password", false, false);

        startUp.run(null);

        assertThat(accounts.findByUsername("alice").orElseThrow().enabled()).isFalse();
        assertThat(accounts.findByUsername("rita").orElseThrow().enabled()).isFalse();
        assertThat(accounts.findByUsername("bob").orElseThrow().enabled()).as("not the demo password").isTrue();
        assertThat(output.getAll()).contains("disabled the demo account alice", "disabled the demo account rita")
                .doesNotContain("disabled the demo account bob");
        assertThat(auditLog.forInstance(50)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(ChangeAction.DISABLE);
            assertThat(r.elementName()).isEqualTo("alice");
        });
    }
}
