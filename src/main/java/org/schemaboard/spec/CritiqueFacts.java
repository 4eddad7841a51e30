package org.schemaboard.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.spec.SelfCritique.Part;

/**
 * The facts an author reflects on in the self-critique, per part: the design checks' open findings, the
 * denormalizations with their reasons, indexes that serve no query pattern, and what the plans and query patterns
 * themselves call an assumption. A pure function of the design, its written sections and the open findings, so the
 * form, the review tab and the export show the same facts.
 */
public final class CritiqueFacts {

    private static final Pattern ASSUMPTION = Pattern.compile("\\bassum(e|ed|es|ing|ption|ptions)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Set<SpecSection> NOT_PLANS = Set.of(SpecSection.REQUIREMENTS, SpecSection.SELF_CRITIQUE,
            SpecSection.CHECKLIST);

    private CritiqueFacts() {
    }

    /** The facts of every part, parts without facts included (empty). */
    public static Map<Part, List<String>> of(DesignModel model, Specification spec, List<Check> openFindings) {
        Map<Part, List<String>> facts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            facts.put(part, new ArrayList<>());
        }
        for (Check c : openFindings) {
            facts.get(partOf(c)).add(c.severity().label() + (c.subject() == null ? "" : " on " + c.subject()) + ": "
                    + c.message());
        }
        for (String d : spec.designDecisions().denormalizations()) {
            facts.get(Part.MODELING_DECISIONS).add("Denormalization: " + d);
        }
        Set<java.util.UUID> withFindings = new java.util.HashSet<>();
        openFindings.stream().filter(c -> c.message() != null && c.message().contains("query pattern"))
                .forEach(c -> withFindings.add(c.elementId()));
        for (Index i : model.indexes()) {
            // the checks may say so themselves (an info finding); then the finding is the fact
            if (i.queryPatternIds().isEmpty() && !withFindings.contains(i.id())) {
                facts.get(Part.PERFORMANCE).add("Index " + i.name() + " on " + model.entityName(i.entityId())
                        + " serves no query pattern" + (i.unique() ? " (it is unique: does it enforce a business key?)"
                        : ""));
            }
        }
        for (QueryPattern q : model.queryPatterns()) {
            assumptions(q.description()).forEach(s -> facts.get(Part.PERFORMANCE)
                    .add("Assumption in query pattern " + q.name() + ": " + s));
        }
        for (SpecSection section : SpecSection.values()) {
            if (NOT_PLANS.contains(section) || !spec.filled(section)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            texts(SectionJson.tree(spec.stored(section).content()), found);
            Part part = partOf(section);
            found.forEach(s -> facts.get(part).add("Assumption in " + section.label().toLowerCase(Locale.ROOT) + ": "
                    + s));
        }
        return facts;
    }

    /** How many facts there are in all. */
    public static int count(Map<Part, List<String>> facts) {
        return facts.values().stream().mapToInt(List::size).sum();
    }

    private static void texts(JsonNode node, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            found.addAll(assumptions(node.asText()));
        } else if (node.isContainerNode()) {
            node.forEach(child -> texts(child, found));
        }
    }

    /** The sentences of {@code text} that say something is assumed. */
    static List<String> assumptions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = ASSUMPTION.matcher(sentence);
            if (m.find()) {
                String s = sentence.strip();
                out.add(s.length() > 240 ? s.substring(0, 239) + "…" : s);
            }
        }
        return out;
    }

    private static Part partOf(Check c) {
        if (c.section() != null) {
            return partOf(c.section());
        }
        if (c.elementType() == null) {
            return Part.MODELING_DECISIONS;
        }
        return switch (c.elementType()) {
            case INDEX, QUERY_PATTERN -> Part.PERFORMANCE;
            default -> Part.MODELING_DECISIONS;
        };
    }

    private static Part partOf(SpecSection section) {
        return switch (section.group()) {
            case SCALABILITY -> Part.PERFORMANCE;
            default -> switch (section) {
                case TECHNOLOGY, NOSQL, EXECUTIVE_SUMMARY -> Part.TECHNOLOGY_CHOICES;
                case MIGRATION, BACKUP, MONITORING -> Part.MIGRATION;
                case DATA_VOLUME -> Part.PERFORMANCE;
                case HANDOFF -> Part.RECOMMENDATIONS;
                default -> Part.MODELING_DECISIONS;
            };
        };
    }
}
