package org.schemaboard.export;

import java.util.List;

/**
 * A small Markdown builder that keeps blocks separated by one blank line. Text passed to {@link #heading} is user or
 * fixed text and is escaped here; everything else takes Markdown that the caller has already built (with
 * {@link MarkdownText} for any user text inside). Made {@link #withHtml with an HTML backend}, it writes the same
 * document as HTML beside the Markdown, block by block, so the HTML page needs no second pass through a parser.
 */
final class MarkdownDoc {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final HtmlDoc html;

    MarkdownDoc() {
        this(null);
    }

    private MarkdownDoc(HtmlDoc html) {
        this.html = html;
    }

    /** A document that writes its HTML too (see {@link #html()}). */
    static MarkdownDoc withHtml() {
        return new MarkdownDoc(new HtmlDoc());
    }

    MarkdownDoc heading(int level, String text) {
        markdown("#".repeat(level) + " " + MarkdownText.inline(text));
        if (html != null) {
            html.heading(level, text);
        }
        return this;
    }

    /** A paragraph, list or any other block of ready Markdown. */
    MarkdownDoc block(String markdown) {
        String stripped = markdown(markdown);
        if (html != null) {
            html.block(stripped);
        }
        return this;
    }

    private String markdown(String markdown) {
        if (out.length() > 0) {
            out.append('\n');
        }
        String stripped = markdown.strip();
        out.append(stripped).append('\n');
        return stripped;
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
        String fenced = markdown(MarkdownText.fencedBlock(language, content));
        if (html != null) {
            html.code(fenced);
        }
        return this;
    }

    /** A table; cells must already be escaped with {@link MarkdownText#cell}. */
    MarkdownDoc table(List<String> headers, List<List<String>> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> t.append("---|"));
        for (List<String> row : rows) {
            t.append("\n| ").append(String.join(" | ", row)).append(" |");
        }
        String markdown = markdown(t.toString());
        if (html != null) {
            html.table(headers, rows, markdown);
        }
        return this;
    }

    /** The HTML backend, or null for a Markdown-only document. */
    HtmlDoc html() {
        return html;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
