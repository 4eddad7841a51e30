package org.schemaboard.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ValidationException;

/** An uploaded requirements file: Markdown or text, UTF-8, within the size limit; each refusal names the problem. */
class RequirementsFileTest {

    @Test
    void a_markdown_file_is_read_without_its_byte_order_mark_and_added_after_the_notes() {
        String text = RequirementsFile.read("requirements.md",
                "\uFEFF# Requirements\nOrders are audited.".getBytes(StandardCharsets.UTF_8));
        assertThat(text).isEqualTo("# Requirements\nOrders are audited.");
        Requirements before = new Requirements("# Architecture\nPostgreSQL 16.\n", "architecture.md",
                List.of("audit-log"));
        Requirements after = RequirementsFile.append(before, "requirements.md", text);
        assertThat(after.text()).isEqualTo("# Architecture\nPostgreSQL 16.\n\n# Requirements\nOrders are audited.");
        assertThat(after.source()).isEqualTo("architecture.md, requirements.md");
        assertThat(after.dismissed()).containsExactly("audit-log");
        assertThat(RequirementsFile.append(Requirements.EMPTY, "notes.txt", "Tenants.").source())
                .isEqualTo("notes.txt");
    }

    @Test
    void other_types_large_binary_empty_and_non_utf8_files_are_refused_with_the_reason() {
        assertThatThrownBy(() -> RequirementsFile.read("spec.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("spec.pdf is not a Markdown or text file");
        assertThatThrownBy(() -> RequirementsFile.read("big.md", new byte[RequirementsFile.MAX_BYTES + 1]))
                .hasMessageContaining("big.md is 513 KB; requirements files can be at most 512 KB");
        assertThatThrownBy(() -> RequirementsFile.read("image.txt", new byte[] {'G', 'I', 'F', 0, 1}))
                .hasMessageContaining("image.txt contains binary data");
        assertThatThrownBy(() -> RequirementsFile.read("latin.md", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("latin.md is not UTF-8 text");
        assertThatThrownBy(() -> RequirementsFile.read("empty.txt", "  \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty.txt is empty");
    }

    @Test
    void notes_that_would_grow_past_their_limit_are_refused_but_long_documents_fit() {
        String long60k = "x".repeat(60_000);
        Requirements one = RequirementsFile.append(Requirements.EMPTY, "a.md", long60k);
        assertThat(SectionValidation.validate(one)).isEmpty();
        assertThatThrownBy(() -> RequirementsFile.append(one, "b.md", long60k))
                .hasMessageContaining("b.md would make the requirements notes 120,002 characters long; they hold "
                        + "at most 100,000");
    }
}
