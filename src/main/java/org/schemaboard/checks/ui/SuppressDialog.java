package org.schemaboard.checks.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.spec.Check;

/** Asks why a rule does not apply to this element, then suppresses it there (audited, shown in the export). */
final class SuppressDialog extends Dialog {

    SuppressDialog(EditorContext context, ChecksService checks, Check finding) {
        setHeaderTitle("Suppress " + finding.rule() + " on " + finding.subject());
        TextArea reason = new TextArea("Reason");
        reason.setMaxLength(ChecksService.MAX_REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText("Why the rule does not apply here; the exported specification shows it.");
        FormErrors errors = new FormErrors().bind("reason", reason);
        add(new Paragraph(finding.message()), errors.generalBox(), reason);
        Button suppress = new Button("Suppress", e -> {
            if (Saving.attempt(() -> checks.suppress(context.designId(), finding, reason.getValue()), errors, context,
                    "Suppressed " + finding.rule() + " on " + finding.subject())) {
                close();
            }
        });
        suppress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        suppress.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the reason
        getFooter().add(new Button("Cancel", e -> close()), suppress);
    }
}
