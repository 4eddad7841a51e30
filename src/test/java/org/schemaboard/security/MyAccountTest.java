package org.schemaboard.security;

import org.schemaboard.base.ChangeAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.security.UserAdministration.NewUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person's own account: profile, password, the forced change, and signing up. */
@ServiceTest
class MyAccountTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MyAccount myAccount;
    @Autowired
    UserAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestData data;

    private String createdByAdministrator() {
        String username = "mine" + SEQUENCE.incrementAndGet();
        data.as("admin", () -> administration.create(new NewUser(username, "Mina Holt", null, "told-password",
                false)));
        return username;
    }

    private boolean passwordIs(String username, String password) {
        return passwordEncoder.matches(password, userDetails.loadUserByUsername(username).getPassword());
    }

    @Test
    void the_forced_change_sets_the_new_password_and_clears_the_flag() {
        String username = createdByAdministrator();
        UUID id = accounts.findByUsername(username).orElseThrow().id();
        assertThat(accounts.status(id).orElseThrow().mustChangePassword()).isTrue();

        data.as(username, () -> myAccount.chooseNewPassword("my-own-password", "my-own-password"));

        assertThat(accounts.status(id).orElseThrow().mustChangePassword()).isFalse();
        assertThat(passwordIs(username, "my-own-password")).isTrue();
        AuditRecord line = auditLog.forInstance(1).get(0);
        assertThat(line.action()).isEqualTo(ChangeAction.CHANGE_PASSWORD);
        assertThat(line.actor()).isEqualTo(username);
        assertThat(line.newValue()).isNull();
        assertThatThrownBy(() -> data.as(username, () -> myAccount.chooseNewPassword("another-password",
                "another-password"))).as("only while a change is due").isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_forced_change_refuses_the_told_password_a_short_one_and_a_mistyped_repeat() {
        String username = createdByAdministrator();

        assertThatThrownBy(() -> data.as(username, () -> myAccount.chooseNewPassword("told-password",
                "told-password"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsEntry("newPassword",
                        "Choose a password different from the current one"));
        assertThatThrownBy(() -> data.as(username, () -> myAccount.chooseNewPassword("short", "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("newPassword", "Use at least 8 characters"));
        assertThatThrownBy(() -> data.as(username, () -> myAccount.chooseNewPassword("my-own-password",
                "my-own-passwort"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsEntry("repeatPassword", "The two new passwords differ"));
        assertThat(passwordIs(username, "told-password")).isTrue();
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        String username = data.account("pw");

        assertThatThrownBy(() -> data.as(username, () -> myAccount.changePassword("wrong", "brand-new-pass",
                "brand-new-pass"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("currentPassword"));
        assertThat(passwordIs(username, "secret-password")).isTrue();

        data.as(username, () -> myAccount.changePassword("secret-password", "brand-new-pass", "brand-new-pass"));
        assertThat(passwordIs(username, "brand-new-pass")).isTrue();
    }

    @Test
    void guessing_the_current_password_is_throttled_like_signing_in() {
        String username = data.account("guess");
        for (int i = 0; i < AccountService.MAX_FAILED_SIGN_INS; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> data.as(username, () -> myAccount.changePassword(guess, "brand-new-pass",
                    "brand-new-pass"))).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.fieldErrors()).containsEntry("currentPassword", "This is not your current password"));
        }

        assertThatThrownBy(() -> data.as(username, () -> myAccount.changePassword("secret-password",
                "brand-new-pass", "brand-new-pass"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors().get("currentPassword")).startsWith("Too many wrong passwords. Try again "
                        + "after "));
        assertThat(passwordIs(username, "secret-password")).as("the right one is not even checked").isTrue();
    }

    @Test
    void a_new_display_name_is_saved_audited_and_shown_for_the_signed_in_person_at_once() {
        String username = data.account("named");

        String shown = data.as(username, () -> {
            MyAccount.Profile profile = myAccount.profile();
            myAccount.updateProfile("  Named Anew ", "named@example.com", profile.version());
            return currentUser.require().displayName();
        });

        assertThat(shown).isEqualTo("Named Anew");
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Named Anew");
        assertThat(account.email()).isEqualTo("named@example.com");
        AuditRecord line = auditLog.forInstance(1).get(0);
        assertThat(line.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(line.oldValue()).contains("Display " + username);
        assertThat(line.newValue()).contains("Named Anew");
        assertThatThrownBy(() -> data.as(username, () -> myAccount.updateProfile("", null, 99)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void sign_up_is_refused_while_off_and_creates_an_ordinary_account_when_on() {
        String username = "signup" + SEQUENCE.incrementAndGet();
        assertThatThrownBy(() -> myAccount.signUp(username, "Sign Upper", null, "long-enough", "long-enough"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Sign-up is turned off");
        assertThat(accounts.findByUsername(username)).isEmpty();

        data.as("admin", () -> administration.setSelfSignUp(true));
        try {
            assertThatThrownBy(() -> myAccount.signUp(username, "Sign Upper", null, "long-enough", "long-enougj"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsOnlyKeys("repeatPassword"));

            myAccount.signUp(username, "Sign Upper", "s@example.com", "long-enough", "long-enough");
        } finally {
            data.as("admin", () -> administration.setSelfSignUp(false));
        }
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.administrator()).isFalse();
        assertThat(accounts.status(account.id()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(passwordIs(username, "long-enough")).isTrue();
        AuditRecord line = auditLog.forInstance(50).stream().filter(r -> account.id().equals(r.elementId()))
                .findFirst().orElseThrow();
        assertThat(line.action()).isEqualTo(ChangeAction.SIGN_UP);
        assertThat(line.actor()).isEqualTo(username);
    }
}
