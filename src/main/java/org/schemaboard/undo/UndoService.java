package org.schemaboard.undo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.base.SignedInUser;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undo and redo of the signed-in person's own steps in a design. A step is written back element by element, only the
 * fields the step itself changed: someone else's later change to other fields of the same element stays. Where
 * someone else changed the same field since, nothing is written and the person chooses
 * ({@link MergeConflictException}: keep theirs, or undo over it); where the step cannot be taken back at all (they
 * deleted the element, or added something to an element the undo would remove) it says why
 * ({@link NotUndoableException}). Each undo or redo is recorded like any change, so others see it at once.
 */
@Service
public class UndoService {

    /** Above this many elements an undo is one line in the history rather than one per element. */
    private static final int LINES_PER_ELEMENT = 50;

    /** What the buttons offer: how many steps each way, and what the next one is. */
    public record Status(int undoable, int redoable, String nextUndo, String nextRedo) {
    }

    private final UndoRepository steps;
    private final UndoRecorder recorder;
    private final ElementRows rows;
    private final DesignService designs;
    private final CurrentUser currentUser;

    UndoService(UndoRepository steps, UndoRecorder recorder, ElementRows rows, DesignService designs,
                CurrentUser currentUser) {
        this.steps = steps;
        this.recorder = recorder;
        this.rows = rows;
        this.designs = designs;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Status status(UUID designId) {
        UUID me = currentUser.require().id();
        return new Status(steps.count(designId, me, false), steps.count(designId, me, true),
                steps.label(designId, me, false).orElse(null), steps.label(designId, me, true).orElse(null));
    }

    /**
     * Takes back the person's latest step that is not undone.
     *
     * @param overTheirs also when someone else changed the same fields since (the person chose so)
     * @return what was undone ("changed entity orders")
     */
    @Transactional
    public String undo(UUID designId, boolean overTheirs) {
        return step(designId, true, overTheirs);
    }

    /** Does the most recently undone step again; see {@link #undo}. */
    @Transactional
    public String redo(UUID designId, boolean overTheirs) {
        return step(designId, false, overTheirs);
    }

    private String step(UUID designId, boolean undo, boolean overTheirs) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        designs.lockForWrite(designId);
        UndoRepository.Stored stored = steps.next(designId, me.id(), !undo).orElseThrow(() ->
                new NotUndoableException(undo ? "There is nothing of yours to undo in this design."
                        : "There is nothing to redo."));
        List<StepElement> elements = new ArrayList<>(recorder.elements(stored.elements()));
        elements.sort(Comparator.comparing(e -> ElementKind.of(e.type()).orElseThrow()));
        List<Write> writes = plan(elements, undo, overTheirs, stored.label());
        recorder.paused(() -> {
            writes.stream().filter(w -> w.target != null)
                    .forEach(w -> rows.write(w.kind, w.element.id(), w.current, w.target, me.id()));
            List<Write> deletions = new ArrayList<>(writes.stream()
                    .filter(w -> w.target == null && w.current != null).toList());
            java.util.Collections.reverse(deletions);
            deletions.forEach(w -> rows.write(w.kind, w.element.id(), w.current, null, me.id()));
            steps.mark(stored.id(), undo);
            record(designId, undo, stored.label(), writes);
        });
        return stored.label();
    }

    private record Write(ElementKind kind, StepElement element, State current, State target) {
    }

    /** What to write for each element, or why not. */
    private List<Write> plan(List<StepElement> elements, boolean undo, boolean overTheirs, String label) {
        Map<ElementKind, List<UUID>> ids = new LinkedHashMap<>();
        elements.forEach(e -> ids.computeIfAbsent(ElementKind.of(e.type()).orElseThrow(), k -> new ArrayList<>())
                .add(e.id()));
        Map<UUID, State> current = new LinkedHashMap<>();
        ids.forEach((kind, list) -> current.putAll(rows.read(kind, list)));
        Set<UUID> inStep = new HashSet<>();
        elements.forEach(e -> inStep.add(e.id()));

        List<Write> writes = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Map<String, String> theirs = new LinkedHashMap<>();
        Map<String, String> mine = new LinkedHashMap<>();
        State lastChanged = null;
        for (StepElement e : elements) {
            ElementKind kind = ElementKind.of(e.type()).orElseThrow();
            State from = undo ? e.after() : e.before();
            State to = undo ? e.before() : e.after();
            State now = current.get(e.id());
            if (from != null && now == null) {
                if (to == null) {
                    continue;
                }
                throw new NotUndoableException("Cannot " + (undo ? "undo" : "redo") + " \"" + label + "\": the "
                        + e.label() + " was deleted by someone else since.");
            }
            Set<String> changedByMe = State.changed(from, to);
            Set<String> changedSince = State.changed(from, now);
            Set<String> clash = new HashSet<>(changedSince);
            clash.retainAll(to == null || now == null ? changedSince : changedByMe);
            if (to != null && now != null) {
                clash.removeIf(f -> java.util.Objects.equals(now.field(f), to.field(f)));
            }
            if (!clash.isEmpty() && !overTheirs) {
                for (String f : clash.stream().sorted().toList()) {
                    String key = StepElement.label(e.type(), now != null ? now : from) + ": " + f;
                    fields.add(key);
                    theirs.put(key, now == null ? "(added)" : shown(now.field(f)));
                    mine.put(key, to == null ? "(removed)" : shown(to.field(f)));
                }
                lastChanged = now;
            }
            State target = to == null ? null : now == null ? to : now.with(to, changedByMe);
            if (target == null && now != null) {
                refuseIfOthersDependOn(kind, e, inStep, undo, label);
            }
            writes.add(new Write(kind, e, now, target));
        }
        if (!fields.isEmpty()) {
            String by = lastChanged == null ? null : rows.displayName(lastChanged.row().get("updated_by"));
            String at = lastChanged == null ? null : lastChanged.row().get("updated_at");
            throw new MergeConflictException("What " + (undo ? "undoing" : "redoing") + " \"" + label
                    + "\" would restore", by == null ? "someone else" : by,
                    at == null ? null : OffsetDateTime.parse(at), fields, theirs, mine, 0);
        }
        return writes;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }

    private void refuseIfOthersDependOn(ElementKind kind, StepElement e, Set<UUID> inStep, boolean undo,
                                        String label) {
        for (Map.Entry<ElementKind, Set<UUID>> d : rows.dependants(kind, e.id()).entrySet()) {
            long others = d.getValue().stream().filter(id -> !inStep.contains(id)).count();
            if (others > 0) {
                throw new NotUndoableException("Cannot " + (undo ? "undo" : "redo") + " \"" + label + "\": the "
                        + e.label() + " now has " + others + " " + d.getKey().type.label()
                        + (others == 1 ? "" : "s") + " added since that would go with it. Delete "
                        + (others == 1 ? "it" : "them") + " first, or change the " + kind.type.label() + " by hand.");
            }
        }
    }

    /** The audit lines and events: one per element, or one for a big step. */
    private void record(UUID designId, boolean undo, String label, List<Write> writes) {
        ChangeAction action = undo ? ChangeAction.UNDO : ChangeAction.REDO;
        if (writes.size() > LINES_PER_ELEMENT) {
            designs.recordChange(Change.to(designId, ElementType.DESIGN, designId, label)
                    .made(action, Map.of("elements", writes.size()), null));
            return;
        }
        for (Write w : writes) {
            designs.recordChange(Change.to(designId, w.kind.type, w.element.id(), w.element.label())
                    .made(action, w.current == null ? null : w.current.row(),
                            w.target == null ? null : w.target.row()));
        }
    }
}
