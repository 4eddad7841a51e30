package org.schemaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.security.MyAccount;
import org.schemaboard.security.PasswordRules;

/** Everyone's own account: the name others see, e-mail, and the password. */
@Route("account")
@PageTitle("My account · Schemaboard")
@PermitAll
public class MyAccountView extends Main {

    private final MyAccount myAccount;
    private final TextField displayName = new TextField("Display name");
    private final TextField email = new TextField("E-mail");
    private final Paragraph lead = new Paragraph();
    private int version;

    public MyAccountView(MyAccount myAccount) {
        this.myAccount = myAccount;
        addClassName("sb-page");
        H1 title = new H1("My account");
        title.addClassName("sb-page-title");
        lead.addClassName("sb-page-lead");
        add(title, lead, profileSection(), passwordSection());
        load();
    }

    private Div profileSection() {
        displayName.setHelperText("Shown to others in avatars, comments and history; your initials come from it");
        email.setHelperText("Optional");
        FormErrors errors = new FormErrors().bind("displayName", displayName).bind("email", email);
        Button save = new Button("Save profile", e -> {
            if (Attempt.inForm(() -> myAccount.updateProfile(displayName.getValue(), email.getValue(), version),
                    errors)) {
                Notifications.success("Saved. Others see your new name from their next page load.");
                // the header shows the name too: reload the page so it does
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return section("Profile", errors, new FormLayout(displayName, email), save);
    }

    private Div passwordSection() {
        PasswordField current = new PasswordField("Current password");
        PasswordField password = new PasswordField("New password");
        password.setHelperText(PasswordRules.HINT);
        PasswordField repeat = new PasswordField("Repeat the new password");
        FormErrors errors = new FormErrors().bind("currentPassword", current).bind("newPassword", password)
                .bind("repeatPassword", repeat);
        Button change = new Button("Change password", e -> {
            if (Attempt.inForm(() -> myAccount.changePassword(current.getValue(), password.getValue(),
                    repeat.getValue()), errors)) {
                current.clear();
                password.clear();
                repeat.clear();
                Notifications.success("Your password is changed");
            }
        });
        FormLayout form = new FormLayout(current, password, repeat);
        return section("Password", errors, form, change);
    }

    private static Div section(String title, FormErrors errors, FormLayout form, Button action) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        H2 heading = new H2(title);
        heading.addClassName("sb-subheading");
        Div section = new Div(heading, errors.generalBox(), form, action);
        section.addClassName("sb-account-section");
        return section;
    }

    private void load() {
        MyAccount.Profile profile = myAccount.profile();
        version = profile.version();
        displayName.setValue(profile.displayName());
        email.setValue(profile.email() == null ? "" : profile.email());
        lead.setText("You sign in as " + profile.username() + (profile.administrator()
                ? "; you are an administrator of this Schemaboard." : "."));
    }
}
