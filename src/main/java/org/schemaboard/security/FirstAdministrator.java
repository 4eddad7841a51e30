package org.schemaboard.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.schemaboard.SchemaboardProperties;
import org.schemaboard.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An instance without demo mode and without an enabled administrator gets one, so someone can sign in and manage
 * accounts. The password
 * comes from {@code SCHEMABOARD_ADMIN_PASSWORD} (property {@code schemaboard.admin-password}), or is random and printed once to the log.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final SchemaboardProperties properties;

    private final String givenPassword;

    FirstAdministrator(AccountService accounts, SchemaboardProperties properties,
                       @Value("${schemaboard.admin-password:}") String givenPassword) {
        this.accounts = accounts;
        this.properties = properties;
        this.givenPassword = givenPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        // demo mode has alice; otherwise an instance without an enabled administrator (a new one, or one whose only
        // administrator was the demo account alice, disabled outside demo mode) gets one
        if (properties.demo() || accounts.findAll().stream().anyMatch(a -> a.administrator() && a.enabled())) {
            return;
        }
        if (accounts.findByUsername("admin").isPresent()) {
            log.error("This Schemaboard has no enabled administrator, and the username 'admin' is taken, so none was "
                    + "created. Nobody can manage accounts until an administrator is enabled in the database.");
            return;
        }
        boolean random = givenPassword == null || givenPassword.isBlank();
        String password = random ? randomPassword() : givenPassword;
        try {
            accounts.createAccount("system", "admin", "Administrator", null, password, true, random);
        } catch (ValidationException e) {
            throw new IllegalStateException("Cannot create the first administrator with the password in "
                    + "SCHEMABOARD_ADMIN_PASSWORD: " + e.getMessage() + ". " + PasswordRules.HINT);
        }
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
