package org.schemaboard.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.security.ManagedUser;
import org.schemaboard.security.PasswordRules;
import org.schemaboard.security.UserAdministration.NewUser;

/**
 * The form for a new account, or for changing one's display name, e-mail and administrator role. It does not save: it
 * raises a {@link SaveEvent}, and the view shows the service's answer in {@link #errors()}.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final TextField email = new TextField("E-mail");
    private final PasswordField password = new PasswordField("Initial password");
    private final Checkbox administrator = new Checkbox("Administrator (manages accounts and instance settings)");
    private final FormErrors errors = new FormErrors();

    /** @param existing the account to edit, or null for a new one */
    UserDialog(ManagedUser existing) {
        boolean creating = existing == null;
        setHeaderTitle(creating ? "New user" : "Edit " + existing.username());
        setWidth("30rem");

        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'; used to sign in");
        username.setRequiredIndicatorVisible(true);
        displayName.setHelperText("Shown to others in avatars, comments and history");
        displayName.setRequiredIndicatorVisible(true);
        email.setHelperText("Optional");
        password.setHelperText(PasswordRules.HINT + " They choose their own at first sign-in.");
        password.setRequiredIndicatorVisible(true);
        for (TextField field : new TextField[] {username, displayName, email}) {
            field.setWidthFull();
        }
        password.setWidthFull();
        errors.bind("username", username).bind("displayName", displayName).bind("email", email)
                .bind("password", password);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (creating) {
            form.add(username, displayName, email, password, administrator);
        } else {
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            administrator.setValue(existing.administrator());
            form.add(displayName, email, administrator);
        }
        add(errors.generalBox(), form);

        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button(creating ? "Create user" : "Save", e -> fireEvent(new SaveEvent(this,
                new NewUser(username.getValue(), displayName.getValue(), email.getValue(), password.getValue(),
                        administrator.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (creating ? username : displayName).focus();
            }
        });
    }

    /** Where a save's field errors and refusals are shown. */
    FormErrors errors() {
        return errors;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<UserDialog> {
        private final NewUser values;

        SaveEvent(UserDialog source, NewUser values) {
            super(source, false);
            this.values = values;
        }

        /** What was entered; username and password are empty when editing. */
        NewUser values() {
            return values;
        }
    }
}
