package org.schemaboard.review.ui;

import java.util.Map;
import java.util.UUID;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.ElementComments;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.security.CurrentUser;

/** Comment threads for the editor's elements: their open-thread counts, and the dialog that shows them. */
@org.springframework.stereotype.Component
class ElementCommentThreads implements ElementComments {

    private final CommentService comments;
    private final CurrentUser currentUser;

    ElementCommentThreads(CommentService comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    public Map<String, Integer> openThreadCounts(UUID designId) {
        return comments.openThreadCounts(designId);
    }

    @Override
    public void open(EditorContext context, String type, UUID elementId, String label) {
        new ElementThreadsDialog(comments, context, ElementRef.of(type, elementId, label),
                currentUser.require().username()).open();
    }
}
