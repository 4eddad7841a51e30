package org.schemaboard.spec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemaboard.spec.CritiqueFacts;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SelfCritique.Part;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;

/**
 * The author's self-critique: one Markdown area per part of the brief's template, each beside the facts of the design
 * that part should reflect on (open findings, denormalizations, indexes serving no query pattern, assumptions). The
 * facts are recomputed on every reload; "Start from these facts" copies them into an empty part as a list to answer.
 */
final class SelfCritiqueForm extends SectionForm<SelfCritique> {

    private final Map<Part, TextArea> areas = new EnumMap<>(Part.class);
    private final Map<Part, Div> factBoxes = new EnumMap<>(Part.class);
    private final Span status = new Span();
    private Map<Part, List<String>> facts = Map.of();

    SelfCritiqueForm(SpecContext context) {
        super(context, SpecSection.SELF_CRITIQUE, SelfCritique.class, "Your reflection on this design, under the "
                + "brief's headings. Every part must be written before a review can be requested; the reviewer "
                + "reads it in the Review tab and it is part of the exported specification.");
        status.getElement().setAttribute("role", "status");
        status.addClassName("sb-hint");
        body.add(status);
        for (Part part : Part.values()) {
            TextArea area = Inputs.prose(part.label(), part.helper());
            errors.bind(part.key(), area);
            areas.put(part, area);
            Div factBox = new Div();
            factBox.addClassName("sb-critique-facts");
            factBoxes.put(part, factBox);
            Div block = new Div(new H3(part.label()), factBox, area);
            block.addClassName("sb-critique-part");
            body.add(block);
            watch(area);
        }
        start();
        showFacts(context.spec());
        context.onReload((spec, fromOthers) -> showFacts(spec));
    }

    private void showFacts(Specification spec) {
        facts = CritiqueFacts.of(context.model(), spec, context.checks(spec));
        factBoxes.forEach((part, box) -> {
            box.removeAll();
            List<String> list = facts.get(part);
            if (list.isEmpty()) {
                box.add(new Span("No facts from the design for this part; reflect in your own words."));
                return;
            }
            Span title = new Span("Facts to reflect on (" + list.size() + ")");
            title.addClassName("sb-critique-facts-title");
            UnorderedList items = new UnorderedList(list.stream().map(ListItem::new).toArray(ListItem[]::new));
            items.getElement().setAttribute("aria-label", "Facts for " + part.label().toLowerCase());
            Button quote = new Button("Start from these facts", e -> {
                TextArea area = areas.get(part);
                if (area.getValue().isBlank()) {
                    area.setValue(list.stream().map(f -> "- " + f + " — ").collect(Collectors.joining("\n")));
                }
            });
            quote.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            quote.addClassName("sb-spec-edit-only");
            quote.getElement().setAttribute("aria-label", "Start " + part.label().toLowerCase() + " from the facts");
            quote.setVisible(context.canEdit());
            box.add(title, items, quote);
        });
    }

    @Override
    protected void show(SelfCritique content) {
        for (Part part : Part.values()) {
            areas.get(part).setValue(Inputs.text(content.text(part)));
        }
    }

    @Override
    protected SelfCritique read() {
        return new SelfCritique(areas.get(Part.MODELING_DECISIONS).getValue(), areas.get(Part.PERFORMANCE).getValue(),
                areas.get(Part.TECHNOLOGY_CHOICES).getValue(), areas.get(Part.MIGRATION).getValue(),
                areas.get(Part.WENT_WELL).getValue(), areas.get(Part.LESSONS_LEARNED).getValue(),
                areas.get(Part.RECOMMENDATIONS).getValue());
    }

    @Override
    protected void changed() {
        if (areas.size() < Part.values().length) {
            return; // still building
        }
        List<Part> missing = read().missing();
        status.setText(missing.isEmpty() ? "All seven parts are written: a review can be requested."
                : missing.size() + " of 7 parts still empty: " + missing.stream()
                .map(p -> p.label().toLowerCase()).collect(Collectors.joining(", ")));
    }
}
