package org.schemaboard.export;

import org.schemaboard.spec.Unwritten;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping of user text (names, purposes, rationale, labels) for Markdown, so that it reads as written and can never
 * change the document's structure: no heading, list, table cell break, link, image, emphasis or raw HTML can come
 * out of it. Markdown punctuation is backslash-escaped (CommonMark lets any ASCII punctuation be escaped); an
 * underscore inside a word is left alone because it cannot start emphasis there, which keeps {@code order_items}
 * readable in the Markdown source.
 */
final class MarkdownText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A field a person writes that is empty, as {@link Unwritten} defines it (the checklist counts the same). */
    static final String NOT_SPECIFIED = "_Not specified yet._";
    /** A list the model derives that has nothing in it: not a gap anybody could fill. */
    static final String NONE = "None in this design.";

    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d+)([.)])");

    private MarkdownText() {
    }

    /** One line of inline text: whitespace (including line breaks) collapsed, every structural character escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return escapeLine(collapse(text));
    }

    /** Whitespace (including line breaks) collapsed to single spaces, the ends stripped: how a heading reads. */
    static String collapse(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c != ' ' ? !Character.isWhitespace(c) : i > 0 && i < text.length() - 1 && text.charAt(i + 1) != ' ';
        }
        return plain ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Inline text, or the not-specified marker when there is none. */
    static String inlineOrNotSpecified(String text) {
        return Unwritten.empty(text) ? NOT_SPECIFIED : inline(text);
    }

    /**
     * Multi-line text for a paragraph or a list item: each line escaped, joined by hard line breaks, continuation lines
     * indented by {@code indent} so they stay inside the list item. Blank lines are dropped (they would end the item).
     */
    static String block(String text, String indent) {
        if (Unwritten.empty(text)) {
            return NOT_SPECIFIED;
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String stripped = WHITESPACE.matcher(line).replaceAll(" ").strip();
            if (!stripped.isEmpty()) {
                lines.add(escapeLine(stripped));
            }
        }
        return String.join("  \n" + indent, lines);
    }

    /**
     * Prose a person wrote as Markdown (lists, emphasis, code spans, paragraphs) kept as Markdown, with what could break
     * the document's structure or carry active content neutralised: headings, setext underlines, code fences, raw HTML
     * and links are escaped. Continuation lines are indented by {@code indent} so a list item keeps them.
     */
    static String prose(String text, String indent) {
        if (Unwritten.empty(text)) {
            return NOT_SPECIFIED;
        }
        List<String> lines = new ArrayList<>();
        boolean blank = false;
        for (String line : text.strip().split("\\R")) {
            String trimmed = line.stripTrailing();
            if (trimmed.isBlank()) {
                blank = true;
                continue;
            }
            if (blank) {
                lines.add("");
                blank = false;
            }
            StringBuilder out = new StringBuilder(trimmed.length() + 8);
            int start = 0;
            while (start < trimmed.length() && trimmed.charAt(start) == ' ') {
                start++;
            }
            String body = trimmed.substring(start);
            out.append(" ".repeat(Math.min(start, 8)));
            if (body.startsWith("#") || body.startsWith("```") || body.startsWith("~~~") || body.startsWith("=")
                    || body.matches("-{2,}\\s*") || body.startsWith("|")) {
                out.append('\\');
            }
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '<' || c == '>' || c == '[' || c == ']' || c == '!' || c == '&' || c == '|') {
                    out.append('\\');
                }
                out.append(c);
            }
            lines.add(out.toString());
        }
        return String.join("\n" + indent, lines).replace("\n" + indent + "\n", "\n\n");
    }

    private static final java.util.regex.Pattern LANGUAGE_OTHER = java.util.regex.Pattern.compile("[^A-Za-z0-9_+.#-]");

    /** Text in a table cell: like {@link #inline}; {@code |} is escaped there too. */
    static String cell(String text) {
        return text == null || text.isBlank() ? "—" : inline(text);
    }

    /** An inline code span that survives any backticks inside (code spans need no other escaping). */
    static String code(String text) {
        String t = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        String fence = "`".repeat(longestBacktickRun(t) + 1);
        boolean pad = t.startsWith("`") || t.endsWith("`") || t.isEmpty();
        return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
    }

    /**
     * A fenced code block whose fence is longer than any backtick run in the content, so the content cannot end it.
     * The language is user text too (a NoSQL block's): only the characters a language name uses are kept, since a
     * backtick or a line break there would turn the fence into a paragraph and the block's end into a fence.
     */
    static String fencedBlock(String language, String content) {
        String body = content == null ? "" : content.strip().replace("\r\n", "\n").replace('\r', '\n');
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        String info = language == null ? "" : LANGUAGE_OTHER.matcher(language).replaceAll("");
        return fence + info + "\n" + body + "\n" + fence;
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '#', '!', '~', '&', '{', '}', '$', '^' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i < line.length() - 1
                            && Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetterOrDigit(line.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                case '-', '+', '=', ':' -> out.append(i == 0 ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        Matcher ordered = out.length() > 0 && Character.isDigit(out.charAt(0)) ? ORDERED_MARKER.matcher(out) : null;
        if (ordered != null && ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + out.substring(ordered.end());
        }
        return out.toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
