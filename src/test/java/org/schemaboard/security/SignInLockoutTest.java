package org.schemaboard.security;

import org.schemaboard.base.ChangeAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.db.Tables.SIGN_IN_THROTTLE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing in as the sign-in form does: a form post through the application's real security filter chain, from a
 * given address. Every refusal looks the same; the lock-out counts per username and address; parallel attempts cannot
 * check more passwords than the limit.
 */
@ServiceTest
class SignInLockoutTest {

    private static final String HOME = "10.0.0.1";
    private static final String ATTACKER = "203.0.113.66";

    @Autowired
    WebApplicationContext web;
    @Autowired
    PasswordSignIn passwordSignIn;
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

    MockMvc mvc;

    @BeforeEach
    void theSignInForm() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    /** What the browser is told after posting the sign-in form: where it goes, and the reason kept for the page. */
    record Outcome(String redirect, String reasonClass, String reasonMessage) {
        boolean signedIn() {
            return !redirect.contains("error");
        }
    }

    private Outcome attempt(String username, String password, String from) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn();
        MockHttpServletResponse response = result.getResponse();
        Object reason = result.getRequest().getSession() == null ? null
                : result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return new Outcome(String.valueOf(response.getRedirectedUrl()),
                reason == null ? null : reason.getClass().getName(),
                reason instanceof AuthenticationException e ? e.getMessage() : null);
    }

    private Outcome wrongPasswordOutcome(String username) throws Exception {
        return attempt(username, "wrong-password", "192.0.2.200");
    }

    @Test
    void unknown_user_wrong_password_disabled_and_locked_account_are_all_refused_with_the_same_answer()
            throws Exception {
        String known = data.account("known");
        Outcome wrongPassword = wrongPasswordOutcome(known);
        assertThat(wrongPassword.signedIn()).isFalse();

        Outcome unknownUser = attempt("nobody-" + known, "secret-password", HOME);

        String disabled = data.account("disabled");
        data.as("admin", () -> administration.setEnabled(accounts.findByUsername(disabled).orElseThrow().id(),
                false));
        Outcome disabledRightPassword = attempt(disabled, "secret-password", HOME);

        String locked = data.account("locked");
        for (int i = 0; i < AccountService.MAX_FAILED_SIGN_INS; i++) {
            attempt(locked, "wrong", HOME);
        }
        Outcome lockedRightPassword = attempt(locked, "secret-password", HOME);

        assertThat(List.of(unknownUser, disabledRightPassword, lockedRightPassword))
                .allSatisfy(o -> {
                    assertThat(o.redirect()).isEqualTo(wrongPassword.redirect());
                    assertThat(o.reasonMessage()).isEqualTo(wrongPassword.reasonMessage());
                    assertThat(o.reasonClass()).isIn(BadCredentialsException.class.getName(),
                            PasswordSignIn.ThrottledException.class.getName());
                });
    }

    @Test
    void five_wrong_passwords_from_one_address_lock_that_address_out_but_not_the_person_elsewhere() throws Exception {
        String username = data.account("target");
        for (int i = 1; i < AccountService.MAX_FAILED_SIGN_INS; i++) {
            assertThat(attempt(username, "wrong", ATTACKER).signedIn()).isFalse();
        }
        assertThat(attempt(username, "secret-password", ATTACKER).signedIn()).as("4 failures do not lock").isTrue();

        for (int i = 1; i <= AccountService.MAX_FAILED_SIGN_INS; i++) {
            assertThat(attempt(username, "wrong", ATTACKER).signedIn()).isFalse();
        }
        assertThat(attempt(username, "secret-password", ATTACKER).signedIn()).as("locked from there").isFalse();
        assertThat(attempt(username, "secret-password", HOME).signedIn()).as("not from home").isTrue();

        ManagedUser shown = data.as("admin", () -> administration.list()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(shown.lockedUntil()).isAfter(OffsetDateTime.now().plusMinutes(14));
        assertThat(auditLog.forInstance(50)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(ChangeAction.LOCK);
            assertThat(r.elementName()).isEqualTo(username);
        });

        data.as("admin", () -> administration.unlock(shown.id()));
        assertThat(attempt(username, "secret-password", ATTACKER).signedIn()).as("unlocked").isTrue();
    }

    @Test
    void an_administrator_cannot_be_locked_out_from_another_address() throws Exception {
        for (int i = 0; i < 3 * AccountService.MAX_FAILED_SIGN_INS; i++) {
            attempt("admin", "guess-" + i, ATTACKER);
        }
        String admin = data.account("second-admin");
        data.as("admin", () -> administration.update(accounts.findByUsername(admin).orElseThrow().id(),
                "Second admin", null, true, 1));
        for (int i = 0; i < 3 * AccountService.MAX_FAILED_SIGN_INS; i++) {
            attempt(admin, "guess-" + i, ATTACKER);
        }

        assertThat(attempt(admin, "secret-password", HOME).signedIn()).isTrue();
    }

    @Test
    void a_lock_ends_by_itself_when_its_time_is_up() throws Exception {
        String username = data.account("expiring");
        for (int i = 1; i <= AccountService.MAX_FAILED_SIGN_INS; i++) {
            attempt(username, "wrong", HOME);
        }
        assertThat(attempt(username, "secret-password", HOME).signedIn()).isFalse();

        db.update(SIGN_IN_THROTTLE).set(SIGN_IN_THROTTLE.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(SIGN_IN_THROTTLE.USERNAME.eq(username)).execute();

        assertThat(attempt(username, "secret-password", HOME).signedIn()).isTrue();
    }

    @Test
    void parallel_attempts_check_no_more_passwords_than_the_limit() throws Exception {
        String username = data.account("parallel");
        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String guess = "guess-" + i;
                outcomes.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(
                            username, guess);
                    token.setDetails(new WebAuthenticationDetails(ATTACKER, null));
                    try {
                        passwordSignIn.authenticate(token);
                        return "signed in";
                    } catch (PasswordSignIn.ThrottledException e) {
                        return "refused unchecked";
                    } catch (BadCredentialsException e) {
                        return "checked";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("checked"::equals).hasSize(AccountService.MAX_FAILED_SIGN_INS);
            assertThat(results).filteredOn("refused unchecked"::equals)
                    .hasSize(attempts - AccountService.MAX_FAILED_SIGN_INS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_passwords_check_is_counted_even_when_the_attempt_never_returns_normally() {
        // the count is taken before the password is checked, in its own transaction
        String username = data.account("counted");
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                "wrong");
        token.setDetails(new WebAuthenticationDetails(ATTACKER, null));
        assertThatThrownBy(() -> passwordSignIn.authenticate(token)).isInstanceOf(BadCredentialsException.class);

        assertThat(db.select(SIGN_IN_THROTTLE.ATTEMPTS).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.USERNAME.eq(username).and(SIGN_IN_THROTTLE.SOURCE.eq(ATTACKER)))
                .fetchOne(SIGN_IN_THROTTLE.ATTEMPTS)).isEqualTo(1);
    }
}
