package org.schemaboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.security.UserAdministration.NewUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A session is a sign-in made earlier and used later, as a browser session keeps it. A password reset, the person's
 * own password change, disabling the account and removing its administrator role end its other sessions at once:
 * every service refuses them (an open editor can no longer write), and the web layer is told to close their pages.
 */
@ServiceTest
@RecordApplicationEvents
class AccountSessionsTest {

    @Autowired
    PasswordSignIn passwordSignIn;
    @Autowired
    UserAdministration administration;
    @Autowired
    MyAccount myAccount;
    @Autowired
    AccountService accounts;
    @Autowired
    DesignService designs;
    @Autowired
    TestData data;
    @Autowired
    ApplicationEvents events;

    /** Signs in as the sign-in form does and keeps the sign-in, like a browser's session. */
    private SecurityContext signIn(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new WebAuthenticationDetails("10.1.1.1", null));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(passwordSignIn.authenticate(token));
        return context;
    }

    private static <T> T in(SecurityContext session, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(session);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void in(SecurityContext session, Runnable work) {
        in(session, () -> {
            work.run();
            return null;
        });
    }

    /** A write any signed-in person may make. */
    private UUID createsADesign(SecurityContext session) {
        return in(session, () -> designs.create(new DesignDraft(TestData.designName("Session"),
                TargetDatabase.POSTGRESQL, null)));
    }

    private UUID idOf(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    private long sessionsEndedEvents(UUID id) {
        return events.stream(AccountSessionsEnded.class).filter(e -> e.accountId().equals(id)).count();
    }

    @Test
    void a_password_reset_ends_the_sessions_of_the_account_so_an_intruder_cannot_choose_the_new_password() {
        String username = data.account("reset");
        SecurityContext intruder = signIn(username, "secret-password");
        assertThat(createsADesign(intruder)).isNotNull();

        data.as("admin", () -> administration.resetPassword(idOf(username), "told-by-admin"));

        assertThatThrownBy(() -> createsADesign(intruder)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Sign in again");
        assertThatThrownBy(() -> in(intruder, () -> myAccount.chooseNewPassword("intruders-choice",
                "intruders-choice"))).isInstanceOf(NotAllowedException.class);
        assertThat(sessionsEndedEvents(idOf(username))).isEqualTo(1);
        SecurityContext owner = signIn(username, "told-by-admin");
        in(owner, () -> myAccount.chooseNewPassword("owners-choice", "owners-choice"));
        assertThat(createsADesign(owner)).isNotNull();
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one() {
        String username = data.account("change");
        SecurityContext other = signIn(username, "secret-password");
        SecurityContext here = signIn(username, "secret-password");

        in(here, () -> myAccount.changePassword("secret-password", "a-new-password", "a-new-password"));

        assertThatThrownBy(() -> createsADesign(other)).isInstanceOf(NotAllowedException.class);
        assertThat(createsADesign(here)).isNotNull();
        assertThat(sessionsEndedEvents(idOf(username))).isEqualTo(1);
    }

    @Test
    void disabling_an_account_makes_every_service_refuse_its_open_session_at_once() {
        String username = data.account("disable");
        SecurityContext open = signIn(username, "secret-password");
        UUID design = createsADesign(open);

        data.as("admin", () -> administration.setEnabled(idOf(username), false));

        assertThatThrownBy(() -> createsADesign(open)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> in(open, () -> designs.get(design))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> data.as(username, () -> designs.listMine()))
                .as("not even a fresh context of a disabled account").isInstanceOf(NotAllowedException.class);

        data.as("admin", () -> administration.setEnabled(idOf(username), true));
        assertThatThrownBy(() -> createsADesign(open)).as("re-enabling does not revive the ended session")
                .isInstanceOf(NotAllowedException.class);
        assertThat(createsADesign(signIn(username, "secret-password"))).isNotNull();
    }

    @Test
    void removing_the_administrator_role_ends_the_sessions_that_still_carry_it() {
        String username = "demoted" + UUID.randomUUID().toString().substring(0, 8);
        data.as("admin", () -> administration.create(new NewUser(username, "Demi", null, "first-password", true)));
        SecurityContext session = signIn(username, "first-password");
        in(session, () -> myAccount.chooseNewPassword("second-password", "second-password"));
        assertThat(in(session, () -> administration.list())).isNotEmpty();

        ManagedUser before = data.as("admin", () -> administration.list()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        data.as("admin", () -> administration.update(before.id(), "Demi", null, false, before.version()));

        assertThatThrownBy(() -> createsADesign(session)).isInstanceOf(NotAllowedException.class);
        assertThat(sessionsEndedEvents(before.id())).isEqualTo(2); // own password change, then the demotion
    }

    @Test
    void editing_only_the_profile_leaves_the_sessions_alone() {
        String username = data.account("profile");
        SecurityContext open = signIn(username, "secret-password");
        ManagedUser user = data.as("admin", () -> administration.list()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();

        data.as("admin", () -> administration.update(user.id(), "New name", "n@example.com", false, user.version()));

        assertThat(createsADesign(open)).isNotNull();
        assertThat(sessionsEndedEvents(user.id())).isZero();
    }
}
