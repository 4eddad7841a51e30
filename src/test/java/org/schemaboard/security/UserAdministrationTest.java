package org.schemaboard.security;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.security.UserAdministration.NewUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrator's service, called as an administrator and as everyone else. */
@ServiceTest
class UserAdministrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserAdministration administration;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestData data;
    @Autowired
    PasswordSignIn passwordSignIn;
    @Autowired
    MyAccount myAccount;

    String admin;

    @BeforeEach
    void anAdministrator() {
        admin = "adm" + SEQUENCE.incrementAndGet();
        data.as("admin", () -> administration.create(new NewUser(admin, "Admin " + admin, null, "admin-password",
                true)));
    }

    private String newUsername() {
        return "user" + SEQUENCE.incrementAndGet();
    }

    private ManagedUser find(String username) {
        return data.as(admin, () -> administration.list()).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
    }

    private List<AuditRecord> historyOf(UUID accountId) {
        return auditLog.forInstance(500).stream().filter(r -> accountId.equals(r.elementId())).toList();
    }

    @Test
    void an_administrator_creates_a_user_who_must_choose_a_new_password_at_first_sign_in() {
        String username = newUsername();

        UUID id = data.as(admin, () -> administration.create(new NewUser(" " + username + " ", "Nora Quist",
                "nora@example.com", "first-password", false)));

        ManagedUser user = find(username);
        assertThat(user.id()).isEqualTo(id);
        assertThat(user.displayName()).isEqualTo("Nora Quist");
        assertThat(user.email()).isEqualTo("nora@example.com");
        assertThat(user.administrator()).isFalse();
        assertThat(user.enabled()).isTrue();
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.lastSignInAt()).isNull();
        String hash = userDetails.loadUserByUsername(username).getPassword();
        assertThat(hash).startsWith("$2");
        assertThat(passwordEncoder.matches("first-password", hash)).isTrue();
        AuditRecord created = historyOf(id).get(0);
        assertThat(created.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(created.elementType()).isEqualTo(ElementType.ACCOUNT);
        assertThat(created.designId()).isNull();
        assertThat(created.actor()).isEqualTo(admin);
        assertThat(created.newValue()).contains("\"username\":\"" + username + "\"").doesNotContain("first-password")
                .doesNotContain("$2");
    }

    @Test
    void a_password_that_is_short_or_the_username_is_refused_with_a_reason_and_nothing_is_created() {
        String username = "longer-" + newUsername();

        assertThatThrownBy(() -> data.as(admin, () -> administration.create(new NewUser(username, "Short", null,
                "seven77", false))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "Use at least 8 characters"));
        assertThatThrownBy(() -> data.as(admin, () -> administration.create(new NewUser(username, "Same", null,
                username.toUpperCase(), false))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "The password must not be the username"));
        assertThatThrownBy(() -> data.as(admin, () -> administration.create(new NewUser("Bad Name", " ", "no-at",
                "long-enough", false))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("username", "displayName", "email"));
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void a_non_administrator_is_refused_by_every_administration_method_and_nothing_changes() {
        String editor = data.account("editor");
        UUID target = accounts.findByUsername(data.account("target")).orElseThrow().id();
        int auditBefore = auditLog.forInstance(10_000).size();

        List<Runnable> calls = List.of(
                () -> administration.list(),
                () -> administration.create(new NewUser(newUsername(), "X", null, "long-enough", true)),
                () -> administration.update(target, "Renamed", null, true, 1),
                () -> administration.setEnabled(target, false),
                () -> administration.resetPassword(target, "new-password"),
                () -> administration.unlock(target),
                () -> administration.setSelfSignUp(true),
                () -> administration.history(10));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> data.as(editor, call)).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only an administrator can manage accounts.");
        }
        assertThatThrownBy(() -> administration.list()).as("nobody signed in").isInstanceOf(NotAllowedException.class);
        ManagedUser unchanged = data.as(admin, () -> administration.list()).stream()
                .filter(u -> u.id().equals(target)).findFirst().orElseThrow();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.administrator()).isFalse();
        assertThat(unchanged.displayName()).startsWith("Display target");
        assertThat(auditLog.forInstance(10_000)).hasSize(auditBefore);
    }

    /**
     * The account operations × an administrator whose sign-in was ended (password reset by another administrator)
     * or whose account is disabled: every administration and own-account operation is refused, nothing changes.
     */
    @Test
    void every_account_operation_refuses_an_ended_or_disabled_administrators_session_and_nothing_changes() {
        String ended = "adm" + SEQUENCE.incrementAndGet();
        String disabled = "adm" + SEQUENCE.incrementAndGet();
        for (String name : List.of(ended, disabled)) {
            data.as(admin, () -> administration.create(new NewUser(name, "Admin " + name, null, "admin-password",
                    true)));
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(ended,
                "admin-password");
        SecurityContext endedSession = SecurityContextHolder.createEmptyContext();
        endedSession.setAuthentication(passwordSignIn.authenticate(attempt));
        data.as(admin, () -> administration.resetPassword(find(ended).id(), "reset-password"));
        data.as(admin, () -> administration.setEnabled(find(disabled).id(), false));
        UUID target = accounts.findByUsername(data.account("target")).orElseThrow().id();
        int auditBefore = auditLog.forInstance(10_000).size();

        List<Runnable> calls = List.of(
                () -> administration.list(),
                () -> administration.create(new NewUser(newUsername(), "X", null, "long-enough", true)),
                () -> administration.update(target, "Renamed", null, true, 1),
                () -> administration.setEnabled(target, false),
                () -> administration.resetPassword(target, "new-password"),
                () -> administration.unlock(target),
                () -> administration.setSelfSignUp(true),
                () -> administration.history(10),
                () -> myAccount.profile(),
                () -> myAccount.updateProfile("Renamed", null, 1),
                () -> myAccount.changePassword("admin-password", "another-password", "another-password"),
                () -> myAccount.chooseNewPassword("another-password", "another-password"));
        for (Runnable call : calls) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(endedSession);
            try {
                assertThatThrownBy(call::run).as("ended session").isInstanceOf(NotAllowedException.class);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
            assertThatThrownBy(() -> data.as(disabled, call)).as("disabled").isInstanceOf(NotAllowedException.class);
        }
        ManagedUser unchanged = data.as(admin, () -> administration.list()).stream()
                .filter(u -> u.id().equals(target)).findFirst().orElseThrow();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.administrator()).isFalse();
        assertThat(unchanged.displayName()).startsWith("Display target");
        assertThat(find(ended).mustChangePassword()).isTrue();
        assertThat(auditLog.forInstance(10_000)).hasSize(auditBefore);
    }

    @Test
    void an_administrator_who_was_demoted_is_refused_at_once_though_still_signed_in() {
        String other = "adm" + SEQUENCE.incrementAndGet();
        data.as(admin, () -> administration.create(new NewUser(other, "Other admin", null, "admin-password", true)));
        ManagedUser demoted = find(other);

        data.as(admin, () -> administration.update(demoted.id(), demoted.displayName(), null, false,
                demoted.version()));

        assertThatThrownBy(() -> data.as(other, () -> administration.list())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void disable_and_enable_change_whether_the_account_may_sign_in_and_are_audited() {
        String username = newUsername();
        UUID id = data.as(admin, () -> administration.create(new NewUser(username, "Dee", null, "first-password",
                false)));

        data.as(admin, () -> administration.setEnabled(id, false));
        assertThat(accounts.status(id).orElseThrow().enabled()).isFalse();
        assertThat(find(username).enabled()).isFalse();

        data.as(admin, () -> administration.setEnabled(id, true));
        assertThat(accounts.status(id).orElseThrow().enabled()).isTrue();
        assertThat(historyOf(id)).extracting(AuditRecord::action)
                .containsExactly(ChangeAction.ENABLE, ChangeAction.DISABLE, ChangeAction.CREATE);
    }

    @Test
    void the_last_administrator_can_be_neither_disabled_nor_demoted() {
        // make "admin" the only enabled administrator: demote every other one
        for (ManagedUser user : data.as("admin", () -> administration.list())) {
            if (user.administrator() && user.enabled() && !user.username().equals("admin")) {
                data.as("admin", () -> administration.update(user.id(), user.displayName(), user.email(), false,
                        user.version()));
            }
        }
        ManagedUser last = data.as("admin", () -> administration.list()).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();

        assertThatThrownBy(() -> data.as("admin", () -> administration.setEnabled(last.id(), false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("enabled"))
                        .isEqualTo("admin is the last administrator, so you cannot disable it. Make another account "
                                + "an administrator first."));
        assertThatThrownBy(() -> data.as("admin", () -> administration.update(last.id(), last.displayName(), null,
                false, last.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("administrator"));
        UserAccount still = accounts.findByUsername("admin").orElseThrow();
        assertThat(still.administrator()).isTrue();
        assertThat(still.enabled()).isTrue();

        // with a second administrator, the first may step down
        String second = "adm" + SEQUENCE.incrementAndGet();
        data.as("admin", () -> administration.create(new NewUser(second, "Second", null, "admin-password", true)));
        data.as("admin", () -> administration.update(last.id(), last.displayName(), null, false, last.version()));
        assertThat(accounts.findByUsername("admin").orElseThrow().administrator()).isFalse();
        data.as(second, () -> administration.update(last.id(), last.displayName(), null, true, last.version() + 1));
        assertThat(accounts.findByUsername("admin").orElseThrow().administrator()).isTrue();
    }

    @Test
    void a_stale_edit_of_an_account_is_a_conflict() {
        String username = newUsername();
        UUID id = data.as(admin, () -> administration.create(new NewUser(username, "First", null, "first-password",
                false)));
        ManagedUser seen = find(username);
        data.as(admin, () -> administration.update(id, "Second", null, false, seen.version()));

        assertThatThrownBy(() -> data.as(admin, () -> administration.update(id, "Third", null, true,
                seen.version()))).isInstanceOf(ConflictException.class);
        assertThat(find(username).displayName()).isEqualTo("Second");
        assertThat(find(username).administrator()).isFalse();
    }

    @Test
    void a_password_reset_sets_a_password_that_must_be_changed_and_the_audit_line_holds_no_password() {
        String username = newUsername();
        UUID id = data.as(admin, () -> administration.create(new NewUser(username, "Rae", null, "first-password",
                false)));

        data.as(admin, () -> administration.resetPassword(id, "reset-password"));

        assertThat(passwordEncoder.matches("reset-password", userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
        assertThat(find(username).mustChangePassword()).isTrue();
        AuditRecord reset = historyOf(id).get(0);
        assertThat(reset.action()).isEqualTo(ChangeAction.RESET_PASSWORD);
        assertThat(reset.newValue()).isEqualTo("{\"mustChangePassword\":true}");
    }

    @Test
    void self_sign_up_is_off_by_default_and_turning_it_on_is_audited() {
        assertThat(administration.selfSignUpEnabled()).isFalse();

        data.as(admin, () -> administration.setSelfSignUp(true));
        try {
            assertThat(administration.selfSignUpEnabled()).isTrue();
            AuditRecord line = auditLog.forInstance(1).get(0);
            assertThat(line.elementType()).isEqualTo(ElementType.INSTANCE_SETTING);
            assertThat(line.elementName()).isEqualTo("self-sign-up");
            assertThat(line.newValue()).isEqualTo("{\"enabled\":true}");
        } finally {
            data.as(admin, () -> administration.setSelfSignUp(false));
        }
        assertThat(administration.selfSignUpEnabled()).isFalse();
    }
}
