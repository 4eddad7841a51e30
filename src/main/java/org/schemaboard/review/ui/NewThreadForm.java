package org.schemaboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;

/** Starts a thread on one element: the first comment and whether approval must wait for it. */
class NewThreadForm extends Div {

    NewThreadForm(CommentService comments, UUID designId, ElementRef element, Runnable onChange) {
        addClassName("sb-new-thread");
        TextArea text = new TextArea("New comment");
        text.setPlaceholder("Markdown; @username mentions someone");
        text.setWidthFull();
        Checkbox blocking = new Checkbox("Blocking: approval waits until this thread is resolved");
        Button send = new Button("Comment", e -> {
            try {
                comments.startThread(designId, element, text.getValue(), blocking.getValue());
            } catch (ValidationException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ex.getMessage());
                return;
            } catch (NotAllowedException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
                return;
            }
            text.clear();
            text.setInvalid(false);
            blocking.clear();
            onChange.run();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div row = new Div(blocking, send);
        row.addClassName("sb-thread-actions");
        add(text, row);
    }
}
