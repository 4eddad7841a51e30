package org.schemaboard.export;

import org.schemaboard.spec.Requirements;

/**
 * "## Requirements": the architecture and requirements notes the design starts from, as the team kept them, so the
 * reader can trace the design's decisions to them. Their headings are moved below this one (a "# Title" in the notes
 * becomes "####") so they do not break the document's outline.
 */
final class RequirementsSection {

    private RequirementsSection() {
    }

    static void write(MarkdownDoc doc, Requirements requirements) {
        doc.heading(2, "Requirements");
        if (requirements.text() == null || requirements.text().isBlank()) {
            doc.notSpecified();
            return;
        }
        if (requirements.source() != null && !requirements.source().isBlank()) {
            doc.block("**Source**: " + MarkdownText.inline(requirements.source()));
        }
        StringBuilder shifted = new StringBuilder();
        boolean fenced = false;
        for (String line : requirements.text().strip().split("\\R")) {
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            }
            shifted.append(!fenced && line.matches("#{1,3} .*") ? "###" + line : line).append('\n');
        }
        doc.block(shifted.toString());
    }
}
