package org.schemaboard.review;

import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignMember;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on the elements of a design. Owners, editors and reviewers write comments and resolve or reopen
 * threads; viewers only read. Only its author edits a comment (it is then shown as edited).
 */
@Service
public class CommentService {

    public static final int MAX_BODY_LENGTH = 10_000;
    /** {@code @rita}, not an e-mail address (no word character or @ right before it). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@/])@([A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]|[A-Za-z0-9])");

    private final CommentRepository comments;
    private final DesignService designs;
    private final DesignModelService models;
    private final NotificationService notifications;
    private final CurrentUser currentUser;

    CommentService(CommentRepository comments, DesignService designs, DesignModelService models,
                   NotificationService notifications, CurrentUser currentUser) {
        this.comments = comments;
        this.designs = designs;
        this.models = models;
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    /**
     * Starts a thread on an element with its first comment. A model element must exist in the design; its current name
     * becomes the thread's label. {@code blocking}: approval of the design is refused while the thread is open.
     */
    @Transactional
    public UUID startThread(UUID designId, ElementRef element, String body, boolean blocking) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.COMMENT);
        String text = validBody(body);
        ElementRef target = validElement(designId, element);
        UUID threadId = UUID.randomUUID();
        UUID commentId = UUID.randomUUID();
        comments.insertThread(threadId, designId, target, blocking, me.id());
        comments.insertComment(commentId, threadId, me.id(), text);
        List<UUID> mentioned = mention(designId, commentId, text);
        String what = describe(target);
        notifications.tell(mentioned, designId, AppNotification.Kind.MENTION,
                me.displayName() + " mentioned you on " + what + ": " + excerpt(text), threadId);
        designs.recordActivity(Change.to(designId, ElementType.COMMENT, threadId, "comment on " + what)
                .created(Map.of("element", target.type() + " " + target.key(), "blocking", blocking, "body", text)));
        return threadId;
    }

    /** Adds a comment to a thread, resolved or not. */
    @Transactional
    public UUID reply(UUID threadId, String body) {
        SignedInUser me = currentUser.require();
        CommentRepository.ThreadRow thread = thread(threadId);
        designs.requireRole(thread.designId(), RoleRequirement.COMMENT);
        String text = validBody(body);
        List<UUID> before = comments.participants(threadId);
        UUID commentId = UUID.randomUUID();
        comments.insertComment(commentId, threadId, me.id(), text);
        List<UUID> mentioned = mention(thread.designId(), commentId, text);
        String what = describe(thread);
        notifications.tell(mentioned, thread.designId(), AppNotification.Kind.MENTION,
                me.displayName() + " mentioned you on " + what + ": " + excerpt(text), threadId);
        notifications.tell(before.stream().filter(u -> !mentioned.contains(u)).toList(), thread.designId(),
                AppNotification.Kind.REPLY, me.displayName() + " replied on " + what + ": " + excerpt(text), threadId);
        designs.recordActivity(Change.to(thread.designId(), ElementType.COMMENT, commentId, "comment on " + what)
                .created(Map.of("body", text)));
        return commentId;
    }

    /** Changes the text of my own comment; it is shown as edited. */
    @Transactional
    public void editComment(UUID commentId, int expectedVersion, String body) {
        SignedInUser me = currentUser.require();
        UUID[] owner = comments.threadDesignAndAuthorOfComment(commentId)
                .orElseThrow(() -> new NotFoundException("This comment no longer exists."));
        designs.requireRole(owner[1], RoleRequirement.COMMENT);
        if (!owner[2].equals(me.id())) {
            throw new NotAllowedException("Only its author can edit a comment.");
        }
        String text = validBody(body);
        CommentRepository.ThreadRow thread = thread(owner[0]);
        if (!comments.updateComment(commentId, expectedVersion, text)) {
            throw new ConflictException("The comment", me.displayName(), null);
        }
        List<UUID> mentioned = mention(owner[1], commentId, text);
        notifications.tell(mentioned, owner[1], AppNotification.Kind.MENTION,
                me.displayName() + " mentioned you on " + describe(thread) + ": " + excerpt(text), owner[0]);
        designs.recordActivity(Change.to(owner[1], ElementType.COMMENT, commentId, "comment on " + describe(thread))
                .updated(null, Map.of("body", text)));
    }

    @Transactional
    public void resolve(UUID threadId, int expectedVersion) {
        setResolved(threadId, expectedVersion, true);
    }

    @Transactional
    public void reopen(UUID threadId, int expectedVersion) {
        setResolved(threadId, expectedVersion, false);
    }

    private void setResolved(UUID threadId, int expectedVersion, boolean resolved) {
        SignedInUser me = currentUser.require();
        CommentRepository.ThreadRow thread = thread(threadId);
        designs.requireRole(thread.designId(), RoleRequirement.COMMENT);
        if (thread.resolved() == resolved && thread.version() == expectedVersion) {
            return;
        }
        if (!comments.setResolved(threadId, expectedVersion, resolved, me.id())) {
            throw new ConflictException("The thread on " + describe(thread),
                    thread.resolvedByName() == null ? thread.createdByName() : thread.resolvedByName(),
                    thread.resolvedAt());
        }
        designs.recordActivity(Change.to(thread.designId(), ElementType.COMMENT, threadId, "thread on "
                + describe(thread)).made(resolved ? ChangeAction.RESOLVE : ChangeAction.REOPEN, null,
                Map.of("resolved", resolved)));
    }

    /** Every thread of the design, newest first, with current element names; for any member. */
    @Transactional(readOnly = true)
    public List<CommentThread> threads(UUID designId) {
        DesignModel model = models.load(designId);
        Map<UUID, List<Comment>> byThread = comments.comments(designId);
        Map<UUID, List<String>> mentions = comments.mentions(designId);
        List<CommentThread> out = new ArrayList<>();
        for (CommentRepository.ThreadRow t : comments.threads(designId)) {
            Optional<String> label = ElementLabels.current(model, t.type(), t.key(), t.label());
            out.add(new CommentThread(t.id(), designId, new ElementRef(t.type(), t.key(), label.orElse(t.label())),
                    label.isEmpty(), t.blocking(), t.resolved(), t.resolvedByName(), t.resolvedAt(), t.createdBy(),
                    t.createdByName(), t.createdAt(), t.version(), byThread.getOrDefault(t.id(), List.of()),
                    mentions.getOrDefault(t.id(), List.of())));
        }
        return out;
    }

    /** The threads of one element, newest first. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOf(UUID designId, String elementKey) {
        return threads(designId).stream().filter(t -> t.element().key().equals(elementKey)).toList();
    }

    /** Open threads per element key (element id as text), for the small badges beside each element. */
    @Transactional(readOnly = true)
    public Map<String, Integer> openThreadCounts(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        return comments.openCounts(designId);
    }

    /** Open blocking threads, described ("index idx_orders_user"): approval waits until none is left. */
    List<String> openBlockingThreads(UUID designId) {
        return comments.openBlocking(designId);
    }

    /** The usernames {@code @mentioned} in a text, in order, each once. */
    public static List<String> mentionsIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = MENTION.matcher(text);
            while (m.find()) {
                names.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    private List<UUID> mention(UUID designId, UUID commentId, String text) {
        List<String> names = mentionsIn(text);
        if (names.isEmpty()) {
            comments.setMentions(commentId, List.of());
            return List.of();
        }
        Map<String, UUID> members = new LinkedHashMap<>();
        for (DesignMember m : designs.members(designId)) {
            members.put(m.username().toLowerCase(Locale.ROOT), m.userId());
        }
        List<UUID> ids = names.stream().map(members::get).filter(id -> id != null).toList();
        comments.setMentions(commentId, ids);
        return ids;
    }

    private CommentRepository.ThreadRow thread(UUID threadId) {
        return comments.thread(threadId)
                .orElseThrow(() -> new NotFoundException("This comment thread no longer exists."));
    }

    private ElementRef validElement(UUID designId, ElementRef element) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (element == null || element.type() == null || element.type().isBlank()) {
            throw ValidationException.of("element", "Choose what the comment is about");
        }
        String type = element.type().strip().toUpperCase(Locale.ROOT);
        String key = element.key() == null ? "" : element.key().strip();
        if (!type.matches("[A-Z][A-Z0-9_]{0,39}")) {
            errors.put("element", "An element type is a word in capitals, at most 40 characters");
        }
        if (key.isEmpty() || key.length() > 200) {
            errors.put("element", "Give the element's key (1 to 200 characters)");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String stored = element.label() == null || element.label().isBlank() ? key : element.label().strip();
        if (ElementRef.DESIGN.equals(type)) {
            key = designId.toString();
        }
        Optional<String> current = ElementLabels.current(models.load(designId), type, key, stored);
        if (current.isEmpty()) {
            throw ValidationException.of("element", "This " + ElementRef.typeLabel(type).toLowerCase(Locale.ROOT)
                    + " is not part of the design (any more)");
        }
        String label = current.get();
        return new ElementRef(type, key, label.length() > 300 ? label.substring(0, 300) : label);
    }

    private static String validBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw ValidationException.of("body", "Write a comment");
        }
        if (text.length() > MAX_BODY_LENGTH) {
            throw ValidationException.of("body", "Use at most " + MAX_BODY_LENGTH + " characters (this comment has "
                    + text.length() + ")");
        }
        return text;
    }

    private static String describe(ElementRef element) {
        return ElementRef.typeLabel(element.type()).toLowerCase(Locale.ROOT) + " " + element.label();
    }

    private static String describe(CommentRepository.ThreadRow thread) {
        return ElementRef.typeLabel(thread.type()).toLowerCase(Locale.ROOT) + " " + thread.label();
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 140 ? flat.substring(0, 139) + "…" : flat;
    }
}
