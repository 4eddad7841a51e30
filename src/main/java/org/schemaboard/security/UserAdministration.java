package org.schemaboard.security;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.SignedInUser;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts: create, edit, disable and re-enable, reset a password, lift a lock-out, and
 * turn self sign-up on or off. Disabling, resetting the password and removing the administrator role end the
 * account's sessions at once. Every method except {@link #selfSignUpEnabled()} refuses anyone who is not an enabled
 * administrator <em>now</em> (read from the database, not from the sign-in), whatever the UI shows. There is always
 * at least one enabled administrator: the last one cannot be disabled or demoted.
 */
@Service
public class UserAdministration {

    static final String SELF_SIGN_UP = "self-sign-up";

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final SettingRepository settings;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AccountStates states;
    private final SignInThrottle throttle;

    UserAdministration(AccountRepository accounts, AccountService accountService, SettingRepository settings,
                       PasswordEncoder passwordEncoder, AuditLog auditLog, CurrentUser currentUser,
                       AccountStates states, SignInThrottle throttle) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.states = states;
        this.throttle = throttle;
    }

    /** A new account as an administrator enters it; its owner must choose a new password at first sign-in. */
    public record NewUser(String username, String displayName, String email, String password, boolean administrator) {
    }

    @Transactional(readOnly = true)
    public List<ManagedUser> list() {
        requireAdministrator();
        Map<String, OffsetDateTime> locks = throttle.signInLocks();
        return accounts.findAllStored().stream().map(a -> a.managed(locks.get(a.username()))).toList();
    }

    @Transactional
    public UUID create(NewUser user) {
        SignedInUser me = requireAdministrator();
        return accountService.createAccount(me.username(), user.username(), user.displayName(), user.email(),
                user.password(), user.administrator(), true);
    }

    /**
     * Changes display name, e-mail and the administrator role.
     *
     * @param version the version the administrator saw; a different one means someone changed the account meanwhile
     */
    @Transactional
    public void update(UUID id, String displayName, String email, boolean administrator, int version) {
        SignedInUser me = requireAdministrator();
        StoredAccount before = load(id);
        Map<String, String> errors = new LinkedHashMap<>();
        AccountService.checkProfile(displayName, email, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (before.administrator() && !administrator && before.enabled()) {
            requireAnotherAdministrator(before, "administrator", "remove the administrator role from");
        }
        String mail = AccountService.blankToNull(email);
        if (!accounts.updateProfile(id, displayName.strip(), mail, administrator, version)) {
            throw new ConflictException("The account " + before.username(), "another administrator", null);
        }
        if (before.administrator() && !administrator) {
            endSessions(me, id);
        }
        auditLog.record(me.username(), AccountService.account(id, before.username()).updated(
                profile(before.displayName(), before.email(), before.administrator()),
                profile(displayName.strip(), mail, administrator)));
    }

    /** Disables (the person can no longer sign in) or re-enables an account. */
    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        SignedInUser me = requireAdministrator();
        StoredAccount before = load(id);
        if (before.enabled() == enabled) {
            return;
        }
        if (!enabled && before.administrator()) {
            requireAnotherAdministrator(before, "enabled", "disable");
        }
        accounts.setEnabled(id, enabled);
        if (enabled) {
            states.changed(id);
        } else {
            states.endSessions(id);
        }
        auditLog.record(me.username(), AccountService.account(id, before.username()).made(
                enabled ? ChangeAction.ENABLE : ChangeAction.DISABLE, Map.of("enabled", before.enabled()),
                Map.of("enabled", enabled)));
    }

    /** Sets a password the administrator tells the person; they must choose their own at next sign-in. */
    @Transactional
    public void resetPassword(UUID id, String newPassword) {
        SignedInUser me = requireAdministrator();
        StoredAccount before = load(id);
        PasswordRules.problem(before.username(), newPassword).ifPresent(p -> {
            throw ValidationException.of("password", p);
        });
        accounts.setPassword(id, passwordEncoder.encode(newPassword), true);
        throttle.clear(before.username());
        endSessions(me, id);
        auditLog.record(me.username(), AccountService.account(id, before.username())
                .made(ChangeAction.RESET_PASSWORD, null, Map.of("mustChangePassword", true)));
    }

    /** Lifts a lock-out after repeated failed sign-ins before it ends by itself. */
    @Transactional
    public void unlock(UUID id) {
        SignedInUser me = requireAdministrator();
        StoredAccount before = load(id);
        OffsetDateTime lockedUntil = throttle.signInLockedUntil(before.username()).orElse(null);
        throttle.clear(before.username());
        auditLog.record(me.username(), AccountService.account(id, before.username()).made(ChangeAction.UNLOCK,
                lockedUntil == null ? null : Map.of("lockedUntil", lockedUntil), null));
    }

    /** Whether people may create their own account on the sign-up page. Anyone may ask (the sign-in page does). */
    @Transactional(readOnly = true)
    public boolean selfSignUpEnabled() {
        return settings.find(SELF_SIGN_UP).map(Boolean::parseBoolean).orElse(false);
    }

    @Transactional
    public void setSelfSignUp(boolean enabled) {
        SignedInUser me = requireAdministrator();
        boolean before = selfSignUpEnabled();
        if (before == enabled) {
            return;
        }
        settings.put(SELF_SIGN_UP, Boolean.toString(enabled), me.id());
        auditLog.record(me.username(), Change.toInstance(ElementType.INSTANCE_SETTING, null, SELF_SIGN_UP)
                .updated(Map.of("enabled", before), Map.of("enabled", enabled)));
    }

    /** Account and instance-setting changes, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(int limit) {
        requireAdministrator();
        return auditLog.forInstance(limit);
    }

    private SignedInUser requireAdministrator() {
        SignedInUser me = currentUser.require();
        boolean administrator = accounts.findById(me.id()).map(a -> a.enabled() && a.administrator()).orElse(false);
        if (!administrator) {
            throw new NotAllowedException("Only an administrator can manage accounts.");
        }
        return me;
    }

    /**
     * Ends the account's sessions at once (services refuse them; their open pages go to the sign-in page). When it is
     * the administrator's own account, this session takes the new epoch and stays; their other sessions end.
     */
    private void endSessions(SignedInUser me, UUID id) {
        states.endSessions(id);
        if (me.id().equals(id)) {
            currentUser.refresh();
        }
    }

    private StoredAccount load(UUID id) {
        return accounts.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("There is no such account."));
    }

    private void requireAnotherAdministrator(StoredAccount target, String field, String verb) {
        List<UUID> administrators = accounts.lockEnabledAdministrators();
        if (administrators.size() <= 1 && administrators.contains(target.id())) {
            throw ValidationException.of(field, target.username() + " is the last administrator, so you cannot "
                    + verb + " it. Make another account an administrator first.");
        }
    }

    private static Map<String, Object> profile(String displayName, String email, boolean administrator) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("displayName", displayName);
        value.put("email", email);
        value.put("administrator", administrator);
        return value;
    }
}
