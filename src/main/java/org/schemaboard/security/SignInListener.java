package org.schemaboard.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Remembers when each person last signed in (shown on the Users page). Failed attempts are counted by
 * {@link PasswordSignIn} itself, before the password is checked.
 */
@Component
class SignInListener {

    private final AccountService accounts;

    SignInListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
