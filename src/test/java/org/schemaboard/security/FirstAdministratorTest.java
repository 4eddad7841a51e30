package org.schemaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The service-test context starts with demo mode off on an empty database: the situation of a new instance. */
@ServiceTest
class FirstAdministratorTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_new_instance_without_demo_mode_gets_an_administrator_named_admin() {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();

        assertThat(admin.administrator()).isTrue();
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Administrator");
    }

    @Test
    void no_demo_accounts_exist_when_demo_mode_is_off() {
        assertThat(accounts.findByUsername("alice")).isEmpty();
        assertThat(accounts.findByUsername("vic")).isEmpty();
    }
}
