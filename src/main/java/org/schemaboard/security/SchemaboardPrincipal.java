package org.schemaboard.security;

import org.schemaboard.base.SignedInUser;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's principal for a Schemaboard account: the usual user details plus our id and display name. */
final class SchemaboardPrincipal extends User implements SignedInUser.Principal {

    private final SignedInUser user;

    SchemaboardPrincipal(StoredAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true,
                !account.lockedAt(OffsetDateTime.now()),
                account.administrator()
                        ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                        : List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.user = new SignedInUser(account.id(), account.username(), account.displayName(), account.administrator());
    }

    @Override
    public SignedInUser user() {
        return user;
    }
}
