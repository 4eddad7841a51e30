package org.schemaboard.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Attempt;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.audit.ChangeSummary;
import org.schemaboard.security.ManagedUser;
import org.schemaboard.security.PasswordRules;
import org.schemaboard.security.UserAdministration;

/**
 * Administrators manage accounts here: create, edit, disable and re-enable, reset a password, lift a lock-out, and
 * turn self sign-up on or off. The route is for administrators only, and the service refuses everyone else as well.
 */
@Route("users")
@PageTitle("Users · Schemaboard")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final int HISTORY_ROWS = 50;

    private final UserAdministration administration;
    private final Grid<ManagedUser> grid = new Grid<>(ManagedUser.class, false);
    private final Grid<AuditRecord> history = new Grid<>(AuditRecord.class, false);
    private final Checkbox selfSignUp = new Checkbox("Anyone may create their own account on the sign-in page "
            + "(self sign-up)");

    public UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassName("sb-page");

        H1 title = new H1("Users");
        title.addClassName("sb-page-title");
        Paragraph lead = new Paragraph("Everyone who can sign in to this Schemaboard. New users and users whose "
                + "password you reset choose their own password when they next sign in.");
        lead.addClassName("sb-page-lead");

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        selfSignUp.setValue(administration.selfSignUpEnabled());
        selfSignUp.addValueChangeListener(e -> {
            if (e.isFromClient() && Attempt.action(() -> administration.setSelfSignUp(e.getValue()))) {
                Notifications.success(e.getValue() ? "Self sign-up is on" : "Self sign-up is off");
                refresh();
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(selfSignUp, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.addClassName("sb-toolbar");

        configureGrid();
        configureHistory();
        H2 historyTitle = new H2("Account history");
        historyTitle.addClassName("sb-subheading");
        add(title, lead, toolbar, grid, historyTitle, history);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel("Users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(UsersView::nameCell).setHeader("User").setFlexGrow(2);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader("E-mail").setFlexGrow(2);
        grid.addComponentColumn(u -> u.administrator() ? Badges.of("Administrator", "primary small")
                : Badges.of("User", "contrast small")).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(UsersView::statusCell).setHeader("Status").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(u -> u.lastSignInAt() == null ? "Never" : local(u.lastSignInAt()).format(WHEN))
                .setHeader("Last sign-in").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    private void configureHistory() {
        history.setAriaLabel("Account history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(r -> local(r.occurredAt()).format(WHEN)).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> r.action().name().replace('_', ' ').toLowerCase(Locale.ROOT) + " "
                        + (r.elementName() == null ? "" : r.elementName()))
                .setHeader("What").setFlexGrow(1);
        history.addColumn(r -> ChangeSummary.of(r.oldValue(), r.newValue())).setHeader("Change").setFlexGrow(2);
        history.setAllRowsVisible(true);
    }

    private static Component nameCell(ManagedUser user) {
        Span name = new Span(user.displayName());
        name.addClassName("sb-cell-strong");
        Span username = new Span(user.username());
        username.addClassName("sb-cell-sub");
        Div cell = new Div(name, username);
        cell.addClassName("sb-stack");
        return cell;
    }

    private static Component statusCell(ManagedUser user) {
        Div badges = new Div();
        badges.addClassNames("sb-stack", "sb-badges");
        if (!user.enabled()) {
            badges.add(Badges.of("Disabled", "error small"));
        } else if (user.locked()) {
            badges.add(Badges.of("Locked until " + local(user.lockedUntil()).format(TIME), "error small"));
        } else {
            badges.add(Badges.of("Active", "success small"));
        }
        if (user.mustChangePassword()) {
            badges.add(Badges.of("Must change password", "small"));
        }
        return badges;
    }

    private Component actions(ManagedUser user) {
        Button edit = small("Edit", "Edit " + user.username(), () -> openEdit(user));
        Button reset = small("Reset password", "Reset the password of " + user.username(), () -> openReset(user));
        Button toggle = user.enabled()
                ? small("Disable", "Disable " + user.username(), () -> setEnabled(user, false))
                : small("Enable", "Enable " + user.username(), () -> setEnabled(user, true));
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        HorizontalLayout buttons = new HorizontalLayout(edit, reset, toggle);
        if (user.locked()) {
            buttons.add(small("Unlock", "Unlock " + user.username(), () -> {
                if (Attempt.action(() -> administration.unlock(user.id()))) {
                    Notifications.success(user.username() + " can sign in again");
                    refresh();
                }
            }));
        }
        buttons.setSpacing(false);
        return buttons;
    }

    private static Button small(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private void setEnabled(ManagedUser user, boolean enabled) {
        if (Attempt.action(() -> administration.setEnabled(user.id(), enabled))) {
            Notifications.success(enabled ? user.username() + " can sign in again"
                    : user.username() + " is disabled and can no longer sign in");
            refresh();
        }
    }

    private void openCreate() {
        UserDialog dialog = new UserDialog(null);
        dialog.addSaveListener(e -> {
            if (Attempt.inForm(() -> administration.create(e.values()), dialog.errors())) {
                dialog.close();
                Notifications.success("Created " + e.values().username().strip() + ". Tell them their initial "
                        + "password; they choose their own when they first sign in.");
                refresh();
            }
        });
        dialog.open();
    }

    private void openEdit(ManagedUser user) {
        UserDialog dialog = new UserDialog(user);
        dialog.addSaveListener(e -> {
            if (Attempt.inForm(() -> administration.update(user.id(), e.values().displayName(), e.values().email(),
                    e.values().administrator(), user.version()), dialog.errors())) {
                dialog.close();
                Notifications.success("Saved " + user.username());
                refresh();
            }
        });
        dialog.open();
    }

    private void openReset(ManagedUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + user.username());
        dialog.setWidth("28rem");
        Paragraph explain = new Paragraph("Give " + user.displayName() + " this password; they must choose their "
                + "own when they next sign in. A lock-out after failed sign-ins ends too.");
        PasswordField password = new PasswordField("New password");
        password.setHelperText(PasswordRules.HINT);
        password.setWidthFull();
        FormErrors errors = new FormErrors().bind("password", password);
        dialog.add(errors.generalBox(), explain, password);
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button save = new Button("Reset password", e -> {
            if (Attempt.inForm(() -> administration.resetPassword(user.id(), password.getValue()), errors)) {
                dialog.close();
                Notifications.success("Reset the password of " + user.username());
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        password.focus();
    }

    private void refresh() {
        grid.setItems(administration.list());
        history.setItems(administration.history(HISTORY_ROWS));
        selfSignUp.setValue(administration.selfSignUpEnabled());
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
