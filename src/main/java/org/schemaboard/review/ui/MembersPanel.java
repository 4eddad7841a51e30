package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignMember;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.UserAccount;

/** Members and roles. Owners change them (a design always keeps one owner); everyone else reads the list. */
class MembersPanel extends Div {

    private final EditorContext context;
    private final DesignService designs;
    private final AccountService accounts;
    private final String me;
    private final boolean owner;
    private final Grid<DesignMember> grid = new Grid<>();
    private final ComboBox<UserAccount> account = new ComboBox<>("Person");
    private final Select<DesignRole> role = new Select<>();

    MembersPanel(EditorContext context, DesignService designs, AccountService accounts, String me) {
        this.context = context;
        this.designs = designs;
        this.accounts = accounts;
        this.me = me;
        this.owner = context.role() == DesignRole.OWNER;
        addClassName("sb-members");

        H2 heading = new H2("Members");
        Paragraph roles = new Paragraph("Owners manage members and delete the design; editors change the model; "
                + "reviewers comment and approve handoffs; viewers read.");
        roles.addClassName("sb-hint");
        add(heading, roles);

        grid.setAriaLabel("Members");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(DesignMember::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(DesignMember::username).setHeader("Username").setFlexGrow(1);
        grid.addComponentColumn(this::roleCell).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        if (owner) {
            grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        add(grid);

        if (owner) {
            account.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
            account.setPlaceholder("Choose a person");
            role.setLabel("Role");
            role.setItems(DesignRole.values());
            role.setItemLabelGenerator(DesignRole::label);
            role.setValue(DesignRole.VIEWER);
            Button add = new Button("Add member", VaadinIcon.PLUS.create(), e -> {
                if (account.getValue() == null) {
                    account.setInvalid(true);
                    account.setErrorMessage("Choose who to add");
                    return;
                }
                if (attempt(() -> designs.setMember(context.designId(), account.getValue().username(),
                        role.getValue()), "Added " + account.getValue().displayName())) {
                    account.clear();
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(account, role, add);
            form.addClassName("sb-members-add");
            add(form);
        }
        refresh();
    }

    private Component roleCell(DesignMember member) {
        if (!owner) {
            return Badges.of(member.role().label(), "contrast small");
        }
        Select<DesignRole> select = new Select<>();
        select.setItems(DesignRole.values());
        select.setItemLabelGenerator(DesignRole::label);
        select.setValue(member.role());
        select.setAriaLabel("Role of " + member.displayName());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !attempt(() -> designs.setMember(context.designId(),
                    member.username(), e.getValue()), member.displayName() + " is now " + e.getValue().label())) {
                refresh();
            }
        });
        return select;
    }

    private Component removeButton(DesignMember member) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> attempt(
                () -> designs.removeMember(context.designId(), member.username()),
                "Removed " + member.displayName()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + member.displayName());
        return remove;
    }

    private boolean attempt(Runnable write, String success) {
        try {
            write.run();
        } catch (ValidationException | NotAllowedException | NotFoundException e) {
            Notifications.error(e.getMessage());
            refresh();
            return false;
        }
        Notifications.success(success);
        refresh();
        return true;
    }

    private void refresh() {
        List<DesignMember> members = designs.members(context.designId());
        grid.setItems(members);
        if (owner) {
            Set<String> in = members.stream().map(DesignMember::username).collect(Collectors.toSet());
            account.setItems(accounts.findAll().stream().filter(a -> !in.contains(a.username())).toList());
        }
    }
}
