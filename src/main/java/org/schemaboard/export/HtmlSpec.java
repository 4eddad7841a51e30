package org.schemaboard.export;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import org.schemaboard.model.DesignModel;

/**
 * The specification as one self-contained HTML page: the Markdown rendered by flexmark, a table of contents built
 * from its headings, inline print-friendly CSS. Nothing in it runs or loads: raw HTML in the source is escaped, links
 * are not rendered as links at all (the document has none of its own; user text cannot make one, and a
 * {@code javascript:} URL is suppressed besides), there is no {@code <script>}, and a Content-Security-Policy that
 * forbids scripts and remote loads guards the page should anything slip through.
 */
final class HtmlSpec {

    private static final java.util.regex.Pattern SLUG_OTHER = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern SLUG_EDGES = java.util.regex.Pattern.compile("^-+|-+$");


    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.DO_NOT_RENDER_LINKS, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)\\s*(javascript|vbscript|data|file):.*")
            .set(HtmlRenderer.GENERATE_HEADER_ID, false)
            .set(HtmlRenderer.RENDER_HEADER_ID, false)
            .toImmutable();

    static final Parser PARSER = Parser.builder(OPTIONS).build();
    static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new HeadingIds()).build();

    private static final String CSS = """
            figure.erd { margin: 1rem 0; overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; }
            figure.erd svg { max-width: 100%; height: auto; }
            :root { color-scheme: light; }
            body { margin: 0; color: #1f2328; background: #fff;
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            .page { max-width: 76rem; margin: 0 auto; padding: 2rem 1.5rem 4rem;
              display: grid; grid-template-columns: 17rem minmax(0, 1fr); gap: 2.5rem; }
            nav.toc { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto;
              font-size: .875rem; border-right: 1px solid #d0d7de; padding-right: 1rem; }
            nav.toc .toc-title { font-size: 1rem; margin: 0 0 .5rem; border: 0; }
            nav.toc ol { list-style: none; margin: .15rem 0; padding-left: .9rem; }
            nav.toc > ol { padding-left: 0; }
            nav.toc li { margin: .15rem 0; }
            a { color: #0969da; text-decoration: none; }
            a:hover { text-decoration: underline; }
            h1 { font-size: 2rem; margin-top: 0; padding-bottom: .3rem; border-bottom: 2px solid #1f2328; }
            h2 { font-size: 1.5rem; margin-top: 2.5rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
            h3 { font-size: 1.2rem; margin-top: 2rem; }
            h4 { font-size: 1.05rem; margin-top: 1.5rem; }
            h5 { font-size: 1rem; margin-top: 1.25rem; color: #424a53; }
            pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem 1rem;
              overflow-x: auto; font-size: .85rem; line-height: 1.45; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
            :not(pre) > code { background: #f6f8fa; padding: .1em .3em; border-radius: 4px; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
            th, td { border: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; }
            em { color: #57606a; }
            li.task-list-item { list-style: none; }
            li.task-list-item input { margin: 0 .4rem 0 -1.3rem; }
            @media (max-width: 60rem) {
              .page { display: block; }
              nav.toc { position: static; max-height: none; border-right: 0; border-bottom: 1px solid #d0d7de;
                padding: 0 0 1rem; margin-bottom: 2rem; }
            }
            @media print {
              body { font-size: 10.5pt; }
              .page { display: block; max-width: none; padding: 0; }
              nav.toc { position: static; max-height: none; border: 0; padding: 0; break-after: page; }
              figure.erd { overflow: visible; }
              a { color: inherit; }
              pre { white-space: pre-wrap; overflow-wrap: anywhere; border-color: #999; background: #fff; }
              th { background: #eee; }
              h1, h2, h3, h4, h5 { break-after: avoid; }
              pre, tr, li { break-inside: avoid; }
            }
            """;

    private HtmlSpec() {
    }

    /**
     * The page for a design whose specification was written with an HTML backend ({@link MarkdownDoc#withHtml}): the
     * body as the sections wrote it, no parser involved.
     */
    static String page(ExportSource source, HtmlDoc html) {
        return page(source, html.toc(), html.body());
    }

    /**
     * The page rendered from the Markdown text by flexmark, on this thread alone: the reference the directly written
     * page is tested against.
     */
    static String render(ExportSource source, String markdown) {
        return render(source, markdown, Runnable::run);
    }

    /**
     * The page rendered from the Markdown text by flexmark. The document is cut at its sections, which cannot share a
     * block with each other, and the parts are parsed and rendered on {@code executor} beside this thread.
     */
    static String render(ExportSource source, String markdown, Executor executor) {
        List<CodeBlocks.Part> parts = new ArrayList<>();
        sections(markdown).forEach(section -> parts.addAll(CodeBlocks.cut(section)));
        List<Document> parsed = Parallel.map(parts, p -> p.code() ? null : PARSER.parse(p.text()), executor);
        List<Heading> toc = assignIds(parsed.stream().filter(java.util.Objects::nonNull).toList());
        List<Integer> order = java.util.stream.IntStream.range(0, parts.size()).boxed().toList();
        String body = String.join("", Parallel.map(order,
                i -> parts.get(i).code() ? CodeBlocks.html(parts.get(i).text()) : RENDERER.render(parsed.get(i)),
                executor));
        return page(source, toc.stream().map(h -> new HtmlDoc.TocEntry(h.getLevel(), h.getAnchorRefId(),
                h.getAnchorRefText())).toList(), body);
    }

    private static String page(ExportSource source, List<HtmlDoc.TocEntry> toc, String rendered) {
        DesignModel model = source.model();
        String body = withDiagram(model, rendered, source.diagramSvg(), source.figures());
        StringBuilder page = new StringBuilder(body.length() + CSS.length() + 100 * toc.size() + 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"Schemaboard\">\n")
                .append("<title>Database Design Specification — ").append(escape(model.name())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<div class=\"page\">\n")
                .append(tableOfContents(toc)).append("<main>\n").append(body).append("</main>\n</div>\n</body>\n</html>\n");
        return page.toString();
    }

    /**
     * Gives every section heading a unique id made from its text; returns the level-2 and -3 headings for the
     * contents. A heading inside a list or quote (only user text could make one) gets no id and no entry.
     */
    static List<Heading> assignIds(List<Document> parts) {
        Set<String> used = new HashSet<>();
        List<Heading> toc = new ArrayList<>();
        used.add("contents");
        for (Document document : parts) {
            // the sections' headings are blocks of the document itself: walking its children, not all its millions
            // of descendants (every table cell and text run), was a fifth of the page's rendering time
            for (Node node : document.getChildren()) {
                if (node instanceof Heading heading) {
                    String base = slug(heading.getAnchorRefText());
                    String id = base;
                    for (int n = 2; !used.add(id); n++) {
                        id = base + "-" + n;
                    }
                    heading.setAnchorRefId(id);
                    if (heading.getLevel() == 2 || heading.getLevel() == 3) {
                        toc.add(heading);
                    }
                }
            }
        }
        return toc;
    }

    /** A line opening a fenced code block, as CommonMark has it: a backtick fence's info string holds no backtick. */
    private static boolean opensFence(String markdown, int line, int next) {
        if (markdown.startsWith("~~~", line)) {
            return true;
        }
        if (!markdown.startsWith("```", line)) {
            return false;
        }
        int run = line;
        while (run < next && markdown.charAt(run) == '`') {
            run++;
        }
        return markdown.substring(run, next).indexOf('`') < 0;
    }

    /**
     * The Markdown cut before each heading of level 2 to 4 that starts a line outside a fenced code block (the
     * physical model alone has one per table). A heading ends every open block (paragraph, list, table, quote), so
     * each part parses as it would inside the whole.
     */
    static List<String> sections(String markdown) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        String fence = null;
        for (int line = 0; line < markdown.length(); ) {
            int end = markdown.indexOf('\n', line);
            int next = end < 0 ? markdown.length() : end + 1;
            if (fence != null) {
                if (markdown.startsWith(fence, line) && markdown.substring(line, next).strip().equals(fence)) {
                    fence = null;
                }
            } else if (opensFence(markdown, line, next)) {
                int run = line;
                while (run < next && markdown.charAt(run) == markdown.charAt(line)) {
                    run++;
                }
                fence = markdown.substring(line, run);
            } else if (line > start && (markdown.startsWith("## ", line) || markdown.startsWith("### ", line)
                    || markdown.startsWith("#### ", line))) {
                parts.add(markdown.substring(start, line));
                start = line;
            }
            line = next;
        }
        parts.add(markdown.substring(start));
        return parts;
    }

    private static String tableOfContents(List<HtmlDoc.TocEntry> headings) {
        StringBuilder out = new StringBuilder(64 * headings.size() + 256).append("<nav class=\"toc\" aria-labelledby=\"contents\">\n"
                + "<h2 class=\"toc-title\" id=\"contents\">Contents</h2>\n<ol>\n");
        boolean open = false;
        boolean nested = false;
        for (HtmlDoc.TocEntry h : headings) {
            String link = "<a href=\"#" + h.id() + "\">" + escape(h.text()) + "</a>";
            if (h.level() == 2) {
                if (nested) {
                    out.append("</ol>");
                    nested = false;
                }
                if (open) {
                    out.append("</li>\n");
                }
                out.append("<li>").append(link);
                open = true;
            } else {
                if (!nested) {
                    out.append("\n<ol>\n");
                    nested = true;
                }
                out.append("<li>").append(link).append("</li>\n");
            }
        }
        if (nested) {
            out.append("</ol>");
        }
        if (open) {
            out.append("</li>\n");
        }
        return out.append("</ol>\n</nav>\n").toString();
    }

    static String slug(String text) {
        String s = SLUG_EDGES.matcher(SLUG_OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "section" : s;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes each heading's id (set by {@link #assignIds}) into its tag, so the contents' anchors land. */
    private static final class HeadingIds extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof Heading heading && heading.getAnchorRefId() != null
                        && !heading.getAnchorRefId().isEmpty()) {
                    attributes.replaceValue("id", heading.getAnchorRefId());
                }
            };
        }
    }

    /**
     * Draws the ER diagram of a design of up to {@value #DIAGRAM_MAX_ENTITIES} entities right after its text ERD
     * (bigger designs keep the text: one picture of hundreds of tables helps nobody).
     */
    static String withDiagram(DesignModel model, String body) {
        return withDiagram(model, body, null);
    }

    /**
     * Like {@link #withDiagram(DesignModel, String)} with a drawing made elsewhere (e.g. with the team's stored
     * positions); one that carries anything scriptable is left out rather than trusted.
     */
    static String withDiagram(DesignModel model, String body, String drawn) {
        return withDiagram(model, body, drawn, List.of());
    }

    /**
     * The overview as above, followed by one figure per subject area (each drawn with the team's arrangement of that
     * area); a figure carrying anything scriptable is left out.
     */
    static String withDiagram(DesignModel model, String body, String drawn, List<ExportSource.Figure> figures) {
        String withOverview = withOverview(model, body, drawn);
        int at = withOverview.indexOf("<figcaption>Entity-relationship diagram");
        int end = at < 0 ? -1 : withOverview.indexOf("</figure>", at);
        if (end < 0 || figures.isEmpty()) {
            return withOverview;
        }
        end += "</figure>".length();
        StringBuilder areas = new StringBuilder();
        for (ExportSource.Figure f : figures) {
            if (!scriptable(f.svg())) {
                areas.append("\n<figure class=\"erd\" style=\"margin:1em 0;overflow-x:auto\">").append(f.svg().strip())
                        .append("<figcaption>Subject area: ").append(escape(f.title())).append("</figcaption></figure>");
            }
        }
        return withOverview.substring(0, end) + areas + withOverview.substring(end);
    }

    private static String withOverview(DesignModel model, String body, String drawn) {
        boolean usable = drawn != null && !drawn.isBlank() && !scriptable(drawn);
        if (!usable && (model.entities().isEmpty() || model.entities().size() > DIAGRAM_MAX_ENTITIES)) {
            return body;
        }
        int end = afterTextErd(body);
        if (end < 0) {
            return body;
        }
        return body.substring(0, end) + "\n<figure class=\"erd\" style=\"margin:1em 0;overflow-x:auto\">"
                + (usable ? drawn.strip()
                : org.schemaboard.diagram.DiagramSvg.svg(model, org.schemaboard.diagram.AutoLayout.of(model)))
                + "<figcaption>Entity-relationship diagram</figcaption></figure>\n" + body.substring(end);
    }

    /**
     * Where the drawing goes: after the text ERD, or — for a design without relationships, whose text ERD is "not
     * specified" — after that note, so its boxes are still drawn. -1 when the section is missing.
     */
    private static int afterTextErd(String body) {
        int start = body.indexOf("<code class=\"language-text\">");
        int end = start < 0 ? -1 : body.indexOf("</pre>", start);
        if (end >= 0) {
            return end + "</pre>".length();
        }
        int heading = body.indexOf("id=\"entity-relationship-diagram-text-format\"");
        int note = heading < 0 ? -1 : body.indexOf("</p>", heading);
        return note < 0 ? -1 : note + "</p>".length();
    }

    private static boolean scriptable(String svg) {
        String lower = svg.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("<script") || lower.contains("javascript:") || lower.contains("<foreignobject")
                || lower.matches("(?s).*\\son[a-z]+\\s*=.*");
    }

    private static final int DIAGRAM_MAX_ENTITIES = 60;
}
