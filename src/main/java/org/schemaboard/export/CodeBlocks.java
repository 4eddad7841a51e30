package org.schemaboard.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of the specification's Markdown, written to HTML without flexmark: every table's DDL is
 * most of a large design's Markdown, and its HTML is known without parsing (a test proves it is what flexmark writes).
 */
final class CodeBlocks {

    private CodeBlocks() {
    }

    /** A part of the page's Markdown: Markdown for flexmark, or one fenced code block we wrote ourselves. */
    record Part(String text, boolean code) {
    }

    /** A fence as {@link MarkdownText#fencedBlock} writes it: backticks at the start of a line, a one-word language. */
    private static final java.util.regex.Pattern OUR_FENCE = java.util.regex.Pattern.compile("(`{3,})([A-Za-z0-9_+#.-]*)");

    /**
     * Cuts the fenced code blocks that open at the start of a line out of a section. Such a fence is a block of the
     * document itself (it closes any paragraph, list or quote before it), so its page is known without parsing:
     * {@link #html} writes what flexmark would. The DDL of every table is most of a large design's Markdown.
     */
    static List<Part> cut(String section) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int line = 0; line < section.length(); ) {
            int end = section.indexOf('\n', line);
            int next = end < 0 ? section.length() : end + 1;
            java.util.regex.Matcher open = OUR_FENCE.matcher(section.substring(line, end < 0 ? next : end));
            int close = open.matches() ? closingLine(section, next, open.group(1)) : -1;
            if (close < 0) {
                line = next;
                continue;
            }
            int after = section.indexOf('\n', close);
            after = after < 0 ? section.length() : after + 1;
            if (line > start) {
                parts.add(new Part(section.substring(start, line), false));
            }
            parts.add(new Part(section.substring(line, after), true));
            start = after;
            line = after;
        }
        if (start < section.length() || parts.isEmpty()) {
            parts.add(new Part(section.substring(start), false));
        }
        return parts;
    }

    /** Where the line closing {@code fence} starts (the fence alone on it), or -1 when the block runs to the end. */
    private static int closingLine(String text, int from, String fence) {
        for (int line = from; line < text.length(); ) {
            int end = text.indexOf('\n', line);
            int next = end < 0 ? text.length() : end + 1;
            if (text.startsWith(fence, line) && text.substring(line, end < 0 ? next : end).equals(fence)) {
                return line;
            }
            line = next;
        }
        return -1;
    }

    /** The HTML flexmark writes for a fenced code block: its lines escaped, a class naming the language. */
    static String html(String block) {
        int firstEnd = block.indexOf('\n');
        java.util.regex.Matcher open = OUR_FENCE.matcher(block.substring(0, firstEnd));
        if (!open.matches()) {
            throw new IllegalArgumentException("not a fenced code block");
        }
        int close = closingLine(block, firstEnd + 1, open.group(1));
        String language = open.group(2);
        StringBuilder out = new StringBuilder(block.length() + 64).append("<pre><code")
                .append(language.isEmpty() ? "" : " class=\"language-" + HtmlSpec.escape(language) + "\"").append('>');
        escapeText(out, block.substring(firstEnd + 1, close));
        return out.append("</code></pre>\n").toString();
    }

    /** Escapes text for HTML element content and attribute values, as flexmark does (also used by {@link HtmlDoc}). */
    static void escapeText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
