package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.entity.EntityKind;

class HtmlSpecTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "div", "nav",
            "main", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ol", "ul", "li", "a", "pre", "code", "table", "thead",
            "tbody", "tr", "th", "td", "strong", "em", "br", "input", "!doctype",
            // the embedded ER diagram (diagram.DiagramSvg): drawing elements only, no script or foreign content
            "figure", "figcaption", "svg", "g", "path", "rect", "text", "tspan", "line", "circle");

    private final String html = SpecificationExport.html(EcommerceDesign.model());

    @Test
    void hostile_text_in_names_purposes_and_sql_stays_inert() {
        DesignBuilder d = new DesignBuilder("<script>alert('title')</script>");
        DesignBuilder.EntityBuilder e = d.entity("<img src=x onerror=alert(1)>", EntityKind.CORE,
                "<script>alert(1)</script> [x](javascript:alert(1)) <a href=\"javascript:alert(2)\">y</a> "
                        + "![i](javascript:alert(3)) <javascript:alert(4)>");
        e.col("id", "INTEGER").pk().desc("<svg onload=alert(5)>");
        d.index("ix", e, "id").rationale("<iframe src=javascript:alert(6)>");
        d.pattern("<b onmouseover=alert(7)>p</b>").sql("SELECT 1 </code></pre><script>alert(8)</script>");

        String exported = SpecificationExport.html(d.build());
        // the page's own ER diagram is the one SVG it may hold: checked on its own, then left out of the checks below
        int figure = exported.indexOf("<figure class=\"erd\"");
        int figureEnd = exported.indexOf("</figure>", figure) + "</figure>".length();
        assertThat(figure).as("the diagram is drawn even without relationships").isPositive();
        String diagram = exported.substring(figure, figureEnd);
        assertThat(diagram).contains("data-name=\"&lt;img src=x onerror=alert(1)&gt;\"");
        // its markup alone (attribute values and text emptied: names are escaped text there) has nothing scriptable
        String markup = diagram.replaceAll("\"[^\"]*\"", "\"\"").replaceAll(">[^<]*<", "><");
        assertThat(markup).doesNotContainPattern("(?i)<script|<foreignobject|<a[\\s>]|\\s(href|xlink:href)\\s*=")
                .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
        String page = exported.substring(0, figure) + exported.substring(figureEnd);

        assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg")
                .doesNotContain("<iframe").doesNotContain("<b ");
        assertThat(page).doesNotContainPattern("(?i)<[^>]*(href|src)\\s*=\\s*[\"']?\\s*javascript:")
                .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
        assertThat(tagsIn(page)).isSubsetOf(ALLOWED_TAGS);
        assertThat(linksIn(page)).allMatch(href -> href.startsWith("#"));
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("[x](javascript:alert(1))")
                .contains("<title>Database Design Specification — &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</title>");
    }

    @Test
    void the_table_of_contents_links_to_every_section_by_anchor() {
        List<String> links = linksIn(html);

        assertThat(links).contains("#executive-summary", "#physical-data-model", "#indexing-strategy",
                "#validation-checklist", "#handoff-notes", "#backup-and-recovery-strategy");
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assertThat(ids.add(m.group(1))).as("unique id " + m.group(1)).isTrue();
        }
        for (String link : links) {
            assertThat(ids).as("target of " + link).contains(link.substring(1));
        }
        assertThat(html).contains("<h2 id=\"executive-summary\">Executive Summary</h2>")
                .contains("<h3 id=\"entity-relationship-diagram-text-format\">Entity Relationship Diagram (Text Format)</h3>");
    }

    @Test
    void the_page_is_self_contained_print_friendly_and_script_free() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("@media print")
                .contains("Content-Security-Policy").doesNotContain("<script").doesNotContain("<link")
                .doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
        assertThat(tagsIn(html)).isSubsetOf(ALLOWED_TAGS);
    }

    @Test
    void the_specification_renders_as_html_tables_code_and_checkboxes() {
        assertThat(html).contains("<table>").contains("<th>Index</th>").contains("<td>idx_users_email on users (email)</td>")
                .contains("<pre><code class=\"language-sql\">CREATE TABLE categories (")
                .contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\"")
                .contains("<em>Not specified yet.</em>");
    }

    @Test
    void a_small_design_shows_its_er_diagram_after_the_text_erd() {
        int erd = html.indexOf("<code class=\"language-text\">");
        int figure = html.indexOf("<figure class=\"erd\"");
        assertThat(erd).isPositive();
        assertThat(figure).isGreaterThan(erd);
        EcommerceDesign.model().entities().forEach(e ->
                assertThat(html).contains("data-name=\"" + e.name() + "\""));
    }

    private static Set<String> tagsIn(String page) {
        Set<String> tags = new HashSet<>();
        Matcher m = Pattern.compile("<\\s*/?\\s*(!?[A-Za-z][A-Za-z0-9]*)").matcher(page);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }

    private static List<String> linksIn(String page) {
        return Pattern.compile("href=\"([^\"]*)\"").matcher(page).results().map(r -> r.group(1)).toList();
    }

    @Test
    void the_page_rendered_in_sections_is_the_page_rendered_whole() {
        DesignBuilder d = new DesignBuilder("Fences");
        d.entity("notes", EntityKind.CORE, "A purpose with a fence:\n```\n## not a section\n```\nand after it\n"
                + "## a line that looks like a heading").col("id", "INTEGER").pk();
        // a "fence" whose info string holds a backtick is a paragraph, and the block's closing line opens a real
        // fence that runs over the headings after it: the cut must see that as the whole document does
        String notAFence = "# T\n\n## A\n\n```json`\n{}\n```\n\n### B\n\ntext\n\n#### C\n\n```\nx\n```\n\n## D\n\nend\n"
                + "\n## E\n\n~~~\n## inside\n~~~\n\n## F\n\n## G\n\n## H\n\n## I\n\n## J\n\n## K\n";
        assertThat(HtmlSpec.sections(SpecificationExport.markdown(EcommerceDesign.model()))).hasSizeGreaterThan(10);
        assertThat(HtmlSpec.sections(notAFence)).as("the cut stops where the stray fence opens").hasSize(2);
        for (String markdown : List.of(SpecificationExport.markdown(EcommerceDesign.model()),
                SpecificationExport.markdown(d.build()), notAFence)) {
            com.vladsch.flexmark.util.ast.Document whole = HtmlSpec.PARSER.parse(markdown);
            HtmlSpec.assignIds(List.of(whole));
            List<com.vladsch.flexmark.util.ast.Document> parts = HtmlSpec.sections(markdown).stream()
                    .map(HtmlSpec.PARSER::parse).toList();
            HtmlSpec.assignIds(parts);

            assertThat(String.join("", parts.stream().map(HtmlSpec.RENDERER::render).toList()))
                    .isEqualTo(HtmlSpec.RENDERER.render(whole));
        }
    }

    @Test
    void code_blocks_written_without_flexmark_are_what_flexmark_writes() {
        DesignBuilder d = new DesignBuilder("Code & <quotes>");
        DesignBuilder.EntityBuilder odd = d.entity("odd \"names\" & <tags>", EntityKind.CORE, "Rules:\n```sql\nselect '<b>' & \"x\"\n```\n- a list\n"
                        + "```\nno language, right after a list\n```\n> a quote\n````text\n``` inside\n````\ntext");
        odd.col("id", "INTEGER").pk();
        odd.col("note", "VARCHAR(10)").def("'a<b>&\"c\"'").desc("a \"quoted\" <note> & more");
        String lazy = "# T\n\n```sql\nnever closed\n\n## after\n";
        String empty = "# T\n\n```sql\n\n```\n\n```\n```\n";
        for (String markdown : List.of(SpecificationExport.markdown(EcommerceDesign.model()),
                SpecificationExport.markdown(d.build()), lazy, empty)) {
            com.vladsch.flexmark.util.ast.Document whole = HtmlSpec.PARSER.parse(markdown);
            HtmlSpec.assignIds(List.of(whole));
            List<CodeBlocks.Part> parts = HtmlSpec.sections(markdown).stream()
                    .flatMap(section -> CodeBlocks.cut(section).stream()).toList();
            List<com.vladsch.flexmark.util.ast.Document> parsed = parts.stream()
                    .map(p -> p.code() ? null : HtmlSpec.PARSER.parse(p.text())).toList();
            HtmlSpec.assignIds(parsed.stream().filter(java.util.Objects::nonNull).toList());
            StringBuilder page = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                page.append(parts.get(i).code() ? CodeBlocks.html(parts.get(i).text())
                        : HtmlSpec.RENDERER.render(parsed.get(i)));
            }
            assertThat(page.toString()).isEqualTo(HtmlSpec.RENDERER.render(whole));
        }
        assertThat(CodeBlocks.cut(SpecificationExport.markdown(EcommerceDesign.model())))
                .as("the DDL blocks are cut out").filteredOn(CodeBlocks.Part::code).hasSizeGreaterThan(10);
    }

    @Test
    void a_code_blocks_language_cannot_break_out_of_its_fence() {
        assertThat(MarkdownText.fencedBlock("json`\n```\n<pre>", "{}")).isEqualTo("```jsonpre\n{}\n```");
        assertThat(MarkdownText.fencedBlock("c++", "x")).startsWith("```c++\n");
    }
}
