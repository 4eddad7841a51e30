package org.schemaboard.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.review.CommentMarkdown;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SpecificationService;

/**
 * The author's self-critique as the reviewer reads it in the Review tab, part by part (Markdown shown safely, as
 * comments are). Refreshed on every reload of the editor, so a reviewer sees the author's latest words.
 */
final class SelfCritiqueBox extends Div {

    private final EditorContext context;
    private final SpecificationService specifications;

    SelfCritiqueBox(EditorContext context, SpecificationService specifications) {
        this.context = context;
        this.specifications = specifications;
        addClassName("sb-self-critique-box");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Author's self-critique");
        show();
        context.onReload(model -> show());
    }

    private void show() {
        removeAll();
        add(new H3("Author's self-critique"));
        SelfCritique critique = specifications.load(context.designId()).selfCritique();
        if (critique.missing().size() == SelfCritique.Part.values().length) {
            add(new Paragraph("Not written yet: the author writes it (Plans → Self-critique) before asking for a "
                    + "review."));
            return;
        }
        Div parts = new Div();
        for (SelfCritique.Part part : SelfCritique.Part.values()) {
            String text = critique.text(part);
            parts.add(new H4(part.label()));
            parts.add(text == null || text.isBlank() ? new Paragraph("Not written.")
                    : new Html("<div class=\"sb-comment-body\">" + CommentMarkdown.toHtml(text) + "</div>"));
        }
        Details details = new Details("Read the seven parts", parts);
        details.setOpened(true);
        add(details);
    }
}
