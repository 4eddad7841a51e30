package org.schemaboard.security;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.SignedInUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does to their own account: display name and e-mail, password (also the forced change after an
 * administrator created or reset it), and signing up when an administrator has turned self sign-up on.
 */
@Service
public class MyAccount {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final UserAdministration administration;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AccountStates states;
    private final SignInThrottle throttle;

    MyAccount(AccountRepository accounts, AccountService accountService, UserAdministration administration,
              PasswordEncoder passwordEncoder, AuditLog auditLog, CurrentUser currentUser, AccountStates states,
              SignInThrottle throttle) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.administration = administration;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.states = states;
        this.throttle = throttle;
    }

    /** The signed-in person's own account as the "My account" page edits it. */
    public record Profile(String username, String displayName, String email, boolean administrator,
                          java.time.OffsetDateTime lastSignInAt, int version) {
    }

    @Transactional(readOnly = true)
    public Profile profile() {
        StoredAccount me = mine();
        return new Profile(me.username(), me.displayName(), me.email(), me.administrator(), me.lastSignInAt(),
                me.version());
    }

    /** Changes the name and initials others see (avatars, comments, history) and the e-mail address. */
    @Transactional
    public void updateProfile(String displayName, String email, int version) {
        StoredAccount me = mine();
        Map<String, String> errors = new LinkedHashMap<>();
        AccountService.checkProfile(displayName, email, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String mail = AccountService.blankToNull(email);
        if (!accounts.updateProfile(me.id(), displayName.strip(), mail, me.administrator(), version)) {
            throw new ConflictException("Your account", "an administrator", null);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("displayName", me.displayName());
        before.put("email", me.email());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("displayName", displayName.strip());
        after.put("email", mail);
        auditLog.record(me.username(), AccountService.account(me.id(), me.username()).updated(before, after));
        currentUser.refresh();
    }

    /**
     * Changes the password, proving the current one; the person's other sessions end. Guessing the current password
     * (say, in a session left open) is limited like signing in: after {@value SignInThrottle#MAX_ATTEMPTS} wrong ones
     * within {@link SignInThrottle#WINDOW}, changes are refused until the lock-out ends, and attempts at once cannot
     * check more than that.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        StoredAccount me = mine();
        SignInThrottle.Reservation attempt = throttle.reserve(SignInThrottle.PASSWORD_CHANGE, me.username(),
                "my-account");
        if (!attempt.allowed()) {
            throw ValidationException.of("currentPassword", "Too many wrong passwords. Try again after "
                    + attempt.lockedUntil().atZoneSameInstant(java.time.ZoneId.systemDefault())
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + ".");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        boolean proven = currentPassword != null && passwordEncoder.matches(currentPassword, me.passwordHash());
        if (!proven) {
            errors.put("currentPassword", "This is not your current password");
        } else {
            throttle.succeeded(SignInThrottle.PASSWORD_CHANGE, me.username(), "my-account");
        }
        checkNewPassword(me, newPassword, repeated, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        setOwnPassword(me, newPassword);
    }

    /**
     * The forced change after an administrator created the account or reset its password: the person has just proven
     * the password they were told, so it is not asked again.
     */
    @Transactional
    public void chooseNewPassword(String newPassword, String repeated) {
        StoredAccount me = mine();
        if (!me.mustChangePassword()) {
            throw new NotAllowedException("Your password does not need changing; change it on the My account page.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        checkNewPassword(me, newPassword, repeated, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        setOwnPassword(me, newPassword);
    }

    /** Creates an account for oneself, when self sign-up is on. Nobody is signed in yet. */
    @Transactional
    public UUID signUp(String username, String displayName, String email, String password, String repeated) {
        if (!administration.selfSignUpEnabled()) {
            throw new NotAllowedException("Sign-up is turned off on this Schemaboard. Ask an administrator for an "
                    + "account.");
        }
        Map<String, String> errors = accountService.checkNewAccount(username, displayName, email);
        PasswordRules.problem(AccountService.normalized(username), password)
                .ifPresent(p -> errors.put("password", p));
        if (!errors.containsKey("password") && !password.equals(repeated)) {
            errors.put("repeatPassword", "The two passwords differ");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String name = AccountService.normalized(username);
        return accountService.insert(name, ChangeAction.SIGN_UP, name, displayName, email, password, false, false);
    }

    private void checkNewPassword(StoredAccount me, String newPassword, String repeated, Map<String, String> errors) {
        PasswordRules.problem(me.username(), newPassword).ifPresent(p -> errors.put("newPassword", p));
        if (!errors.containsKey("newPassword") && passwordEncoder.matches(newPassword, me.passwordHash())) {
            errors.put("newPassword", "Choose a password different from the current one");
        }
        if (!errors.containsKey("newPassword") && !newPassword.equals(repeated)) {
            errors.put("repeatPassword", "The two new passwords differ");
        }
    }

    /** Sets the password and ends the person's other sessions; this one takes the new session epoch and stays. */
    private void setOwnPassword(StoredAccount me, String newPassword) {
        accounts.setPassword(me.id(), passwordEncoder.encode(newPassword), false);
        states.endSessions(me.id());
        currentUser.refresh();
        auditLog.record(me.username(), AccountService.account(me.id(), me.username())
                .made(ChangeAction.CHANGE_PASSWORD, null, null));
    }

    private StoredAccount mine() {
        SignedInUser user = currentUser.require();
        return accounts.findById(user.id()).filter(StoredAccount::enabled)
                .orElseThrow(() -> new NotAllowedException("Your account is disabled or no longer exists."));
    }
}
