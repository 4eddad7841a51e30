package org.schemaboard.review.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.review.Comment;
import org.schemaboard.review.CommentMarkdown;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.CommentThread;

/**
 * Comment threads as cards: the element, state, every comment (Markdown rendered safely), and — for those who may
 * comment — reply, edit my comment, resolve and reopen. {@code onChange} runs after every successful write.
 */
class ThreadList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final CommentService comments;
    private final String me;
    private final boolean canComment;
    private final boolean showElement;
    private final Runnable onChange;
    private final List<TextArea> inputs = new java.util.ArrayList<>();

    ThreadList(CommentService comments, String me, boolean canComment, boolean showElement, Runnable onChange) {
        this.comments = comments;
        this.me = me;
        this.canComment = canComment;
        this.showElement = showElement;
        this.onChange = onChange;
        addClassName("sb-threads");
    }

    /** Whether the person has typed into a reply or an edit here (a refresh would lose it). */
    boolean typing() {
        return inputs.stream().anyMatch(t -> t.isAttached() && !t.getValue().isBlank());
    }

    void show(List<CommentThread> threads, String emptyText) {
        removeAll();
        inputs.clear();
        if (threads.isEmpty()) {
            Paragraph none = new Paragraph(emptyText);
            none.addClassName("sb-threads-empty");
            add(none);
        }
        threads.forEach(t -> add(card(t)));
    }

    private Article card(CommentThread thread) {
        Article card = new Article();
        card.addClassName("sb-thread");
        if (thread.resolved()) {
            card.addClassName("sb-thread-resolved");
        }
        String where = thread.element().typeLabel() + " " + thread.element().label();
        card.getElement().setAttribute("aria-label", "Thread on " + where);

        Div head = new Div();
        head.addClassName("sb-thread-head");
        if (showElement) {
            Span element = new Span(where);
            element.addClassName("sb-thread-element");
            head.add(element);
        }
        if (thread.elementDeleted()) {
            head.add(Badges.of("on a deleted element", "contrast small"));
        }
        if (thread.blocking()) {
            head.add(Badges.of("Blocking", thread.resolved() ? "contrast small" : "error small"));
        }
        head.add(thread.resolved()
                ? Badges.of("Resolved" + (thread.resolvedByName() == null ? "" : " by " + thread.resolvedByName()),
                "success small")
                : Badges.of("Open", "small"));
        card.add(head);

        for (Comment c : thread.comments()) {
            card.add(comment(c));
        }
        if (canComment) {
            card.add(actions(thread));
        }
        return card;
    }

    private Div comment(Comment c) {
        Div box = new Div();
        box.addClassName("sb-comment");
        Span author = new Span(c.authorName());
        author.addClassName("sb-comment-author");
        Span when = new Span(time(c.createdAt()) + (c.edited() ? " · edited" : ""));
        when.addClassName("sb-comment-time");
        Div meta = new Div(author, when);
        meta.addClassName("sb-comment-meta");
        Html body = new Html(CommentMarkdown.toHtml(c.body()));
        box.add(meta, body);
        if (canComment && c.author().equals(me)) {
            Button edit = new Button("Edit", e -> edit(box, c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit my comment");
            meta.add(edit);
        }
        return box;
    }

    private void edit(Div box, Comment c) {
        box.removeAll();
        TextArea text = new TextArea("Edit comment");
        text.setValue(c.body());
        text.setWidthFull();
        inputs.add(text);
        Button save = new Button("Save comment", e -> attempt(() -> comments.editComment(c.id(), c.version(),
                text.getValue()), text::setErrorMessage, text));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel", e -> onChange.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("sb-thread-actions");
        box.add(text, buttons);
        text.focus();
    }

    private Div actions(CommentThread thread) {
        TextArea reply = new TextArea("Reply");
        reply.setPlaceholder("Markdown; @username mentions someone");
        reply.setWidthFull();
        reply.setMinRows(1);
        inputs.add(reply);
        Button send = new Button("Reply", VaadinIcon.REPLY.create(), e -> attempt(
                () -> comments.reply(thread.id(), reply.getValue()), reply::setErrorMessage, reply));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button state = thread.resolved()
                ? new Button("Reopen", VaadinIcon.ROTATE_LEFT.create(),
                e -> attempt(() -> comments.reopen(thread.id(), thread.version()), Notifications::error, null))
                : new Button("Resolve", VaadinIcon.CHECK.create(),
                e -> attempt(() -> comments.resolve(thread.id(), thread.version()), Notifications::error, null));
        state.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(send, state);
        buttons.addClassName("sb-thread-actions");
        return new Div(reply, buttons);
    }

    private void attempt(Runnable write, Consumer<String> showError, TextArea field) {
        try {
            write.run();
        } catch (ValidationException e) {
            if (field != null) {
                field.setInvalid(true);
            }
            showError.accept(e.getMessage());
            return;
        } catch (UserFacingException e) {
            Notifications.error(e.getMessage());
            onChange.run();
            return;
        }
        onChange.run();
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(ZoneId.systemDefault()).format(WHEN);
    }
}
