package org.schemaboard.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.schemaboard.SchemaboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An instance without demo mode and without any account gets an administrator, so someone can sign in. The password
 * comes from {@code SCHEMABOARD_ADMIN_PASSWORD}, or is random and printed once to the log.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final SchemaboardProperties properties;

    FirstAdministrator(AccountService accounts, SchemaboardProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo() || accounts.accountCount() > 0) {
            return;
        }
        String given = System.getenv("SCHEMABOARD_ADMIN_PASSWORD");
        boolean random = given == null || given.isBlank();
        String password = random ? randomPassword() : given;
        accounts.createAccount("system", "admin", "Administrator", null, password, true, random);
        if (random) {
            log.warn("""

                    ==================================================================
                    Created the first administrator account.
                      username: admin
                      password: {}
                    This password is shown only once. Sign in and change it.
                    ==================================================================""", password);
        } else {
            log.info("Created the first administrator account 'admin' with the password from SCHEMABOARD_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
