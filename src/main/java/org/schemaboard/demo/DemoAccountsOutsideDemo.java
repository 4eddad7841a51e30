package org.schemaboard.demo;

import java.util.List;
import org.schemaboard.SchemaboardProperties;
import org.schemaboard.security.AccountService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts exist for demo mode only: their password {@code demo} is printed in the README and on the sign-in
 * page. A database that was started in demo mode once and is now run without it gets them disabled at start (those
 * still with that password; the log says which), before the first administrator is made when none is left.
 */
@Component
@Order(5)
class DemoAccountsOutsideDemo implements ApplicationRunner {

    private final SchemaboardProperties properties;
    private final AccountService accounts;

    DemoAccountsOutsideDemo(SchemaboardProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            return;
        }
        for (String username : usernames()) {
            accounts.disableDemoAccount(username);
        }
    }

    static List<String> usernames() {
        return DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::username).toList();
    }
}
