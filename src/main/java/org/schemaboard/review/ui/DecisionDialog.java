package org.schemaboard.review.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.review.ReviewService;

/** A reviewer's decision: approve (comment optional) or request changes (comment required). */
class DecisionDialog extends Dialog {

    DecisionDialog(ReviewService reviews, UUID designId, boolean approve, Runnable onDone) {
        setHeaderTitle(approve ? "Approve the design" : "Request changes");
        setWidth("min(34rem, 95vw)");
        TextArea comment = new TextArea(approve ? "Comment (optional)" : "What should change");
        comment.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.addClassName("sb-form-error");
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        add(comment, problem);
        Button confirm = new Button(approve ? "Approve" : "Request changes", e -> {
            int number;
            try {
                if (approve) {
                    number = reviews.approve(designId, comment.getValue());
                } else {
                    reviews.requestChanges(designId, comment.getValue());
                    number = -1;
                }
            } catch (ValidationException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
                return;
            } catch (NotAllowedException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
                close();
                onDone.run();
                return;
            }
            close();
            Notifications.success(number > 0 ? "Approved: the design is frozen as v" + number
                    : number == 0 ? "Approved; waiting for the other reviewers" : "Changes requested: back to draft");
            onDone.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS
                : ButtonVariant.LUMO_ERROR);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the comment
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
