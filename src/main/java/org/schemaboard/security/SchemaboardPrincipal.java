package org.schemaboard.security;

import java.util.List;
import org.schemaboard.base.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's principal for a Schemaboard account: the usual user details plus our id, display name and the
 * account's session epoch when it signed in (a session whose epoch is no longer the account's has been ended).
 * Lock-out and the enabled flag are checked by {@link PasswordSignIn} after the password, so they are not flags here.
 */
final class SchemaboardPrincipal extends User implements SignedInUser.Principal {

    private final SignedInUser user;
    private final int sessionEpoch;

    SchemaboardPrincipal(StoredAccount account) {
        super(account.username(), account.passwordHash(), true, true, true, true,
                account.administrator()
                        ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                        : List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.user = new SignedInUser(account.id(), account.username(), account.displayName(), account.administrator());
        this.sessionEpoch = account.sessionEpoch();
    }

    @Override
    public SignedInUser user() {
        return user;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    // User's equals/hashCode compare usernames only; a principal of another epoch is another sign-in
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaboardPrincipal p && super.equals(p) && p.sessionEpoch == sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + sessionEpoch;
    }
}
