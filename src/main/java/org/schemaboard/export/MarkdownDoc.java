package org.schemaboard.export;

import java.util.List;

/**
 * A small Markdown builder that keeps blocks separated by one blank line. Text passed to {@link #heading} is user or
 * fixed text and is escaped here; everything else takes Markdown that the caller has already built (with
 * {@link MarkdownText} for any user text inside).
 */
final class MarkdownDoc {

    private final StringBuilder out = new StringBuilder();

    MarkdownDoc heading(int level, String text) {
        return block("#".repeat(level) + " " + MarkdownText.inline(text));
    }

    /** A paragraph, list or any other block of ready Markdown. */
    MarkdownDoc block(String markdown) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(markdown.strip()).append('\n');
        return this;
    }

    MarkdownDoc notSpecified() {
        return block(MarkdownText.NOT_SPECIFIED);
    }

    /** Lines of a bullet list ({@code - } is added); nothing when there are none. */
    MarkdownDoc bullets(List<String> items) {
        if (!items.isEmpty()) {
            block("- " + String.join("\n- ", items));
        }
        return this;
    }

    MarkdownDoc code(String language, String content) {
        return block(MarkdownText.fencedBlock(language, content));
    }

    /** A table; cells must already be escaped with {@link MarkdownText#cell}. */
    MarkdownDoc table(List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> t.append("---|"));
        for (List<String> row : rows) {
            t.append("\n| ").append(String.join(" | ", row)).append(" |");
        }
        return block(t.toString());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
