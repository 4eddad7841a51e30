package org.schemaboard.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in with username and password, the only way in (as a bean it replaces Spring's provider built from the
 * {@code UserDetailsService}). Every refusal is the same {@link BadCredentialsException} with the same message and
 * costs the same one bcrypt check, whether the username is unknown, the password wrong, or the account disabled or
 * locked out: nothing tells an outsider which accounts exist. The lock-out counts per username and source address
 * ({@link SignInThrottle}), so attempts from elsewhere cannot keep the real person (an administrator) out, and an
 * attempt is counted before its password is checked, so parallel attempts cannot check more than the limit.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /** What every refused sign-in says; the sign-in page shows its own words for it. */
    static final String REFUSED = "Wrong username or password";

    /** Refused by the lock-out without checking the password: said exactly like a wrong password. */
    static final class ThrottledException extends BadCredentialsException {
        ThrottledException() {
            super(REFUSED);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final AccountService accountService;
    /** Checked against when there is no account, so an unknown username takes as long as a known one. */
    private final String absentHash;

    PasswordSignIn(AccountRepository accounts, SignInThrottle throttle, PasswordEncoder passwordEncoder,
                   AccountService accountService) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.accountService = accountService;
        this.absentHash = passwordEncoder.encode("no account has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = AccountService.normalized(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String source = source(attempt.getDetails());
        SignInThrottle.Reservation reservation = throttle.reserve(SignInThrottle.SIGN_IN, username, source);
        Optional<StoredAccount> account = accounts.findByUsername(username);
        boolean matches = passwordEncoder.matches(password, account.map(StoredAccount::passwordHash)
                .orElse(absentHash));
        if (!reservation.allowed()) {
            throw new ThrottledException();
        }
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            if (reservation.last()) {
                lockedOut(username, source, account, reservation);
            }
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(SignInThrottle.SIGN_IN, username, source);
        SchemaboardPrincipal principal = new SchemaboardPrincipal(account.get());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, principal.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void lockedOut(String username, String source, Optional<StoredAccount> account,
                           SignInThrottle.Reservation reservation) {
        if (account.isPresent()) {
            accountService.recordLockOut(account.get().id(), account.get().username(), source,
                    reservation.lockedUntil());
        } else {
            log.warn("Sign-in of the unknown username {} from {} locked until {} after {} failed attempts", username,
                    source, reservation.lockedUntil(), SignInThrottle.MAX_ATTEMPTS);
        }
    }

    /**
     * The client's address as the servlet container sees it. Behind a reverse proxy that is the proxy, unless the
     * operator lets Spring read the forwarded address ({@code server.forward-headers-strategy}).
     */
    private static String source(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
