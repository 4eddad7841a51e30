package org.schemaboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.editor.ui.EditorContext;

/** The comment threads of one element, and a form to start another. Viewers read them. */
class ElementThreadsDialog extends Dialog {

    private final CommentService comments;
    private final EditorContext context;
    private final ElementRef element;
    private final ThreadList list;

    ElementThreadsDialog(CommentService comments, EditorContext context, ElementRef element, String me) {
        this.comments = comments;
        this.context = context;
        this.element = element;
        boolean canComment = context.role().name().equals("VIEWER") ? false : true;
        setHeaderTitle("Comments on " + element.typeLabel().toLowerCase() + " " + element.label());
        setWidth("min(44rem, 95vw)");
        addClassName("sb-threads-dialog");
        list = new ThreadList(comments, me, canComment, false, this::refresh);
        add(list);
        if (canComment) {
            add(new NewThreadForm(comments, context.designId(), element, this::refresh));
        } else {
            Paragraph note = new Paragraph("As a viewer you can read comments; owners, editors and reviewers write them.");
            note.addClassName("sb-hint");
            add(note);
        }
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                context.reload();
            }
        });
        refresh();
    }

    private void refresh() {
        list.show(comments.threadsOf(context.designId(), element.key()), "No comments yet.");
    }
}
