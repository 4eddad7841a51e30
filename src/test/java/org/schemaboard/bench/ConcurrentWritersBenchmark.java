package org.schemaboard.bench;

import org.schemaboard.base.ChangeAction;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.MergeConflictException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.security.AccountService;

/**
 * Issue 5, measurement 2: 20 concurrent writers × 1,000 edits each on one design, through the service layer. Every
 * writer is its own editor account and edits a small shared set of attributes, reading the current state first, so
 * collisions are frequent. Then the outcome is checked against the audit log:
 * <ul>
 *   <li>every acknowledged edit (the call returned) is in the audit log exactly once, with the values written, and
 *   no audit line lacks an acknowledged edit;</li>
 *   <li>each audit line's "before" equals the previous line's "after" (no write slipped in between), and each line
 *   changes only the field its writer changed (nobody's other fields were overwritten);</li>
 *   <li>replaying the audit log per attribute gives exactly the stored final state;</li>
 *   <li>each attribute's version is 1 + the number of acknowledged edits of it (none lost);</li>
 *   <li>versioned run: each version step was won by exactly one writer, and every conflict happened at a version
 *   another writer had won (a real collision, reported rather than overwritten);</li>
 *   <li>merging run ({@code updateAttribute(id, base, draft)}, writers change different fields): a same-field
 *   collision is a {@link MergeConflictException} naming that field and the other person's value.</li>
 * </ul>
 */
public final class ConcurrentWritersBenchmark {

    private static final List<String> FIELDS = List.of("description", "defaultValue", "checkExpression", "length");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An acknowledged edit: who, which attribute, the version it was read at, the field and value written. */
    private record Ack(String writer, UUID attribute, int readVersion, String field, String value,
                       AttributeDraft base) {
    }

    /** A refused edit: a ConflictException, or a MergeConflictException with what it said. */
    private record Clash(String writer, UUID attribute, int readVersion, boolean merge, String field,
                         List<String> fields, String theirs, String baseValue) {
    }

    private record Run(String name, int writers, int editsEach, List<UUID> attributes, List<Ack> acks,
                       List<Clash> clashes, Map<String, Integer> failures, double seconds, String loadBefore,
                       String loadAfter) {
    }

    private ConcurrentWritersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int editsEach = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        StringBuilder report = new StringBuilder("## Safety under load: concurrent writers through the service layer\n\n");
        report.append(Machine.describe()).append('\n');
        boolean allGood;
        try (BenchApp app = BenchApp.start()) {
            report.append("- application: booted in this JVM with its web server on a random port (the security "
                    + "configuration needs a servlet context); no browser; H2 file database with WRITE_DELAY=0; "
                    + "Hikari's default pool of 10 connections\n\n");
            DesignService designs = app.bean(DesignService.class);
            EntityService entities = app.bean(EntityService.class);
            AccountService accounts = app.bean(AccountService.class);
            UUID designId = app.as("alice", () -> designs.create(
                    new DesignDraft(BenchApp.unique("Writers"), TargetDatabase.POSTGRESQL, null)));
            List<String> names = new ArrayList<>();
            for (int w = 1; w <= writers; w++) {
                String username = String.format(Locale.ROOT, "writer%02d", w);
                accounts.createAccount("system", username, "Writer " + w, null, "bench-password", false, false);
                app.as("alice", () -> designs.setMember(designId, username, DesignRole.EDITOR));
                names.add(username);
            }
            List<UUID> hot = attributes(app, entities, designId, "hot", 5);
            List<UUID> shared = attributes(app, entities, designId, "shared", 4);

            Run versioned = run(app, designId, names, editsEach, hot, false);
            allGood = describe(app, designId, versioned, report);
            Run merging = run(app, designId, names, editsEach, shared, true);
            allGood &= describe(app, designId, merging, report);
            report.append("**Verdict: ").append(allGood ? "all checks passed" : "CHECKS FAILED — see above")
                    .append(".**\n");
        }
        Machine.report("writers", report.toString());
        System.exit(allGood ? 0 : 1);
    }

    private static List<UUID> attributes(BenchApp app, EntityService entities, UUID designId, String entity,
                                         int count) {
        return app.as("alice", () -> {
            UUID id = entities.createEntity(designId, EntityDraft.named(entity, EntityKind.CORE));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(entities.addAttribute(id, AttributeDraft.of(entity + "_" + i, "VARCHAR").withLength(50)));
            }
            return ids;
        });
    }

    private static Run run(BenchApp app, UUID designId, List<String> writers, int editsEach, List<UUID> attributes,
                           boolean merging) throws Exception {
        DesignModelService models = app.bean(DesignModelService.class);
        EntityService entities = app.bean(EntityService.class);
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<Clash> clashes = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            String writer = writers.get(w);
            String field = merging ? FIELDS.get(w % FIELDS.size()) : "description";
            Random random = new Random(w);
            done.add(pool.submit(() -> {
                start.await();
                app.as(writer, () -> {
                    for (int i = 0; i < editsEach; i++) {
                        UUID id = attributes.get(random.nextInt(attributes.size()));
                        Attribute base = models.load(designId).entities().stream()
                                .map(e -> e.attribute(id)).flatMap(java.util.Optional::stream).findFirst()
                                .orElseThrow();
                        String value = field.equals("length")
                                ? String.valueOf(1 + writers.indexOf(writer) * 100_000 + i)
                                : writer + "#" + i;
                        AttributeDraft mine = with(AttributeDraft.from(base), field, value);
                        try {
                            if (merging) {
                                entities.updateAttribute(id, base, mine);
                            } else {
                                entities.updateAttribute(id, base.version(), mine);
                            }
                            acks.add(new Ack(writer, id, base.version(), field, value, AttributeDraft.from(base)));
                        } catch (MergeConflictException e) {
                            clashes.add(new Clash(writer, id, base.version(), true, field, e.fields(),
                                    e.theirs().get(field), text(get(AttributeDraft.from(base), field))));
                        } catch (ConflictException e) {
                            clashes.add(new Clash(writer, id, base.version(), false, field, List.of(), null, null));
                        } catch (RuntimeException e) {
                            failures.merge(e.getClass().getSimpleName() + ": "
                                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 1, Integer::sum);
                        }
                    }
                });
                return null;
            }));
        }
        String loadBefore = Machine.load();
        long started = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String loadAfter = Machine.load();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Run(merging ? "Merging: updateAttribute(id, base, draft), writers change different fields"
                : "Versioned: updateAttribute(id, expectedVersion, draft), all writers change the description",
                writers.size(), editsEach, attributes, List.copyOf(acks), List.copyOf(clashes), Map.copyOf(failures),
                seconds, loadBefore, loadAfter);
    }

    /** Checks the run against the audit log and the stored state; appends the figures; returns whether all held. */
    private static boolean describe(BenchApp app, UUID designId, Run run, StringBuilder out) throws Exception {
        List<AuditRecord> all = new ArrayList<>(app.bean(AuditLog.class).forDesign(designId, Integer.MAX_VALUE));
        Collections.reverse(all);
        Map<UUID, List<AuditRecord>> byAttribute = new LinkedHashMap<>();
        run.attributes().forEach(id -> byAttribute.put(id, new ArrayList<>()));
        for (AuditRecord r : all) {
            if (byAttribute.containsKey(r.elementId())) {
                byAttribute.get(r.elementId()).add(r);
            }
        }
        Map<UUID, Attribute> stored = new HashMap<>();
        for (Entity e : app.as("alice", () -> app.bean(DesignModelService.class).load(designId)).entities()) {
            e.attributes().forEach(a -> stored.put(a.id(), a));
        }
        Map<UUID, List<Ack>> acksByAttribute = new HashMap<>();
        run.acks().forEach(a -> acksByAttribute.computeIfAbsent(a.attribute(), k -> new ArrayList<>()).add(a));

        // (a) every acknowledged edit in the audit log exactly once, with its value; no line without an ack
        Map<String, List<AuditRecord>> linesByKey = new HashMap<>();
        int updateLines = 0;
        int otherLines = 0;
        for (var entry : byAttribute.entrySet()) {
            for (AuditRecord r : entry.getValue()) {
                if (r.action() == ChangeAction.UPDATE) {
                    updateLines++;
                    AttributeDraft after = parse(r.newValue());
                    for (String field : FIELDS) {
                        linesByKey.computeIfAbsent(key(r.actor(), r.elementId(), field, text(get(after, field))),
                                k -> new ArrayList<>()).add(r);
                    }
                } else if (r.action() != ChangeAction.CREATE) {
                    otherLines++;
                }
            }
        }
        int ackedOnce = 0;
        int ackedMissing = 0;
        int ackedTwice = 0;
        int merged = 0;
        int otherFieldsChanged = 0;
        java.util.Set<Long> matchedLines = new java.util.HashSet<>();
        for (Ack ack : run.acks()) {
            List<AuditRecord> lines = linesByKey.getOrDefault(key(ack.writer(), ack.attribute(), ack.field(),
                    ack.value()), List.of());
            if (lines.isEmpty()) {
                ackedMissing++;
                continue;
            }
            if (lines.size() > 1) {
                ackedTwice++;
            } else {
                ackedOnce++;
            }
            AuditRecord line = lines.get(0);
            matchedLines.add(line.id());
            AttributeDraft before = parse(line.oldValue());
            AttributeDraft after = parse(line.newValue());
            for (String field : FIELDS) {
                if (!field.equals(ack.field()) && !Objects.equals(get(before, field), get(after, field))) {
                    otherFieldsChanged++;
                    break;
                }
            }
            if (!before.equals(ack.base())) {
                merged++;
            }
        }
        int linesWithoutAck = updateLines - matchedLines.size();

        // (b) replay per attribute equals the stored state; each line starts where the previous one ended
        int replayEqual = 0;
        int chainBreaks = 0;
        int versionsRight = 0;
        int versionStepsWonTwice = 0;
        for (var entry : byAttribute.entrySet()) {
            AttributeDraft state = null;
            for (AuditRecord r : entry.getValue()) {
                if (r.action() == ChangeAction.CREATE) {
                    state = parse(r.newValue());
                } else if (r.action() == ChangeAction.UPDATE) {
                    if (!parse(r.oldValue()).equals(state)) {
                        chainBreaks++;
                    }
                    state = parse(r.newValue());
                }
            }
            Attribute finalState = stored.get(entry.getKey());
            if (finalState != null && AttributeDraft.from(finalState).equals(state)) {
                replayEqual++;
            }
            // (c) none lost: version = 1 + acknowledged edits
            List<Ack> acks = acksByAttribute.getOrDefault(entry.getKey(), List.of());
            if (finalState != null && finalState.version() == 1 + acks.size()) {
                versionsRight++;
            }
            if (!run.name().startsWith("Merging")) {
                long distinct = acks.stream().mapToInt(Ack::readVersion).distinct().count();
                versionStepsWonTwice += acks.size() - (int) distinct;
            }
        }

        // every conflict is a real collision
        java.util.Set<String> won = new java.util.HashSet<>();
        run.acks().forEach(a -> won.add(a.attribute() + "@" + a.readVersion()));
        int plainConflicts = 0;
        int conflictsWithWinner = 0;
        int mergeConflicts = 0;
        int mergeConflictsRight = 0;
        for (Clash c : run.clashes()) {
            if (c.merge()) {
                mergeConflicts++;
                if (c.fields().equals(List.of(c.field())) && c.theirs() != null && !c.theirs().equals(c.baseValue())) {
                    mergeConflictsRight++;
                }
            } else {
                plainConflicts++;
                if (won.contains(c.attribute() + "@" + c.readVersion())) {
                    conflictsWithWinner++;
                }
            }
        }
        int failuresTotal = run.failures().values().stream().mapToInt(Integer::intValue).sum();
        int attempts = run.writers() * run.editsEach();
        boolean merging = run.name().startsWith("Merging");

        boolean good = ackedOnce == run.acks().size() && ackedMissing == 0 && ackedTwice == 0
                && linesWithoutAck == 0 && otherLines == 0 && chainBreaks == 0 && otherFieldsChanged == 0
                && replayEqual == run.attributes().size() && versionsRight == run.attributes().size()
                && versionStepsWonTwice == 0 && (merging || conflictsWithWinner == plainConflicts)
                && mergeConflictsRight == mergeConflicts && failuresTotal == 0
                && run.acks().size() + run.clashes().size() == attempts;

        out.append("### ").append(run.name()).append("\n\n")
                .append(String.format(Locale.ROOT, "%d writers × %d edits on %d attributes; load average before / "
                                + "after: %s / %s%n%n", run.writers(), run.editsEach(), run.attributes().size(),
                        run.loadBefore(), run.loadAfter()))
                .append("| figure | value |\n|---|---:|\n")
                .append(row("attempts", attempts))
                .append(row("acknowledged (returned normally)", run.acks().size()));
        if (merging) {
            out.append(row("… of which saved directly (nobody else had saved since the read)",
                            run.acks().size() - merged))
                    .append(row("… of which merged with another person's change to other fields", merged))
                    .append(row("MergeConflictException (same field changed by both)", mergeConflicts))
                    .append(row("ConflictException (someone saved between the merge's read and its write)",
                            plainConflicts));
        } else {
            out.append(row("ConflictException (stale version)", plainConflicts));
        }
        out.append(row("other failures", failuresTotal))
                .append(String.format(Locale.ROOT, "| elapsed | %.1f s |%n", run.seconds()))
                .append(String.format(Locale.ROOT, "| throughput, acknowledged edits | %.0f edits/s |%n",
                        run.acks().size() / run.seconds()))
                .append(String.format(Locale.ROOT, "| throughput, attempts (each: read the design + write) | "
                        + "%.0f /s |%n%n", attempts / run.seconds()));
        run.failures().forEach((k, v) -> out.append("- failure ×").append(v).append(": ").append(k).append('\n'));
        out.append("Checks:\n\n")
                .append(check(ackedOnce == run.acks().size() && ackedMissing == 0 && ackedTwice == 0,
                        String.format(Locale.ROOT, "(a) acknowledged edits in the audit log exactly once with the "
                                + "value written: %d of %d (missing %d, more than once %d)", ackedOnce,
                                run.acks().size(), ackedMissing, ackedTwice)))
                .append(check(linesWithoutAck == 0 && otherLines == 0, String.format(Locale.ROOT,
                        "audit UPDATE lines without an acknowledged edit: %d (of %d); other actions: %d",
                        linesWithoutAck, updateLines, otherLines)))
                .append(check(chainBreaks == 0, "each audit line's before = the previous line's after: "
                        + chainBreaks + " breaks"))
                .append(check(otherFieldsChanged == 0, "lines that changed a field other than the writer's own: "
                        + otherFieldsChanged + " (nobody else's value overwritten)"))
                .append(check(replayEqual == run.attributes().size(), String.format(Locale.ROOT,
                        "(b) audit log replayed = stored final state: %d of %d attributes", replayEqual,
                        run.attributes().size())))
                .append(check(versionsRight == run.attributes().size(), String.format(Locale.ROOT,
                        "(c) version = 1 + acknowledged edits: %d of %d attributes", versionsRight,
                        run.attributes().size())));
        if (merging) {
            out.append(check(mergeConflictsRight == mergeConflicts, String.format(Locale.ROOT,
                    "merge conflicts naming exactly the writer's field, with the other person's (different) value: "
                            + "%d of %d", mergeConflictsRight, mergeConflicts)));
        } else {
            out.append(check(versionStepsWonTwice == 0, "version steps won by more than one writer: "
                            + versionStepsWonTwice))
                    .append(check(conflictsWithWinner == plainConflicts, String.format(Locale.ROOT,
                            "conflicts at a version another writer had won (real collisions): %d of %d",
                            conflictsWithWinner, plainConflicts)));
        }
        out.append(check(run.acks().size() + run.clashes().size() == attempts,
                "every attempt either acknowledged or refused with a conflict")).append('\n');
        return good;
    }

    private static String row(String label, int value) {
        return "| " + label + " | " + value + " |\n";
    }

    private static String check(boolean ok, String text) {
        return "- " + (ok ? "✔ " : "✘ ") + text + "\n";
    }

    private static String key(String actor, UUID attribute, String field, String value) {
        return actor + "|" + attribute + "|" + field + "|" + value;
    }

    private static AttributeDraft parse(String json) throws Exception {
        return json == null ? null : JSON.readValue(json, AttributeDraft.class);
    }

    private static String text(Object value) {
        return value == null ? "(empty)" : value.toString();
    }

    private static Object get(AttributeDraft d, String field) {
        switch (field) {
            case "description":
                return d.description();
            case "defaultValue":
                return d.defaultValue();
            case "checkExpression":
                return d.checkExpression();
            case "length":
                return d.length();
            default:
                throw new IllegalArgumentException(field);
        }
    }

    private static AttributeDraft with(AttributeDraft d, String field, String value) {
        switch (field) {
            case "description":
                return d.withDescription(value);
            case "defaultValue":
                return d.withDefault(value);
            case "checkExpression":
                return d.withCheck(value);
            case "length":
                return d.withLength(Integer.valueOf(value));
            default:
                throw new IllegalArgumentException(field);
        }
    }
}
