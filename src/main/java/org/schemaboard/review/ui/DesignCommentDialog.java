package org.schemaboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.schemaboard.review.CommentService;

/** Starts a thread on the design as a whole. */
class DesignCommentDialog extends Dialog {

    DesignCommentDialog(CommentService comments, UUID designId, Runnable onChange) {
        setHeaderTitle("Comment on the design");
        setWidth("min(40rem, 95vw)");
        add(new NewThreadForm(comments, designId, ReviewPanel.designRef(designId), () -> {
            close();
            onChange.run();
        }));
        getFooter().add(new Button("Cancel", e -> close()));
    }
}
