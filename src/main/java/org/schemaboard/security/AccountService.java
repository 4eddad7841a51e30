package org.schemaboard.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.schemaboard.base.ValidationException;
import org.schemaboard.history.AuditEntry;
import org.schemaboard.history.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding accounts. Passwords are stored as bcrypt hashes only. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 4;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public int accountCount() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username).map(a -> new UserAccount(a.id(), a.username(), a.displayName(),
                a.email(), a.administrator(), a.enabled(), a.lastSignInAt()));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findAll() {
        return accounts.findAll();
    }

    /**
     * Creates an account. Used at first start (demo accounts, the first administrator); the Users page of a later
     * issue calls it too.
     *
     * @param actor who creates it, for the audit log ({@code "system"} at start-up)
     */
    @Transactional
    public UUID createAccount(String actor, String username, String displayName, String email, String password,
                              boolean administrator, boolean mustChangePassword) {
        String name = username == null ? "" : username.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Use 2–50 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        } else if (accounts.findByUsername(name).isPresent()) {
            errors.put("username", "The username " + name + " is taken");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            errors.put("displayName", "Give a display name of 1–100 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.put("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (password.equalsIgnoreCase(name)) {
            errors.put("password", "The password must not be the username");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID id = UUID.randomUUID();
        accounts.insert(id, name, displayName.trim(), email, passwordEncoder.encode(password), administrator,
                mustChangePassword);
        auditLog.record(AuditEntry.of(actor, null, "CREATE", "ACCOUNT", id, name)
                .withNewValue(Map.of("username", name, "displayName", displayName.trim(),
                        "administrator", administrator)));
        return id;
    }

    @Transactional
    void recordSignIn(String username) {
        accounts.recordSignIn(username);
    }
}
