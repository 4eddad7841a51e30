package org.schemaboard.spec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.schemaboard.spec.Requirements;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.SpecSection;

/**
 * The requirements the design starts from: the architecture and requirements notes (Markdown or text) and where they
 * came from. Kept with the design, commentable like an element (the button beside the title), exported with the
 * specification. Dismissed suggestions are kept as stored; this form does not edit them.
 */
final class RequirementsForm extends SectionForm<Requirements> {

    /** The comment-thread type of the requirements (they have no model element). */
    static final String COMMENT_TYPE = "REQUIREMENTS";

    private final TextArea text = Inputs.prose("Requirements notes",
            "The architecture and requirements documents, pasted or written here");
    private final TextField source = Inputs.line("Source", "Where the notes come from, e.g. requirements.md");
    private final com.vaadin.flow.component.html.Div detected = new com.vaadin.flow.component.html.Div();
    private List<String> dismissed = List.of();

    RequirementsForm(SpecContext context) {
        super(context, SpecSection.REQUIREMENTS, Requirements.class, "What the design must satisfy: the "
                + "architecture and requirements notes the design starts from. Reviewers comment on them like on "
                + "any element.");
        text.addClassName("sb-requirements-text");
        errors.bind("text", text);
        errors.bind("source", source);
        Button comments = new Button("Comments on the requirements", VaadinIcon.COMMENTS_O.create(),
                e -> context.editor().openComments(COMMENT_TYPE, context.editor().designId(), "Requirements"));
        comments.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        detected.addClassName("sb-requirements-detected");
        detected.getElement().setAttribute("role", "region");
        detected.getElement().setAttribute("aria-label", "Detected in the requirements");
        body.add(comments, source, text, detected);
        watch(text, source);
        start();
    }

    @Override
    protected void show(Requirements content) {
        text.setValue(Inputs.text(content.text()));
        source.setValue(Inputs.text(content.source()));
        dismissed = content.dismissed();
    }

    /** The technologies and data patterns the notes name, with the sentence that shows each, as the author types. */
    @Override
    protected void changed() {
        detected.removeAll();
        List<RequirementsScan.Detection> found = RequirementsScan.scan(text.getValue());
        detected.add(new com.vaadin.flow.component.html.H3("Detected in the requirements"));
        if (found.isEmpty()) {
            detected.add(new com.vaadin.flow.component.html.Paragraph("No database technology or data pattern is "
                    + "named yet (PostgreSQL, MongoDB, Redis…; audit, multi-tenancy, analytics, time series…)."));
            return;
        }
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (RequirementsScan.Detection d : found) {
            com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(d.label());
            name.addClassName("sb-requirements-detection");
            list.add(new com.vaadin.flow.component.html.ListItem(name, new com.vaadin.flow.component.html.Span(
                    (d.kind() == RequirementsScan.Kind.TECHNOLOGY ? " (technology): " : " (data pattern): ")
                            + "“" + d.sentences().get(0) + "”")));
        }
        detected.add(list);
    }

    @Override
    protected Requirements read() {
        return new Requirements(text.getValue(), source.getValue(), dismissed);
    }
}
