package org.schemaboard.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * HTML for the small Markdown the specification's sections write — escaped text, {@code **strong**},
 * {@code _emphasis_}, code spans, hard line breaks, tight bullet and ordered lists (nested, with task items) and
 * paragraphs — written directly, as flexmark would write it, without a parse tree. It is deliberately narrow: anything
 * it is not sure to render exactly as CommonMark does (a single {@code *}, an unescaped {@code <}, {@code [} or
 * {@code |}, a blank line, a quote, an unclosed delimiter…) makes it answer {@code null}, and the caller hands that
 * block to flexmark. Tests compare the whole page with flexmark's rendering of the same Markdown.
 */
final class InlineHtml {

    private InlineHtml() {
    }

    // ---- blocks

    /** One block of {@link MarkdownDoc} (a paragraph or one list) as HTML, or null when flexmark must render it. */
    static String block(String markdown) {
        if (markdown.isEmpty() || markdown.indexOf('\t') >= 0 || markdown.indexOf('\r') >= 0) {
            return null;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        for (String line : lines) {
            if (line.isBlank()) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        if (marker(lines.get(0)) != null) {
            return list(lines, out) ? out.toString() : null;
        }
        if (indent(lines.get(0)) > 3 || !paragraph(lines, 0, lines.size(), out, true)) {
            return null;
        }
        return out.toString();
    }

    /** A paragraph of {@code lines[from, to)}: none may start another block. */
    private static boolean paragraph(List<String> lines, int from, int to, StringBuilder out, boolean tags) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            String t = line.stripLeading();
            if (startsBlock(t) || (i > from && marker(line) != null)) {
                return false;
            }
            if (i > from) {
                text.append('\n');
            }
            text.append(t);
        }
        String html = inline(text.toString());
        if (html == null) {
            return false;
        }
        out.append(tags ? "<p>" : "").append(html).append(tags ? "</p>\n" : "");
        return true;
    }

    private static final java.util.regex.Pattern STARS = java.util.regex.Pattern.compile("(\\*\\s*){3,}");
    private static final java.util.regex.Pattern UNDERSCORES = java.util.regex.Pattern.compile("(_\\s*){3,}");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("(-\\s*){2,}");
    private static final java.util.regex.Pattern ORDERED_ITEM = java.util.regex.Pattern.compile("\\d{1,9}[.)](\\s.*)?");

    /** Whether a line (its indentation removed) could open a block other than a paragraph, or end one. */
    private static boolean startsBlock(String t) {
        if (t.isEmpty()) {
            return true;
        }
        return switch (t.charAt(0)) {
            case '#', '>', '=', '|', '<' -> true;
            case '*' -> t.equals("*") || t.startsWith("* ") || STARS.matcher(t).matches();
            case '_' -> UNDERSCORES.matcher(t).matches();
            case '-' -> t.equals("-") || t.startsWith("- ") || DASHES.matcher(t).matches();
            case '+' -> t.equals("+") || t.startsWith("+ ");
            case '`' -> t.startsWith("```");
            case '~' -> t.startsWith("~~~");
            default -> Character.isDigit(t.charAt(0)) && ORDERED_ITEM.matcher(t).matches();
        };
    }

    /** A list marker starting {@code line}: {@code - } or {@code 12. } (followed by one space and text), else null. */
    private static String marker(String line) {
        int i = indent(line);
        if (line.startsWith("- ", i)) {
            return "-";
        }
        int d = i;
        while (d < line.length() && d - i < 9 && Character.isDigit(line.charAt(d))) {
            d++;
        }
        if (d > i && d + 1 < line.length() && (line.charAt(d) == '.' || line.charAt(d) == ')') && line.charAt(d + 1) == ' ') {
            return line.substring(i, d + 1);
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A whole tight list made of {@code lines} (all at or inside the first line's indentation). */
    private static boolean list(List<String> lines, StringBuilder out) {
        int base = indent(lines.get(0));
        String first = marker(lines.get(0));
        boolean ordered = !first.equals("-");
        char delimiter = first.charAt(first.length() - 1);
        if (ordered) {
            long start = Long.parseLong(first.substring(0, first.length() - 1));
            out.append(start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n");
        } else {
            out.append("<ul>\n");
        }
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String m = marker(line);
            if (m == null || indent(line) != base || m.equals("-") == ordered
                    || (ordered && m.charAt(m.length() - 1) != delimiter)) {
                return false;
            }
            int content = base + m.length() + 1;
            if (line.length() <= content || line.charAt(content) == ' ') {
                return false;
            }
            int end = i + 1;
            while (end < lines.size() && indent(lines.get(end)) >= content) {
                end++;
            }
            List<String> item = new ArrayList<>();
            item.add(line.substring(content));
            for (int j = i + 1; j < end; j++) {
                item.add(lines.get(j).substring(content));
            }
            if (!item(item, ordered, out)) {
                return false;
            }
            i = end;
        }
        out.append(ordered ? "</ol>\n" : "</ul>\n");
        return true;
    }

    /** One list item's lines (its content column removed): text, then at most one nested list. */
    private static boolean item(List<String> lines, boolean ordered, StringBuilder out) {
        int nested = 1;
        while (nested < lines.size() && marker(lines.get(nested)) == null) {
            nested++;
        }
        String first = lines.get(0);
        boolean task = first.startsWith("[ ] ") || first.startsWith("[x] ") || first.startsWith("[X] ");
        if (task && (ordered || nested < lines.size() || first.length() == 4 || first.charAt(4) == ' ')) {
            return false;
        }
        if (task) {
            out.append("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\"")
                    .append(first.charAt(1) == ' ' ? "" : " checked=\"checked\"")
                    .append(" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;");
            List<String> rest = new ArrayList<>(lines);
            rest.set(0, first.substring(4));
            if (!paragraph(rest, 0, rest.size(), out, false)) {
                return false;
            }
            out.append("</li>\n");
            return true;
        }
        if (first.startsWith("[") || marker(first) != null) {
            return false;
        }
        out.append("<li>");
        if (!paragraph(lines, 0, nested, out, false)) {
            return false;
        }
        if (nested < lines.size()) {
            List<String> sub = lines.subList(nested, lines.size());
            String m = marker(sub.get(0));
            // an ordered list interrupts the item's text only when it starts at 1
            if (indent(sub.get(0)) > 3 || !(m.equals("-") || m.equals("1.") || m.equals("1)"))) {
                return false;
            }
            out.append('\n');
            if (!list(sub, out)) {
                return false;
            }
        }
        out.append("</li>\n");
        return true;
    }

    // ---- inline

    /**
     * Inline Markdown as HTML: backslash escapes, {@code **strong**}, {@code _emphasis_}, code spans and line breaks
     * (two trailing spaces make a {@code <br />}). Null for anything else that is not plain text.
     */
    static String inline(String md) {
        StringBuilder out = new StringBuilder(md.length() + 16);
        Deque<String> open = new ArrayDeque<>();
        int n = md.length();
        int i = 0;
        while (i < n) {
            char c = md.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < n && isAsciiPunctuation(md.charAt(i + 1))) {
                        text(out, md.charAt(i + 1));
                        i += 2;
                    } else if (i + 1 < n && md.charAt(i + 1) == '\n') {
                        return null;
                    } else {
                        out.append('\\');
                        i++;
                    }
                }
                case '`' -> {
                    int run = run(md, i, '`');
                    int close = closingRun(md, i + run, run);
                    if (close < 0) {
                        return null;
                    }
                    String code = md.substring(i + run, close).replace('\n', ' ');
                    if (code.length() > 1 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                        code = code.substring(1, code.length() - 1);
                    }
                    out.append("<code>");
                    code.chars().forEach(ch -> text(out, (char) ch));
                    out.append("</code>");
                    i = close + run;
                }
                case '*', '_' -> {
                    int run = run(md, i, c);
                    String delimiter = md.substring(i, i + run);
                    char before = i == 0 ? ' ' : md.charAt(i - 1);
                    char after = i + run >= n ? ' ' : md.charAt(i + run);
                    if (c == '_' && run == 1 && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                        out.append('_');
                        i++;
                        continue;
                    }
                    if (!(c == '*' && run == 2 || c == '_' && run == 1)) {
                        return null;
                    }
                    boolean opens = (Character.isWhitespace(before) || before == '(') && !Character.isWhitespace(after);
                    boolean closes = !Character.isWhitespace(before) && before != '\\' && before != '('
                            && (Character.isWhitespace(after) || ":.,;)".indexOf(after) >= 0);
                    String tag = c == '*' ? "strong" : "em";
                    if (closes && !opens && delimiter.equals(open.peek())) {
                        open.pop();
                        out.append("</").append(tag).append('>');
                    } else if (opens && !closes) {
                        open.push(delimiter);
                        out.append('<').append(tag).append('>');
                    } else {
                        return null;
                    }
                    i += run;
                }
                case '\n' -> {
                    int spaces = 0;
                    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                        spaces++;
                    }
                    out.append(spaces >= 2 ? "<br />\n" : "\n");
                    i++;
                    while (i < n && md.charAt(i) == ' ') {
                        i++;
                    }
                }
                case '<', '[', '|' -> {
                    return null;
                }
                case '!' -> {
                    if (i + 1 < n && md.charAt(i + 1) == '[') {
                        return null;
                    }
                    out.append('!');
                    i++;
                }
                case '&' -> {
                    if (i + 1 < n && (Character.isLetterOrDigit(md.charAt(i + 1)) || md.charAt(i + 1) == '#')) {
                        return null;
                    }
                    out.append("&amp;");
                    i++;
                }
                default -> {
                    text(out, c);
                    i++;
                }
            }
        }
        if (!open.isEmpty()) {
            return null;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static void text(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }

    private static int run(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** Where a run of exactly {@code length} backticks starts at or after {@code from}, or -1. */
    private static int closingRun(String s, int from, int length) {
        int i = s.indexOf('`', from);
        while (i >= 0) {
            int run = run(s, i, '`');
            if (run == length) {
                return i;
            }
            i = s.indexOf('`', i + run);
        }
        return -1;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
