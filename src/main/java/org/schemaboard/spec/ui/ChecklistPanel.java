package org.schemaboard.spec.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.spec.ChecklistTicks;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationChecklist;

/**
 * The brief's validation checklist: items the model can judge are ticked or not by the model, with the evidence; the
 * others are ticked by hand (owners and editors), with a hint of what the related section holds.
 */
final class ChecklistPanel extends Div {

    private final SpecContext context;
    private final Div items = new Div();
    private final FormErrors errors = new FormErrors();

    ChecklistPanel(SpecContext context) {
        this.context = context;
        addClassName("sb-spec-checklist");
        H2 title = new H2("Validation checklist");
        title.addClassName("sb-subheading");
        Paragraph lead = new Paragraph("The brief's checklist for this design. Items marked \"checked by the model\" "
                + "follow the design itself; the others are ticked by hand once a person has verified them.");
        lead.addClassName("sb-hint");
        add(new Overview(context), title, lead, errors.generalBox(), items);
        show(context.spec());
        context.onReload((spec, fromOthers) -> show(spec));
    }

    private void show(Specification spec) {
        items.removeAll();
        for (SpecificationChecklist.Result result : SpecificationChecklist.evaluate(context.model(), spec, context.checks(spec))) {
            SpecificationChecklist.Item item = result.item();
            Div text = new Div();
            Span how = new Span(item.computed() ? "Checked by the model" : "Ticked by hand");
            how.getElement().getThemeList().add("badge small " + (item.computed() ? "" : "contrast"));
            Paragraph evidence = new Paragraph(result.evidence());
            evidence.addClassName("sb-hint");
            Div row = new Div();
            row.addClassName("sb-spec-checklist-item");
            if (item.computed()) {
                Icon icon = (result.done() ? VaadinIcon.CHECK_SQUARE_O : VaadinIcon.THIN_SQUARE).create();
                icon.getElement().setAttribute("role", "img");
                icon.getElement().setAttribute("aria-label", result.done() ? "met" : "not met");
                icon.addClassName(result.done() ? "sb-spec-met" : "sb-spec-unmet");
                text.add(new Span(item.text()), new Span(" "), how, evidence);
                row.add(icon, text);
            } else {
                Checkbox tick = new Checkbox(item.text(), result.done());
                tick.setReadOnly(!context.canEdit());
                tick.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        tickByHand(item.key(), e.getValue());
                    }
                });
                text.add(tick, new Span(" "), how, evidence);
                row.add(text);
            }
            items.add(row);
        }
    }

    private void tickByHand(String key, boolean ticked) {
        Specification spec = context.spec();
        List<String> all = new ArrayList<>(spec.checklistTicks().ticked());
        all.remove(key);
        if (ticked) {
            all.add(key);
        }
        int version = spec.version(SpecSection.CHECKLIST);
        if (!Saving.attempt(() -> context.service().save(context.editor().designId(), version,
                new ChecklistTicks(all)), errors, context.editor(), null)) {
            show(context.spec());
        }
    }
}
