package org.schemaboard.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * At every navigation of a signed-in person, reads their account: one that was disabled meanwhile, or whose session
 * was ended (password reset or changed elsewhere, administrator role removed), is signed out, and
 * one whose password an administrator set goes to {@link ChangePasswordView} until its owner has chosen their own.
 */
@Component
class AccountGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    // not there when the command line starts Spring without Vaadin's security
    private final ObjectProvider<AuthenticationContext> authentication;

    AccountGuard(CurrentUser currentUser, AccountService accounts, ObjectProvider<AuthenticationContext> authentication) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            return;
        }
        Optional<AccountService.AccountStatus> status = accounts.status(user.get().id());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (status.isEmpty() || !status.get().enabled() || auth == null
                || !currentUser.isStillValid(auth.getPrincipal())) {
            authentication.ifAvailable(AuthenticationContext::logout);
            return;
        }
        if (status.get().mustChangePassword() && event.getNavigationTarget() != ChangePasswordView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
