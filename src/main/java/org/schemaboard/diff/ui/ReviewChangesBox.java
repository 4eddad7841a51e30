package org.schemaboard.diff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.schemaboard.diff.DiffService;
import org.schemaboard.diff.ReviewChanges;
import org.schemaboard.editor.ui.EditorContext;

/**
 * In the Review tab, while a request is open: "Changes since vN" with its safety findings, so a reviewer reviews the
 * difference rather than the whole design; and, for a reviewer asked again, what changed since they approved.
 */
class ReviewChangesBox extends Div {

    private final EditorContext context;
    private final DiffService diffs;

    ReviewChangesBox(EditorContext context, DiffService diffs) {
        this.context = context;
        this.diffs = diffs;
        addClassNames("sb-changes", "sb-review-changes");
        context.onReload(m -> refresh());
        refresh();
    }

    private void refresh() {
        removeAll();
        ReviewChanges changes = diffs.reviewChanges(context.designId()).orElse(null);
        setVisible(changes != null);
        if (changes == null) {
            return;
        }
        if (changes.sinceMyApproval() != null) {
            Div mine = new Div(new H3("Changed since you approved"), new Paragraph("Your approval was given before "
                    + "these edits, so it no longer counts: review them and decide again."),
                    DiffViews.changeList(changes.sinceMyApproval()));
            mine.addClassName("sb-review-since-mine");
            mine.getElement().setAttribute("role", "region");
            mine.getElement().setAttribute("aria-label", "Changed since you approved");
            add(mine);
        }
        if (changes.sinceLastApproved() == null) {
            add(new H3("Changes since the last approved version"), new Paragraph("There is no earlier approved "
                    + "version: this is the design's first review, so all of it is new."));
            return;
        }
        String title = "Changes since v" + changes.lastApproved();
        Div since = new Div(new H3(title), DiffViews.changeList(changes.sinceLastApproved()), new H4("Safety checks"),
                DiffViews.findings(changes.findings()));
        since.getElement().setAttribute("role", "region");
        since.getElement().setAttribute("aria-label", title);
        add(since);
    }
}
