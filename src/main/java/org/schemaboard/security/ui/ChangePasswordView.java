package org.schemaboard.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.MyAccount;
import org.schemaboard.security.PasswordRules;
import org.schemaboard.base.SignedInUser;

/**
 * The forced password change: an administrator created the account or reset its password, so its owner chooses their
 * own before anything else ({@link AccountGuard} sends every navigation here until they have).
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Choose your password · Schemaboard")
@PermitAll
public class ChangePasswordView extends Main implements BeforeEnterObserver {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    public ChangePasswordView(MyAccount myAccount, CurrentUser currentUser, AccountService accounts,
                              AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        PasswordField password = new PasswordField("New password");
        password.setHelperText(PasswordRules.HINT);
        PasswordField repeat = new PasswordField("Repeat the new password");
        password.setWidthFull();
        repeat.setWidthFull();
        FormErrors errors = new FormErrors().bind("newPassword", password).bind("repeatPassword", repeat);
        Button save = new Button("Save and continue", e -> {
            if (Attempt.inForm(() -> myAccount.chooseNewPassword(password.getValue(), repeat.getValue()), errors)) {
                Notifications.success("Your new password is saved");
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        Button signOut = new Button("Sign out instead", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String name = currentUser.get().map(SignedInUser::displayName).orElse("");
        AccountFrame.fill(this, "Welcome, " + name + ".", "Choose your own password",
                "An administrator set the password you just used. Choose one that only you know before you "
                        + "continue.", errors.generalBox(), password, repeat, save, signOut);
        password.focus();
    }

    /** Someone whose password needs no change has nothing to do here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean due = currentUser.get().flatMap(u -> accounts.status(u.id()))
                .map(AccountService.AccountStatus::mustChangePassword).orElse(false);
        if (!due) {
            event.forwardTo("");
        }
    }
}
