package org.schemaboard.export;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The HTML backend of {@link MarkdownDoc}: each heading, block, list, code block and table written as HTML as it is
 * added, the same HTML flexmark writes for that Markdown (headings with the page's unique ids), so the page needs no
 * second pass of the whole Markdown through a parser. A block {@link InlineHtml} does not cover (user prose with a quote,
 * a link, odd emphasis…) is rendered by flexmark on its own.
 */
final class HtmlDoc {

    /** A heading of level 2 or 3 for the table of contents. */
    record TocEntry(int level, String id, String text) {
    }

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Set<String> usedIds = new HashSet<>(Set.of("contents"));
    private final List<TocEntry> toc = new ArrayList<>();
    private int flexmarkBlocks;
    /** Where the last block's HTML starts, its Markdown, and the kind of list it ends with (null: none). */
    private int lastStart;
    private String lastMarkdown;
    private String lastListType;

    void heading(int level, String text) {
        lastListType = null;
        String plain = text == null ? "" : MarkdownText.collapse(text);
        String id = uniqueId(plain);
        if (level == 2 || level == 3) {
            toc.add(new TocEntry(level, id, plain));
        }
        out.append("<h").append(level).append(" id=\"").append(id).append("\">");
        CodeBlocks.escapeText(out, plain);
        out.append("</h").append(level).append(">\n");
    }

    private String uniqueId(String plain) {
        String base = HtmlSpec.slug(plain);
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A block of ready Markdown (as {@link MarkdownDoc#block} has it, stripped). */
    void block(String markdown) {
        String type = listType(markdown);
        if (type != null && type.equals(lastListType)) {
            // CommonMark joins two lists of the same kind that only a blank line separates into one loose list (a
            // paragraph per item): the two blocks are rendered again together, as the whole document renders them
            out.setLength(lastStart);
            lastMarkdown = lastMarkdown + "\n\n" + markdown;
            flexmark(lastMarkdown);
            return;
        }
        lastStart = out.length();
        lastMarkdown = markdown;
        String html = InlineHtml.block(markdown);
        if (html != null) {
            out.append(html);
            lastListType = type;
        } else {
            flexmark(markdown);
        }
    }

    /** The kind of list a block starts with ({@code -}, {@code *}, {@code +}, {@code .} or {@code )}), else null. */
    private static String listType(String markdown) {
        if (markdown.length() < 2) {
            return null;
        }
        char c = markdown.charAt(0);
        if ((c == '-' || c == '*' || c == '+') && markdown.charAt(1) == ' ') {
            return String.valueOf(c);
        }
        int i = 0;
        while (i < markdown.length() && i < 9 && Character.isDigit(markdown.charAt(i))) {
            i++;
        }
        if (i > 0 && i + 1 < markdown.length() && (markdown.charAt(i) == '.' || markdown.charAt(i) == ')')
                && markdown.charAt(i + 1) == ' ') {
            return String.valueOf(markdown.charAt(i));
        }
        return null;
    }

    void code(String fencedBlock) {
        lastListType = null;
        out.append(CodeBlocks.html(fencedBlock));
    }

    void table(List<String> headers, List<List<String>> rows, String markdown) {
        lastListType = null;
        int start = out.length();
        out.append("<table>\n<thead>\n<tr>");
        if (cells(headers, "th")) {
            out.append("</tr>\n</thead>\n<tbody>\n");
            boolean ok = true;
            for (List<String> row : rows) {
                out.append("<tr>");
                if (row.size() != headers.size() || !cells(row, "td")) {
                    ok = false;
                    break;
                }
                out.append("</tr>\n");
            }
            if (ok) {
                out.append("</tbody>\n</table>\n");
                return;
            }
        }
        out.setLength(start);
        flexmark(markdown);
        lastListType = null;
    }

    private boolean cells(List<String> cells, String tag) {
        for (String cell : cells) {
            String html = InlineHtml.inline(cell.strip());
            if (html == null || cell.indexOf('\n') >= 0) {
                return false;
            }
            out.append('<').append(tag).append('>').append(html).append("</").append(tag).append('>');
        }
        return true;
    }

    /** A block flexmark renders on its own; a heading in it (our sections write none) still gets a unique id. */
    private void flexmark(String markdown) {
        flexmarkBlocks++;
        Document document = HtmlSpec.PARSER.parse(markdown);
        for (Node node : document.getChildren()) {
            if (node instanceof Heading heading) {
                heading.setAnchorRefId(uniqueId(heading.getAnchorRefText()));
            }
        }
        out.append(HtmlSpec.RENDERER.render(document));
        Node last = document.getLastChild();
        lastListType = last instanceof com.vladsch.flexmark.ast.BulletList list ? String.valueOf(list.getOpeningMarker())
                : last instanceof com.vladsch.flexmark.ast.OrderedList list ? String.valueOf(list.getDelimiter()) : null;
    }

    String body() {
        return out.toString();
    }

    List<TocEntry> toc() {
        return List.copyOf(toc);
    }

    /** How many blocks went to flexmark (a test keeps the generated sections off it). */
    int flexmarkBlocks() {
        return flexmarkBlocks;
    }

}
