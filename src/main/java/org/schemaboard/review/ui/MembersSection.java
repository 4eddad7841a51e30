package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import org.schemaboard.design.DesignService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;

/** The editor's Members tab: who has which role; owners add, remove and change roles. */
@org.springframework.stereotype.Component
class MembersSection implements EditorSection {

    private final DesignService designs;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    MembersSection(DesignService designs, AccountService accounts, CurrentUser currentUser) {
        this.designs = designs;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "members";
    }

    @Override
    public String label() {
        return "Members";
    }

    @Override
    public int order() {
        return 9500;
    }

    @Override
    public Component create(EditorContext context, QueryParameters query) {
        return new MembersPanel(context, designs, accounts, currentUser.require().username());
    }
}
