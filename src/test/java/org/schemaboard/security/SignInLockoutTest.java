package org.schemaboard.security;

import org.schemaboard.base.ChangeAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in through Spring Security's provider as the sign-in form does, with the application's event publisher, so
 * the failure counting and the lock-out run as they do behind the login page.
 */
@ServiceTest
class SignInLockoutTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuthenticationEventPublisher events;
    @Autowired
    UserAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    DSLContext db;
    @Autowired
    TestData data;

    ProviderManager signIn;

    @BeforeEach
    void theSignInForm() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(events);
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password_until_an_administrator_unlocks_it() {
        String username = data.account("locked");
        for (int i = 1; i < AccountService.MAX_FAILED_SIGN_INS; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(username, "secret-password").isAuthenticated()).as("4 failures do not lock").isTrue();

        for (int i = 1; i <= AccountService.MAX_FAILED_SIGN_INS; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(username, "secret-password")).isInstanceOf(LockedException.class);
        ManagedUser locked = data.as("admin", () -> administration.list()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(locked.lockedUntil()).isAfter(OffsetDateTime.now().plusMinutes(14));
        assertThat(auditLog.forInstance(50)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(ChangeAction.LOCK);
            assertThat(r.elementName()).isEqualTo(username);
        });

        data.as("admin", () -> administration.unlock(locked.id()));
        assertThat(attempt(username, "secret-password").isAuthenticated()).isTrue();
    }

    @Test
    void a_lock_ends_by_itself_when_its_time_is_up() {
        String username = data.account("expiring");
        for (int i = 1; i <= AccountService.MAX_FAILED_SIGN_INS; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(username, "secret-password")).isInstanceOf(LockedException.class);

        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(APP_USER.USERNAME.eq(username)).execute();

        assertThat(attempt(username, "secret-password").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in_with_its_right_password() {
        String username = data.account("disabled");
        data.as("admin", () -> administration.setEnabled(accounts.findByUsername(username).orElseThrow().id(), false));

        assertThatThrownBy(() -> attempt(username, "secret-password")).isInstanceOf(DisabledException.class);
    }
}
