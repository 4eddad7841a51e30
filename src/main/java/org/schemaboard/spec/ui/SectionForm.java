package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.StoredSection;

/**
 * One section as a form saved as a whole. Subclasses build their inputs, and say how the section's record is shown
 * in them ({@link #show}) and read back ({@link #read}). Read-only for reviewers and viewers. When someone else saves
 * while this person has unsaved input, the input is kept and a notice says so (saving then reports the conflict).
 */
public abstract class SectionForm<T extends SectionContent> extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    protected final SpecContext context;
    protected final FormErrors errors = new FormErrors();
    protected final Div body = new Div();
    private final SpecSection section;
    private final Class<T> type;
    private final Span lastSaved = new Span();
    private final Div notice = new Div();
    private final Button save = new Button();
    private StoredSection<?> stored;
    private boolean showing;

    protected SectionForm(SpecContext context, SpecSection section, Class<T> type, String intro) {
        this.context = context;
        this.section = section;
        this.type = type;
        addClassName("sb-spec-form");
        H2 title = new H2(section.label());
        title.addClassName("sb-subheading");
        Paragraph lead = new Paragraph(intro);
        lead.addClassName("sb-hint");
        lastSaved.addClassName("sb-hint");
        notice.addClassName("sb-readonly-banner");
        notice.setVisible(false);
        body.addClassName("sb-spec-body");
        save.setText("Save " + section.label().toLowerCase());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(context.canEdit());
        Div actions = new Div(save, lastSaved);
        actions.addClassName("sb-spec-actions");
        add(title, lead, notice, errors.generalBox(), body, actions);
    }

    /** Builds the inputs into {@link #body}; call once from the subclass constructor, then {@link #start()}. */
    protected void start() {
        stored = context.spec().stored(section);
        display(type.cast(stored.content()));
        context.onReload(this::reloaded);
    }

    protected abstract void show(T content);

    protected abstract T read();

    /** Called after every change of an input (and after a reload); forms with live checks override it. */
    protected void changed() {
    }

    /** Makes every input report its changes to {@link #changed()}. */
    protected void watch(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> {
                if (!showing) {
                    changed();
                }
            });
        }
    }

    /** The specification with this form's unsaved input in place of the stored section. */
    protected Specification withInput() {
        return context.spec().with(read());
    }

    private void display(T content) {
        showing = true;
        try {
            show(content);
        } finally {
            showing = false;
        }
        if (!context.canEdit()) {
            readOnly(body);
        }
        lastSaved.setText(stored.version() == 0 ? "Not written yet" : "Last saved by " + stored.updatedBy() + ", "
                + stored.updatedAt().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN));
        changed();
    }

    /** Rows added after a read-only display must be read-only too. */
    protected void readOnlyIfViewer(Component component) {
        if (!context.canEdit()) {
            readOnly(component);
        }
    }

    private void reloaded(Specification spec, boolean fromOthers) {
        StoredSection<?> fresh = spec.stored(section);
        boolean theirs = fresh.version() != stored.version();
        boolean dirty = !Objects.equals(read(), stored.content());
        if (fromOthers && theirs && dirty) {
            notice.setText(fresh.updatedBy() + " saved this section meanwhile. Your unsaved input is kept here; "
                    + "saving it will report the conflict, then reload to see their version.");
            notice.setVisible(true);
            return;
        }
        if (theirs || !dirty) {
            stored = fresh;
            notice.setVisible(false);
            display(type.cast(fresh.content()));
        } else {
            changed();
        }
    }

    /** Saves the inputs as the save button does (a form that fills its inputs from elsewhere, e.g. an upload). */
    protected void saveNow() {
        save();
    }

    private void save() {
        T input = read();
        int version = stored.version();
        Saving.attempt(() -> context.service().save(context.editor().designId(), version, input), errors,
                context.editor(), "Saved " + section.label().toLowerCase());
    }

    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> value) {
            value.setReadOnly(true);
        }
        if (component instanceof Button button && button.hasClassName("sb-spec-edit-only")) {
            button.setVisible(false);
        }
        component.getChildren().forEach(SectionForm::readOnly);
    }
}
