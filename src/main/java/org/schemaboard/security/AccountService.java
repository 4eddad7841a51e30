package org.schemaboard.security;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and finding accounts, and the bookkeeping of signing in (last sign-in, failed attempts, lock-out).
 * Passwords are stored as bcrypt hashes only. What a person does to their own account is in {@link MyAccount}; what
 * an administrator does to others' is in {@link UserAdministration}.
 */
@Service
public class AccountService {

    /**
     * Failed sign-ins of one username from one address within {@link #FAILURE_WINDOW} that lock its sign-in from that
     * address for {@link #LOCK_DURATION} (see {@link SignInThrottle}).
     */
    public static final int MAX_FAILED_SIGN_INS = SignInThrottle.MAX_ATTEMPTS;
    public static final Duration FAILURE_WINDOW = SignInThrottle.WINDOW;
    public static final Duration LOCK_DURATION = SignInThrottle.LOCK_DURATION;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final AccountStates states;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
                   AccountStates states) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.states = states;
    }

    /** Whether an account may use the app now, and whether it must first choose a new password. */
    public record AccountStatus(boolean enabled, boolean mustChangePassword) {
    }

    @Transactional(readOnly = true)
    public int accountCount() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username).map(StoredAccount::account);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findAll() {
        return accounts.findAll();
    }

    /** Read at each navigation, so a disabled account or a forced password change takes effect at once. */
    @Transactional(readOnly = true)
    public Optional<AccountStatus> status(UUID id) {
        return accounts.findById(id).map(a -> new AccountStatus(a.enabled(), a.mustChangePassword()));
    }

    /**
     * Outside demo mode, the well-known demo accounts must not let anyone in: an account named like one of them whose
     * password is still {@code demo} is disabled (its sessions end), with a line in the log and the audit log.
     *
     * @return whether it was disabled now
     */
    @Transactional
    public boolean disableDemoAccount(String username) {
        Optional<StoredAccount> found = accounts.findByUsername(username);
        if (found.isEmpty() || !found.get().enabled() || !passwordEncoder.matches("demo", found.get().passwordHash())) {
            return false;
        }
        StoredAccount account = found.get();
        accounts.setEnabled(account.id(), false);
        states.endSessions(account.id());
        auditLog.record("system", account(account.id(), account.username()).made(ChangeAction.DISABLE,
                Map.of("enabled", true), Map.of("enabled", false, "reason", "demo account outside demo mode")));
        log.warn("Demo mode is off: disabled the demo account {} (its password is the well-known 'demo'). Set a new "
                + "password and enable it on the Users page to keep using it.", account.username());
        return true;
    }

    /**
     * Creates an account whose password follows {@link PasswordRules}. Used at first start (the first administrator)
     * and by {@link UserAdministration} and sign-up.
     *
     * @param actor who creates it, for the audit log ({@code "system"} at start-up)
     */
    @Transactional
    public UUID createAccount(String actor, String username, String displayName, String email, String password,
                              boolean administrator, boolean mustChangePassword) {
        Map<String, String> errors = checkNewAccount(username, displayName, email);
        PasswordRules.problem(normalized(username), password).ifPresent(p -> errors.put("password", p));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return insert(actor, ChangeAction.CREATE, username, displayName, email, password, administrator,
                mustChangePassword);
    }

    /**
     * Creates a demo account with the well-known password {@code demo}, which the password rules would refuse. Only
     * demo seeding calls this.
     */
    @Transactional
    public UUID createDemoAccount(String username, String displayName, String email, boolean administrator) {
        Map<String, String> errors = checkNewAccount(username, displayName, email);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return insert("system", ChangeAction.CREATE, username, displayName, email, "demo", administrator, false);
    }

    UUID insert(String actor, ChangeAction action, String username, String displayName, String email, String password,
                boolean administrator, boolean mustChangePassword) {
        String name = normalized(username);
        String mail = blankToNull(email);
        UUID id = UUID.randomUUID();
        accounts.insert(id, name, displayName.strip(), mail, passwordEncoder.encode(password), administrator,
                mustChangePassword);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("username", name);
        value.put("displayName", displayName.strip());
        value.put("email", mail);
        value.put("administrator", administrator);
        value.put("mustChangePassword", mustChangePassword);
        auditLog.record(actor, account(id, name).made(action, null, value));
        return id;
    }

    /** An account as the element of a change in the audit log. */
    static Change.Element account(UUID id, String username) {
        return Change.toInstance(ElementType.ACCOUNT, id, username);
    }

    /** Field errors of a new account's username, display name and e-mail (the password is checked by the caller). */
    Map<String, String> checkNewAccount(String username, String displayName, String email) {
        String name = normalized(username);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Use 2–50 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        } else if (accounts.findByUsername(name).isPresent()) {
            errors.put("username", "The username " + name + " is taken");
        }
        checkProfile(displayName, email, errors);
        return errors;
    }

    static void checkProfile(String displayName, String email, Map<String, String> errors) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            errors.put("displayName", "Give a display name of 1–100 characters");
        }
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > 255 || !EMAIL.matcher(mail).matches())) {
            errors.put("email", "Give an e-mail address such as name@example.com, or leave it empty");
        }
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional
    void recordSignIn(String username) {
        accounts.recordSignIn(username);
    }

    /** The last attempt a lock-out allows failed: the account's history says from where and until when. */
    @Transactional
    void recordLockOut(UUID id, String username, String source, OffsetDateTime until) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("failedSignIns", MAX_FAILED_SIGN_INS);
        value.put("lockedUntil", until);
        value.put("source", source);
        auditLog.record("system", account(id, username).made(ChangeAction.LOCK, null, value));
        log.warn("Sign-in of {} from {} locked until {} after {} failed attempts", username, source, until,
                MAX_FAILED_SIGN_INS);
    }
}
