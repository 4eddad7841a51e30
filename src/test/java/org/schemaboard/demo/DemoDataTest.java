package org.schemaboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.schemaboard.DemoTest;

/** Demo mode on an empty database: what it seeds. */
@DemoTest
class DemoDataTest {

    private static final Map<String, DesignRole> DEMO_ROLES = Map.of(
            "alice", DesignRole.OWNER,
            "bob", DesignRole.EDITOR,
            "rita", DesignRole.REVIEWER,
            "vic", DesignRole.VIEWER);

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DesignService designs;
    @Autowired
    CurrentUser currentUser;

    @Test
    void demo_mode_creates_alice_bob_rita_and_vic_with_the_password_demo_stored_as_bcrypt_and_alice_administers() {
        for (String username : DEMO_ROLES.keySet()) {
            assertThat(accounts.findByUsername(username)).as(username).hasValueSatisfying(
                    account -> assertThat(account.administrator()).as(username + " administers")
                            .isEqualTo(username.equals("alice")));
            String hash = userDetails.loadUserByUsername(username).getPassword();
            assertThat(hash).as(username).startsWith("$2").isNotEqualTo("demo");
            assertThat(passwordEncoder.matches("demo", hash)).as(username).isTrue();
            assertThat(passwordEncoder.matches("Demo", hash)).as(username).isFalse();
        }
    }

    @Test
    void demo_mode_shares_the_e_commerce_design_with_each_demo_account_in_its_role() {
        DEMO_ROLES.forEach((username, role) -> {
            DesignSummary design = currentUser.runAs(username, () -> designs.listMine()).stream()
                    .filter(d -> d.name().equals(DemoData.DEMO_DESIGN))
                    .findFirst().orElseThrow(() -> new AssertionError(username + " does not see the demo design"));
            assertThat(design.name()).isEqualTo("E-commerce platform");
            assertThat(design.myRole()).as(username).isEqualTo(role);
        });
    }

    @Test
    void demo_mode_creates_no_administrator() {
        assertThat(accounts.findByUsername("admin")).isEmpty();
        assertThat(accounts.accountCount()).isEqualTo(DEMO_ROLES.size());
    }
}
