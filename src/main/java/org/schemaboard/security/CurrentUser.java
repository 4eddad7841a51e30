package org.schemaboard.security;

import org.schemaboard.base.SignedInUser;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person services act for, read from Spring Security's context (which Vaadin keeps per session, so it is also
 * right inside {@code UI.access} on push threads).
 */
@Component
public class CurrentUser {

    private final DatabaseUserDetailsService users;

    CurrentUser(DatabaseUserDetailsService users) {
        this.users = users;
    }

    public Optional<SignedInUser> get() {
        return SignedInUser.current();
    }

    /** The signed-in person; services call this, so an anonymous call is refused rather than guessed. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new org.schemaboard.base.NotAllowedException("Sign in first."));
    }

    /**
     * Re-reads the signed-in person's account into the sign-in (after they changed their display name), so the header,
     * presence avatars and new comments show the new name without signing in again.
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
