package org.schemaboard.security;

import java.util.Optional;
import java.util.UUID;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.SignedInUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person services act for, read from Spring Security's context (which Vaadin keeps per session, so it is also
 * right inside {@code UI.access} on push threads). {@link #require()} also refuses a session that has been ended
 * (account disabled, password reset or changed elsewhere, administrator role removed), so an editor left open in
 * such a session can no longer write, whatever its page still shows.
 */
@Component
public class CurrentUser {

    private final DatabaseUserDetailsService users;
    private final AccountStates states;

    CurrentUser(DatabaseUserDetailsService users, AccountStates states) {
        this.users = users;
        this.states = states;
    }

    public Optional<SignedInUser> get() {
        return SignedInUser.current();
    }

    /**
     * The signed-in person; services call this, so an anonymous call is refused rather than guessed, and so is a call
     * from a session that has been ended (checked in memory; the database is read once after each account change).
     */
    public SignedInUser require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SchemaboardPrincipal principal)) {
            throw new NotAllowedException("Sign in first.");
        }
        if (!isStillValid(principal)) {
            throw new NotAllowedException("This sign-in has ended: the account was disabled or its password or "
                    + "role changed. Sign in again.");
        }
        return principal.user();
    }

    /**
     * Whether a session's principal may still act: a Schemaboard account that is enabled and signed in at its current
     * session epoch. For the web layer, which reads principals from sessions other than the current one.
     */
    public boolean isStillValid(Object principal) {
        return principal instanceof SchemaboardPrincipal p && states.current(p.user().id(), p.sessionEpoch());
    }

    /** The account a session's principal belongs to, if it is a Schemaboard account. */
    public Optional<UUID> accountOf(Object principal) {
        return principal instanceof SchemaboardPrincipal p ? Optional.of(p.user().id()) : Optional.empty();
    }

    /**
     * Re-reads the signed-in person's account into the sign-in (after they changed their display name, or their own
     * password: then this session takes the new session epoch and stays while their other sessions end), so the
     * header, presence avatars and new comments show the new name without signing in again.
     */
    void refresh() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SchemaboardPrincipal principal) {
            SchemaboardPrincipal fresh = (SchemaboardPrincipal) users.loadUserByUsername(principal.getUsername());
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities()));
        }
    }

    /**
     * Runs work as the given account, e.g. seeding demo data at start-up or a command-line task. Restores the previous
     * context afterwards.
     */
    public <T> T runAs(String username, Supplier<T> work) {
        SchemaboardPrincipal principal = (SchemaboardPrincipal) users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
