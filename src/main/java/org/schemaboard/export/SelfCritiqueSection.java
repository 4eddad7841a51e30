package org.schemaboard.export;

import java.util.List;
import java.util.Map;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.CritiqueFacts;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SelfCritique.Part;

/**
 * "## Self-Critique": the author's reflection under the brief's headings, each part followed by the facts of the
 * design it reflects on (the same facts the author saw while writing), so a reader can weigh the words against them.
 */
final class SelfCritiqueSection {

    private SelfCritiqueSection() {
    }

    static void write(MarkdownDoc doc, ModelView view, org.schemaboard.spec.Specification spec, List<Check> open) {
        SelfCritique critique = spec.selfCritique();
        Map<Part, List<String>> facts = CritiqueFacts.of(view.model(), spec, open);
        doc.heading(2, "Self-Critique");
        if (critique.missing().size() == Part.values().length) {
            doc.notSpecified();
        }
        for (Part part : Part.values()) {
            if (critique.missing().size() == Part.values().length && facts.get(part).isEmpty()) {
                continue;
            }
            doc.heading(3, part.label());
            doc.block(MarkdownText.prose(critique.text(part), ""));
            if (!facts.get(part).isEmpty()) {
                doc.block("**Facts reflected on**:");
                doc.bullets(facts.get(part).stream().map(MarkdownText::inline).toList());
            }
        }
    }
}
