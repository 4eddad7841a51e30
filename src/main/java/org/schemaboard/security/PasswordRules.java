package org.schemaboard.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must be, in words a person understands: at least {@value #MIN_LENGTH} characters, not the
 * username. bcrypt reads only the first 72 bytes, so longer passwords are refused rather than silently cut.
 * The demo accounts' password {@code demo} predates these rules and is set by the demo seeding only.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    /** Shown next to every new-password field. */
    public static final String HINT = "At least " + MIN_LENGTH + " characters, and not your username.";

    private PasswordRules() {
    }

    /** What is wrong with the password, or empty when it may be used. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password of at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters (fewer with accents or symbols)");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("The password must not be the username");
        }
        return Optional.empty();
    }
}
