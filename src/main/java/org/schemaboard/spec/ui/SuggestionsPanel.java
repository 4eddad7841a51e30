package org.schemaboard.spec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.spec.suggestion.Suggestion;
import org.schemaboard.spec.suggestion.SuggestionService;

/**
 * The requirements' suggestions: each with what it does and the sentence that triggered it, and Apply / Dismiss for
 * editors. Applied ones stay listed as applied (undoing brings the buttons back); dismissed ones are listed last with
 * "Offer again". Follows the saved requirements: while the notes have unsaved changes it says so, and dismissing
 * waits for the save (it saves the requirements section, which would otherwise replace the unsaved input).
 */
final class SuggestionsPanel extends Div {

    private final SpecContext context;
    private final SuggestionService service;
    private final Paragraph unsavedHint = new Paragraph("The notes have unsaved changes: save them to update the "
            + "suggestions.");
    private final Div list = new Div();
    private boolean unsaved;

    SuggestionsPanel(SpecContext context, SuggestionService service) {
        this.context = context;
        this.service = service;
        addClassName("sb-suggestions");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Suggestions");
        unsavedHint.addClassName("sb-hint");
        unsavedHint.setVisible(false);
        Paragraph lead = new Paragraph("The brief's adaptations for what the saved requirements name. Applying one "
                + "makes ordinary changes: in the history, and undone in one step.");
        lead.addClassName("sb-hint");
        add(new H3("Suggestions"), lead, unsavedHint, list);
        context.onReload((spec, fromOthers) -> refresh());
        refresh();
    }

    /** The form's input differs from the saved notes (or no longer does). */
    void unsaved(boolean value) {
        if (value != unsaved) {
            unsaved = value;
            unsavedHint.setVisible(value);
            refresh();
        }
    }

    private void refresh() {
        list.removeAll();
        List<Suggestion> all = service.list(context.editor().designId());
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing to suggest yet: the saved requirements name no database and no "
                    + "data pattern the brief adapts to (audit, multi-tenancy, time series, large volumes, analytics, "
                    + "search).");
            empty.addClassName("sb-suggestions-empty");
            list.add(empty);
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("sb-suggestion-list");
        all.stream().filter(s -> s.status() != Suggestion.Status.DISMISSED).forEach(s -> items.add(item(s)));
        all.stream().filter(s -> s.status() == Suggestion.Status.DISMISSED).forEach(s -> items.add(item(s)));
        list.add(items);
    }

    private ListItem item(Suggestion s) {
        H4 title = new H4(s.title());
        title.addClassName("sb-suggestion-title");
        Paragraph does = new Paragraph(s.does());
        Paragraph why = new Paragraph(s.detected() + ", from the requirements: “" + s.sentence() + "”");
        why.addClassName("sb-hint");
        ListItem item = new ListItem(title, does, why);
        item.addClassName("sb-suggestion");
        Div actions = new Div();
        actions.addClassName("sb-suggestion-actions");
        switch (s.status()) {
            case APPLIED -> actions.add(status("Applied: in the design", "sb-suggestion-applied"));
            case DISMISSED -> {
                actions.add(status("Dismissed", "sb-suggestion-dismissed"));
                if (context.canEdit()) {
                    actions.add(button("Offer again", s, ButtonVariant.LUMO_TERTIARY,
                            () -> service.offerAgain(designId(), s.key()), "Offered again: " + s.title()));
                }
            }
            case OFFERED -> {
                if (s.blockedBecause() != null) {
                    actions.add(status(s.blockedBecause(), "sb-suggestion-blocked"));
                }
                if (context.canEdit()) {
                    Button apply = button("Apply", s, ButtonVariant.LUMO_PRIMARY,
                            () -> service.apply(designId(), s.key()), "Applied: " + s.title());
                    apply.setEnabled(s.blockedBecause() == null);
                    Button dismiss = button("Dismiss", s, ButtonVariant.LUMO_TERTIARY,
                            () -> service.dismiss(designId(), s.key()), "Dismissed: " + s.title());
                    dismiss.setEnabled(!unsaved);
                    actions.add(apply, dismiss);
                }
            }
            default -> throw new IllegalStateException();
        }
        item.add(actions);
        return item;
    }

    private Button button(String text, Suggestion s, ButtonVariant variant, Runnable write, String done) {
        Button button = new Button(text, e -> Saving.attempt(write, context.editor(), done));
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", text + " " + s.title());
        return button;
    }

    private static Span status(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private java.util.UUID designId() {
        return context.editor().designId();
    }
}
