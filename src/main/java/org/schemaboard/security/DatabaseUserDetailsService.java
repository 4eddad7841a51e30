package org.schemaboard.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads accounts from our app_user table. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    DatabaseUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim())
                .map(SchemaboardPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
