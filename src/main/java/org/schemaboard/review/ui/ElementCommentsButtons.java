package org.schemaboard.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.ElementComments;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.security.CurrentUser;

/** The comment button beside each element in the editor: its open-thread count, opening its threads. */
@org.springframework.stereotype.Component
class ElementCommentsButtons implements ElementComments {

    private final CommentService comments;
    private final CurrentUser currentUser;

    ElementCommentsButtons(CommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public Map<String, Integer> openThreadCounts(UUID designId) {
        return comments.openThreadCounts(designId);
    }

    @Override
    public Component button(EditorContext context, String type, UUID elementId, String label, int openThreads) {
        ElementRef element = ElementRef.of(type, elementId, label);
        Button button = new Button(VaadinIcon.COMMENT_O.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("sb-comments-button");
        String what = element.typeLabel().toLowerCase() + " " + label;
        button.setAriaLabel("Comments on " + what + (openThreads > 0 ? " (" + openThreads + " open)" : ""));
        button.setTooltipText(openThreads == 0 ? "Comments" : openThreads + " open "
                + (openThreads == 1 ? "thread" : "threads"));
        if (openThreads > 0) {
            Span count = new Span(String.valueOf(openThreads));
            count.getElement().setAttribute("theme", "badge pill small primary");
            count.addClassName("sb-comments-count");
            button.setSuffixComponent(count);
        }
        button.addClickListener(e -> new ElementThreadsDialog(comments, context, element,
                currentUser.require().username()).open());
        return button;
    }
}
