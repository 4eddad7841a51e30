package org.schemaboard.review.ui;

import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignMember;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.review.ReviewService;

/** Asks chosen reviewers (members who are reviewers or owners) to review the design, with a message. */
class RequestReviewDialog extends Dialog {

    RequestReviewDialog(ReviewService reviews, DesignService designs, UUID designId, String me, Runnable onDone) {
        setHeaderTitle("Request review");
        setWidth("min(34rem, 95vw)");
        List<DesignMember> candidates = designs.members(designId).stream()
                .filter(m -> RoleRequirement.REVIEW.test(m.role()) && !m.username().equals(me)).toList();
        MultiSelectComboBox<DesignMember> reviewers = new MultiSelectComboBox<>("Reviewers");
        reviewers.setItems(candidates);
        reviewers.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        reviewers.setWidthFull();
        TextArea message = new TextArea("Message");
        message.setPlaceholder("What should the reviewers look at?");
        message.setWidthFull();
        add(reviewers, message);
        if (candidates.isEmpty()) {
            add(new Paragraph("Nobody here can review yet: an owner adds reviewers in the Members section."));
        }
        Paragraph critique = new Paragraph();
        critique.addClassName("sb-form-error");
        critique.getElement().setAttribute("role", "alert");
        java.util.Optional<String> missing = reviews.missingSelfCritique(designId);
        critique.setText(missing.orElse(""));
        critique.setVisible(missing.isPresent());
        add(critique);
        Button send = new Button("Send request", e -> {
            try {
                reviews.requestReview(designId, reviewers.getValue().stream().map(DesignMember::username).toList(),
                        message.getValue());
            } catch (ValidationException ex) {
                reviewers.setInvalid(ex.fieldErrors().containsKey("reviewers"));
                reviewers.setErrorMessage(ex.fieldErrors().get("reviewers"));
                message.setInvalid(ex.fieldErrors().containsKey("message"));
                message.setErrorMessage(ex.fieldErrors().get("message"));
                if (ex.fieldErrors().containsKey("selfCritique")) {
                    critique.setText(ex.fieldErrors().get("selfCritique"));
                    critique.setVisible(true);
                }
                return;
            } catch (NotAllowedException | NotFoundException ex) {
                Notifications.error(ex.getMessage());
                return;
            }
            close();
            Notifications.success("Review requested: the design is in review");
            onDone.run();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(missing.isEmpty()); // the service refuses too; the disabled button says so before typing
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL); // plain Enter belongs to the message
        getFooter().add(new Button("Cancel", e -> close()), send);
    }
}
