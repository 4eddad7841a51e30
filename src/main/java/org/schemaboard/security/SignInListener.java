package org.schemaboard.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Remembers when each person last signed in (shown on the Users page) and counts wrong passwords for the lock-out. */
@Component
class SignInListener {

    /** Session attribute: the username of the last failed sign-in in this browser session. */
    static final String LAST_FAILED_USERNAME = "schemaboard.lastFailedUsername";

    private final AccountService accounts;

    SignInListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }

    /** The sign-in page tells a locked account when its lock ends; the failed request is gone by then. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(LAST_FAILED_USERNAME, event.getAuthentication().getName());
        }
    }
}
