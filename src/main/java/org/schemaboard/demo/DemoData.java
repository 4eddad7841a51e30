package org.schemaboard.demo;

import java.util.List;
import java.util.UUID;
import org.schemaboard.SchemaboardProperties;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the first start in demo mode: the accounts alice and bob (editors; alice also administers the instance), rita
 * (reviewer) and vic (viewer), all with password {@code demo}, and the demo design they share (alice owns it), filled with the brief's e-commerce example
 * by {@link DemoDesign}. Runs once: a database that already has alice is left as it is, so people's changes to the
 * demo survive restarts.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    static final String DEMO_DESIGN = "E-commerce platform";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String username, String displayName, DesignRole role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("alice", "Alice Moreau", DesignRole.OWNER),
            new DemoAccount("bob", "Bob Lindqvist", DesignRole.EDITOR),
            new DemoAccount("rita", "Rita Okafor", DesignRole.REVIEWER),
            new DemoAccount("vic", "Vic Tanaka", DesignRole.VIEWER));

    private final SchemaboardProperties properties;
    private final AccountService accounts;
    private final DesignService designs;
    private final DemoDesign demoDesign;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;

    DemoData(SchemaboardProperties properties, AccountService accounts, DesignService designs, DemoDesign demoDesign,
             CurrentUser currentUser, TransactionTemplate transaction) {
        this.properties = properties;
        this.accounts = accounts;
        this.designs = designs;
        this.demoDesign = demoDesign;
        this.currentUser = currentUser;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || accounts.findByUsername("alice").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            for (DemoAccount account : ACCOUNTS) {
                // alice also administers the instance, so the Users page can be tried in the demo
                accounts.createDemoAccount(account.username(), account.displayName(),
                        account.username() + "@example.com", account.username().equals("alice"));
            }
            currentUser.runAs("alice", () -> {
                UUID design = designs.create(new DesignDraft(DEMO_DESIGN, TargetDatabase.POSTGRESQL,
                        "Online shop: customers, catalogue, orders and reviews. Seeded from the database "
                                + "specialist brief's example."));
                for (DemoAccount account : ACCOUNTS) {
                    if (account.role() != DesignRole.OWNER) {
                        designs.setMember(design, account.username(), account.role());
                    }
                }
                demoDesign.fill(design);
                return design;
            });
        });
        log.info("Demo mode: created accounts alice (administrator), bob (editors), rita (reviewer), vic (viewer) "
                + "with password "
                + "'demo' and the design '{}'", DEMO_DESIGN);
    }
}
