package org.schemaboard;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.springframework.boot.test.context.TestConfiguration;

/** Accounts and designs for service tests, with names unique within the shared test database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final DesignService designs;
    private final CurrentUser currentUser;

    TestData(AccountService accounts, DesignService designs, CurrentUser currentUser) {
        this.accounts = accounts;
        this.designs = designs;
        this.currentUser = currentUser;
    }

    /** A new account (not an administrator) whose display name is "Display &lt;username&gt;"; returns its username. */
    public String account(String prefix) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        accounts.createAccount("test", username, displayName(username), null, "secret-password", false, false);
        return username;
    }

    public static String displayName(String username) {
        return "Display " + username;
    }

    /** A design name no other test uses. */
    public static String designName(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    /** A design created by {@code owner}. */
    public UUID design(String owner, String name) {
        return currentUser.runAs(owner, () -> designs.create(new DesignDraft(name, TargetDatabase.POSTGRESQL, null)));
    }

    public <T> T as(String username, java.util.function.Supplier<T> work) {
        return currentUser.runAs(username, work);
    }

    public void as(String username, Runnable work) {
        currentUser.runAs(username, () -> {
            work.run();
            return null;
        });
    }
}
