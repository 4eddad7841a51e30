package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.spec.BackupRecovery;
import org.schemaboard.spec.DesignDecisions;
import org.schemaboard.spec.ExecutiveSummary;
import org.schemaboard.spec.HandoffNotes;
import org.schemaboard.spec.IntegrityConsistency;
import org.schemaboard.spec.MigrationStrategy;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.NoSqlIntegration;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.StoredSection;
import org.schemaboard.spec.TechnologySelection;

/**
 * Issue 22: the HTML page is written directly by the sections (an HTML backend of {@link MarkdownDoc}), not by
 * flexmark parsing the Markdown again. These tests hold the direct page to flexmark's rendering of the same Markdown,
 * byte for byte, for designs that use every block the sections write, so the two cannot drift apart.
 */
class HtmlDirectTest {

    /** Prose as people write it: lists, emphasis, code, paragraphs, odd punctuation, and things only flexmark knows. */
    private static final String PROSE = """
            We keep **three** rules, see `orders.status` and _the runbook_:
            - writes go to the primary
            - reads may lag by **up to 5 s**
              (measured at p99)
            1. first
            2. second

            A second paragraph with a_b_c, 5 * 3, a lone _ underscore, "quotes" & <tags>, ~tilde~ and a \\ backslash.
            > a quote only flexmark renders
            [a link](https://example.org) and *single star emphasis* and __double underscores__""";

    @Test
    void the_directly_written_page_is_the_page_flexmark_renders_from_the_markdown() {
        for (ExportSource source : List.of(ExportSource.of(EcommerceDesign.model()), rich(), hostile(),
                ExportSource.of(new DesignBuilder("Empty").build()))) {
            MarkdownDoc doc = MarkdownSpec.renderWithHtml(source);
            String direct = HtmlSpec.page(source, doc.html());
            String flexmark = HtmlSpec.render(source, doc.toString());
            assertThat(direct).as(source.model().name()).isEqualTo(flexmark);
            assertThat(SpecificationExport.html(source)).isEqualTo(direct);
            assertThat(doc.toString()).as("the Markdown is what the Markdown export writes")
                    .isEqualTo(SpecificationExport.markdown(source));
        }
    }

    @Test
    void the_generated_sections_need_no_parser_only_odd_user_prose_does() {
        MarkdownDoc plain = MarkdownSpec.renderWithHtml(ExportSource.of(EcommerceDesign.model()));
        assertThat(plain.html().flexmarkBlocks()).isZero();
        MarkdownDoc rich = MarkdownSpec.renderWithHtml(rich());
        assertThat(rich.html().flexmarkBlocks()).as("only the blocks holding the prose with a quote or a link")
                .isPositive().isLessThan(20);
    }

    @Test
    void the_page_has_the_same_headings_ids_and_table_cells_as_flexmarks() {
        ExportSource source = rich();
        MarkdownDoc doc = MarkdownSpec.renderWithHtml(source);
        String direct = HtmlSpec.page(source, doc.html());
        String flexmark = HtmlSpec.render(source, doc.toString());
        for (String pattern : List.of("<h[1-6] id=\"[^\"]+\">[^<]*</h[1-6]>", "<td>.*?</td>", "<th>.*?</th>",
                "<a href=\"#[^\"]+\">[^<]*</a>", "<pre><code[^>]*>")) {
            assertThat(all(direct, pattern)).as(pattern).isNotEmpty().isEqualTo(all(flexmark, pattern));
        }
        assertThat(direct).contains("<h2 id=\"executive-summary\">Executive Summary</h2>")
                .contains("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                        + "checked=\"checked\" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;")
                .contains("<figure class=\"erd\"");
    }

    @Test
    void inline_markdown_outside_the_known_subset_is_left_to_flexmark() {
        assertThat(InlineHtml.inline("**a** _b_ `c` \\* x_y")).isEqualTo("<strong>a</strong> <em>b</em> <code>c</code> * x_y");
        assertThat(InlineHtml.inline("a  \n  b")).isEqualTo("a<br />\nb");
        for (String odd : List.of("*a*", "__a__", "**a", "a**b**", "[x](y)", "<b>", "&amp;", "``a`", "_a *b_*",
                "a\\\nb", "| x")) {
            assertThat(InlineHtml.inline(odd)).as(odd).isNull();
        }
        assertThat(InlineHtml.block("- a\n\n- b")).as("a loose list").isNull();
        assertThat(InlineHtml.block("para\n- list")).as("a list interrupting a paragraph").isNull();
        assertThat(InlineHtml.block("    code")).isNull();
    }

    private static List<String> all(String html, String regex) {
        return Pattern.compile(regex).matcher(html).results().map(r -> r.group()).toList();
    }

    /** Every written section filled, with prose that uses lists, emphasis and code, and some only flexmark can render. */
    static ExportSource rich() {
        DesignModel model = EcommerceDesign.model();
        UUID id = model.designId();
        Map<SpecSection, StoredSection<?>> sections = new java.util.EnumMap<>(SpecSection.class);
        put(sections, SpecSection.EXECUTIVE_SUMMARY, new ExecutiveSummary("PostgreSQL 16", null,
                PROSE, "Strong for **orders**", "- vertical first\n- then replicas"));
        put(sections, SpecSection.TECHNOLOGY, new TechnologySelection("PostgreSQL", PROSE, "fast", null, "ACID", null,
                "_some_ experience", "`pg_dump`"));
        put(sections, SpecSection.DESIGN_DECISIONS, new DesignDecisions(PROSE,
                List.of(new DesignDecisions.DataTypeChoice("NUMERIC(12,2)", "money | amounts", "no *floats*")),
                "3NF", "Because **joins** are cheap", List.of("orders.total_cents", "a \"copy\""), "All FKs _explicit_"));
        put(sections, SpecSection.INTEGRITY, new IntegrityConsistency("Strong", PROSE, "Counters", "- list one\n- two",
                "Bean Validation"));
        put(sections, SpecSection.MIGRATION, new MigrationStrategy("Flyway\nversioned", PROSE, "down scripts",
                List.of(new MigrationStrategy.ChecklistItem("backup taken", true),
                        new MigrationStrategy.ChecklistItem("review **done**", false)), "1. deploy\n2. verify", null));
        put(sections, SpecSection.BACKUP, new BackupRecovery("daily", null, "every 5 min", PROSE, null, "quarterly"));
        put(sections, SpecSection.NOSQL, new NoSqlIntegration("Some _notes_", List.of(
                new NoSqlIntegration.CodeBlock("Orders", NoSqlIntegration.BlockKind.DOCUMENT_SCHEMA, "json",
                        "{ \"a\": \"<b>\" }"),
                new NoSqlIntegration.CodeBlock(null, null, "c++", "``` inside"))));
        put(sections, SpecSection.MONITORING, new Monitoring(PROSE, "disk", List.of(
                new Monitoring.AlertThreshold("lag", "> 30 s", "page **on-call**"),
                new Monitoring.AlertThreshold("cpu | load", null, "[x](y)"))));
        put(sections, SpecSection.HANDOFF, new HandoffNotes(PROSE, "Read `README`"));
        Specification spec = new Specification(id, sections);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";
        return new ExportSource(model, spec, svg, new ExportSource.ReviewStatus("In review", null,
                List.of("alice approved **v1**"), List.of("orders: why _cents_?"), 1), List.of(),
                List.of(List.of("Dashboard", "idx_orders_user (index)", "yes")), List.of(),
                List.of(new ExportSource.Figure("erd-sales.svg", "Sales [core]", svg)));
    }

    private static void put(Map<SpecSection, StoredSection<?>> sections, SpecSection section, Object content) {
        sections.put(section, new StoredSection<>((org.schemaboard.spec.SectionContent) content, 1, "alice", null, true));
    }

    private static ExportSource hostile() {
        DesignBuilder d = new DesignBuilder("<script>alert('title')</script> & *stars*");
        DesignBuilder.EntityBuilder e = d.entity("<img src=x onerror=alert(1)>", EntityKind.CORE,
                "<script>alert(1)</script> [x](javascript:alert(1)) 1. not a list\n- nor this\n# nor a heading\n"
                        + "```\nno fence\n```\n| no | table |");
        e.col("id", "INTEGER").pk().desc("<svg onload=alert(5)>");
        e.col("a_b", "VARCHAR(10)").desc("_x_ **y** `z`");
        d.entity("lookup *", EntityKind.LOOKUP, "codes").col("code", "CHAR(2)").pk();
        d.index("ix", e, "id").rationale("<iframe src=javascript:alert(6)>");
        d.pattern("<b onmouseover=alert(7)>p</b>").sql("SELECT 1 </code></pre><script>alert(8)</script>");
        return ExportSource.of(d.build());
    }
}
