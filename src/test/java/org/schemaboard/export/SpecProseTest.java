package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.StoredSection;

/** Prose people write in the specification stays Markdown, but cannot restructure the document or become active. */
class SpecProseTest {

    private static final String HOSTILE = """
            - **Query performance**: slow queries
            # Injected heading
            ```
            <script>alert(1)</script> <img src=x onerror=alert(2)>
            [click](javascript:alert(3)) ![x](data:image/svg+xml,<svg onload=alert(4)>)
            ---""";

    @Test
    void prose_keeps_lists_and_emphasis_and_escapes_headings_fences_html_and_links() {
        String md = MarkdownText.prose(HOSTILE, "");
        assertThat(md).startsWith("- **Query performance**: slow queries\n\\# Injected heading\n\\```\n")
                .contains("\\<script\\>alert(1)\\</script\\>", "\\[click\\](javascript:alert(3))")
                .endsWith("\n\\---");
    }

    @Test
    void hostile_prose_in_a_section_is_inert_in_the_html_page() {
        DesignModel model = new DesignModel(UUID.randomUUID(), "Hostile", TargetDatabase.POSTGRESQL, null,
                List.of(), List.of(), List.of(), List.of());
        Monitoring monitoring = new Monitoring(HOSTILE, null, List.of(new Monitoring.AlertThreshold(
                "<b onmouseover=alert(5)>lag</b>", "> 30 s", "[page](javascript:alert(6))")));
        Specification spec = new Specification(model.designId(), Map.of(SpecSection.MONITORING,
                new StoredSection<>(monitoring, 1, "alice", null, true)));
        String html = SpecificationExport.html(new ExportSource(model, spec, null, null));

        assertThat(html).contains("<li><strong>Query performance</strong>: slow queries\n")
                .doesNotContain("<script>").doesNotContain("<img").doesNotContain("<svg").doesNotContain("<b ")
                .doesNotContain("href=\"javascript").doesNotContain("<h1>Injected").doesNotContain("<h2>Injected");
        assertThat(MarkdownSpecTest.headings(SpecificationExport.markdown(new ExportSource(model, spec, null, null))))
                .noneMatch(h -> h.contains("Injected"));
    }
}
