package org.schemaboard.design;

import java.util.LinkedHashMap;
import java.util.List;
import org.schemaboard.base.UndoCapture;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designs and membership, and the end of every feature's write path ({@link #recordChange}). Each write is one
 * transaction: role check, optimistic version check, the rows, then {@link #recordChange} or {@link #recordActivity}
 * (the audit line and a {@link DesignChanged} event that listeners receive after commit).
 */
@Service
public class DesignService {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private final DesignRepository designs;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final UndoCapture undo;

    DesignService(DesignRepository designs, CurrentUser currentUser, AccountService accounts, AuditLog auditLog,
                  ApplicationEventPublisher events, UndoCapture undo) {
        this.undo = undo;
        this.designs = designs;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The designs the signed-in person is a member of, by name. */
    @Transactional(readOnly = true)
    public List<DesignSummary> listMine() {
        return designs.findForMember(currentUser.require().id());
    }

    /**
     * Every design on this server, by name, whoever its members are — for the operator's command line
     * ({@code org.schemaboard.cli}), which runs on the server's own data directory with nobody signed in. It reads a
     * design by acting as {@link DesignOnServer#readAs}. Not for views: a person sees only the designs they are a
     * member of ({@link #listMine}).
     */
    @Transactional(readOnly = true)
    public List<DesignOnServer> listAllForOperator() {
        return designs.findAllWithReader();
    }

    /** Whether a design of that name exists, for anyone: design names are unique on the server, case-insensitively. */
    @Transactional(readOnly = true)
    public boolean nameInUse(String name) {
        return designs.nameTaken(nameKey(name), null);
    }

    /** One design the signed-in person is a member of. */
    @Transactional(readOnly = true)
    public DesignSummary get(UUID designId) {
        return designs.findForMember(currentUser.require().id(), designId)
                .orElseThrow(() -> new NotFoundException("This design does not exist or you are not a member of it."));
    }

    /**
     * One design as the member {@code userId} sees it, for a caller that acts for that person without a sign-in on
     * its thread (an open editor's live updates on the event bus's thread); empty when not (or no longer) a member.
     */
    @Transactional(readOnly = true)
    public Optional<DesignSummary> getAs(UUID userId, UUID designId) {
        return designs.findForMember(userId, designId);
    }

    /**
     * The signed-in person's role in a design, refusing the call when it is not {@code allowed}. Every feature's write
     * path starts here.
     */
    @Transactional(readOnly = true)
    public DesignRole requireRole(UUID designId, RoleRequirement requirement) {
        SignedInUser me = currentUser.require();
        DesignRole role = designs.roleOf(me.id(), designId)
                .orElseThrow(() -> new NotFoundException("This design does not exist or you are not a member of it."));
        if (!requirement.test(role)) {
            throw new NotAllowedException("As " + article(role) + " of this design you cannot " + requirement.action() + ".");
        }
        return role;
    }

    /**
     * Locks the design's row until the caller's transaction ends (after {@link #requireRole}): writes that hold it run
     * one after the other. Model writes take it first; see {@code ModelChanges#requireEditor}.
     */
    @Transactional
    public void lockForWrite(UUID designId) {
        designs.lock(designId);
    }

    /**
     * Records an edit of the design by the signed-in person, inside the caller's transaction: the audit line, the
     * design marked as changed now, and a {@link DesignChanged} (delivered after commit). Every write of the model,
     * the specification, the diagram and of the design itself ends with this, so all edits look alike in the history
     * and to open editors.
     */
    @Transactional
    public void recordChange(Change change) {
        SignedInUser me = currentUser.require();
        record(me, change);
        undo.recorded(change);
        designs.touch(change.designId(), me.id());
    }

    /**
     * Like {@link #recordChange} for what happens around a design without changing it (membership, comments, review
     * decisions): the audit line and the event, but the design's "last changed" stays.
     */
    @Transactional
    public void recordActivity(Change change) {
        record(currentUser.require(), change);
    }

    private void record(SignedInUser me, Change change) {
        if (change.designId() == null) {
            throw new IllegalArgumentException("A change to a design names the design: " + change);
        }
        auditLog.record(me.username(), change);
        events.publishEvent(DesignChanged.of(me.username(), change));
    }

    @Transactional
    public UUID create(DesignDraft draft) {
        SignedInUser me = currentUser.require();
        DesignDraft clean = validate(draft, null);
        UUID id = UUID.randomUUID();
        try {
            designs.insert(id, clean, nameKey(clean.name()), me.id());
        } catch (DuplicateKeyException e) {
            throw duplicateName(clean.name());
        }
        designs.upsertMember(id, me.id(), DesignRole.OWNER);
        recordChange(Change.to(id, ElementType.DESIGN, id, clean.name()).created(clean));
        return id;
    }

    /** Renames a design or changes its target database or description. */
    @Transactional
    public void update(UUID designId, int expectedVersion, DesignDraft draft) {
        SignedInUser me = currentUser.require();
        requireRole(designId, RoleRequirement.EDIT);
        DesignSummary before = get(designId);
        DesignDraft clean = validate(draft, designId);
        boolean updated;
        try {
            updated = designs.update(designId, expectedVersion, clean, nameKey(clean.name()), me.id());
        } catch (DuplicateKeyException e) {
            throw duplicateName(clean.name());
        }
        if (!updated) {
            throw conflict(designId, before.name());
        }
        recordChange(Change.to(designId, ElementType.DESIGN, designId, clean.name())
                .updated(new DesignDraft(before.name(), before.targetDatabase(), before.description()), clean));
    }

    /** Deletes a design with everything in it. Owners only. */
    @Transactional
    public void delete(UUID designId, int expectedVersion) {
        requireRole(designId, RoleRequirement.MANAGE);
        DesignSummary before = get(designId);
        if (!designs.delete(designId, expectedVersion)) {
            throw conflict(designId, before.name());
        }
        // the design's row is gone, so nothing is left to mark as changed: the audit line and the event only
        recordActivity(Change.to(designId, ElementType.DESIGN, designId, before.name())
                .deleted(new DesignDraft(before.name(), before.targetDatabase(), before.description())));
    }

    /** The members of a design with their roles: owners first, then by name. Any member may read it. */
    @Transactional(readOnly = true)
    public List<DesignMember> members(UUID designId) {
        requireRole(designId, RoleRequirement.READ);
        return designs.members(designId);
    }

    /**
     * Gives an account a role in a design (or changes it). Owners only; the last owner cannot be made anything else,
     * so a design always has someone who can manage it. The owners' rows are locked first, so the caller's own role
     * and the owner count are read after any concurrent change of membership has committed.
     */
    @Transactional
    public void setMember(UUID designId, String username, DesignRole role) {
        designs.lockOwners(designId);
        requireRole(designId, RoleRequirement.MANAGE);
        if (role == null) {
            throw ValidationException.of("role", "Choose a role");
        }
        var account = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> ValidationException.of("username", "There is no account " + username));
        var before = designs.roleOf(account.id(), designId);
        if (before.orElse(null) == DesignRole.OWNER && role != DesignRole.OWNER) {
            requireAnotherOwner(designId, account.username());
        }
        designs.upsertMember(designId, account.id(), role);
        recordActivity(Change.to(designId, ElementType.MEMBER, account.id(), account.username())
                .made(ChangeAction.SET_ROLE, before.map(r -> Map.of("role", r.name())).orElse(null),
                        Map.of("role", role.name())));
    }

    /** Takes an account out of a design. Owners only; the last owner cannot be removed. */
    @Transactional
    public void removeMember(UUID designId, String username) {
        designs.lockOwners(designId);
        requireRole(designId, RoleRequirement.MANAGE);
        var account = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> ValidationException.of("username", "There is no account " + username));
        DesignRole before = designs.roleOf(account.id(), designId)
                .orElseThrow(() -> ValidationException.of("username", username + " is not a member of this design"));
        if (before == DesignRole.OWNER) {
            requireAnotherOwner(designId, account.username());
        }
        designs.deleteMember(designId, account.id());
        recordActivity(Change.to(designId, ElementType.MEMBER, account.id(), account.username())
                .made(ChangeAction.REMOVE, Map.of("role", before.name()), null));
    }

    /** Counts the owners as they are now: the caller has locked their rows ({@link DesignRepository#lockOwners}). */
    private void requireAnotherOwner(UUID designId, String username) {
        long owners = designs.lockOwners(designId).size();
        if (owners <= 1) {
            throw ValidationException.of("role", username + " is the only owner of this design; "
                    + "make someone else an owner first");
        }
    }

    private DesignDraft validate(DesignDraft draft, UUID existingId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        String description = draft.description() == null ? "" : draft.description().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the design a name");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.put("name", "Use at most " + MAX_NAME_LENGTH + " characters (this name has " + name.length() + ")");
        } else if (designs.nameTaken(nameKey(name), existingId)) {
            errors.put("name", "A design named \"" + name + "\" already exists; choose another name");
        }
        if (draft.targetDatabase() == null) {
            errors.put("targetDatabase", "Choose the database this design is for");
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            errors.put("description", "Use at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DesignDraft(name, draft.targetDatabase(), description.isEmpty() ? null : description);
    }

    private static ValidationException duplicateName(String name) {
        return ValidationException.of("name", "A design named \"" + name + "\" already exists; choose another name");
    }

    private ConflictException conflict(UUID designId, String name) {
        return designs.lastChange(designId)
                .map(r -> new ConflictException("The design \"" + name + "\"", r.value1(), r.value2()))
                .orElseGet(() -> ConflictException.deleted("The design \"" + name + "\""));
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String article(DesignRole role) {
        return (role == DesignRole.OWNER ? "an " : "a ") + role.label().toLowerCase(Locale.ROOT);
    }
}
