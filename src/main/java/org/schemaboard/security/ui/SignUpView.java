package org.schemaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.security.MyAccount;
import org.schemaboard.security.PasswordRules;
import org.schemaboard.security.UserAdministration;

/** Creating one's own account, when an administrator has turned self sign-up on; otherwise says whom to ask. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Create an account · Schemaboard")
@AnonymousAllowed
public class SignUpView extends Main {

    public SignUpView(MyAccount myAccount, UserAdministration administration) {
        Anchor signIn = new Anchor("login", "I have an account: sign in");
        signIn.addClassName("sb-account-link");
        if (!administration.selfSignUpEnabled()) {
            AccountFrame.fill(this, "Design your database together, hand it over complete.", "Sign-up is off",
                    "This Schemaboard does not let people create their own accounts. Ask an administrator to "
                            + "create one for you.", signIn);
            return;
        }
        TextField username = new TextField("Username");
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'; you sign in with it");
        TextField displayName = new TextField("Display name");
        displayName.setHelperText("Your name as others see it");
        TextField email = new TextField("E-mail (optional)");
        PasswordField password = new PasswordField("Password");
        password.setHelperText(PasswordRules.HINT);
        PasswordField repeat = new PasswordField("Repeat the password");
        for (var field : new com.vaadin.flow.component.HasSize[] {username, displayName, email, password, repeat}) {
            field.setWidthFull();
        }
        FormErrors errors = new FormErrors().bind("username", username).bind("displayName", displayName)
                .bind("email", email).bind("password", password).bind("repeatPassword", repeat);
        Button create = new Button("Create account", e -> {
            if (Attempt.inForm(() -> myAccount.signUp(username.getValue(), displayName.getValue(), email.getValue(),
                    password.getValue(), repeat.getValue()), errors)) {
                Notifications.success("Your account is ready: sign in with it");
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setWidthFull();
        AccountFrame.fill(this, "Design your database together, hand it over complete.", "Create an account",
                "You can join designs when their owners add you.", errors.generalBox(), username, displayName,
                email, password, repeat, create, signIn);
        username.focus();
    }
}
