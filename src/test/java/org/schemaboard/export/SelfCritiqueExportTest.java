package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.spec.CritiqueFacts;
import org.schemaboard.spec.DesignDecisions;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SelfCritique.Part;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.scalability.Partitioning;

/** The self-critique's facts, its section of the specification, and its place in design.json. */
class SelfCritiqueExportTest {

    private static final SelfCritique WRITTEN = new SelfCritique("Orders keep a **copy** of the total.",
            "The lookup index serves nothing yet.", "PostgreSQL fits.", "Additive migrations only.",
            "Indexes follow the patterns.", "Model query patterns first.", "Encrypt e-mail addresses.");

    private static DesignModel model() {
        DesignBuilder d = new DesignBuilder("Shop");
        DesignBuilder.EntityBuilder users = d.entity("users", EntityKind.CORE, null);
        users.col("id", "UUID").pk().and().col("email", "VARCHAR").len(255).and().col("nickname", "TEXT");
        d.index("idx_users_nickname", users, "nickname");
        return d.build();
    }

    private static Specification spec(DesignModel model) {
        return Specification.empty(model.designId())
                .with(new DesignDecisions(null, List.of(), null, null,
                        List.of("Order totals stored redundantly: the dashboard sums them per user"), null))
                .with(new Partitioning(List.of(new Partitioning.Plan(model.entities().get(0).id(),
                        Partitioning.Strategy.HASH, List.of(), 4, List.of(), null,
                        "Four partitions. We assume 10 million users in the first year."))));
    }

    @Test
    void facts_name_denormalizations_unserved_indexes_and_assumptions_under_their_part() {
        DesignModel model = model();
        Map<Part, List<String>> facts = CritiqueFacts.of(model, spec(model), List.of());

        assertThat(facts.get(Part.MODELING_DECISIONS)).containsExactly(
                "Denormalization: Order totals stored redundantly: the dashboard sums them per user");
        assertThat(facts.get(Part.PERFORMANCE)).containsExactly(
                "Index idx_users_nickname on users serves no query pattern",
                "Assumption in partitioning: We assume 10 million users in the first year.");
        assertThat(facts.get(Part.LESSONS_LEARNED)).isEmpty();
    }

    @Test
    void the_specification_has_the_authors_parts_with_the_facts_they_reflect_on() {
        DesignModel model = model();
        Specification spec = spec(model).with(WRITTEN);

        String markdown = MarkdownSpec.render(new ExportSource(model, spec, null, null));

        String section = markdown.substring(markdown.indexOf("## Self-Critique"));
        assertThat(section).contains("### Data modeling decisions\n\nOrders keep a **copy** of the total.")
                .contains("- Denormalization: Order totals stored redundantly")
                .contains("### Performance and scalability\n\nThe lookup index serves nothing yet.\n\n"
                        + "**Facts reflected on**:\n\n- ")
                .contains("No query pattern uses the index idx_users_nickname")
                .contains("- Assumption in partitioning: We assume 10 million users in the first year.")
                .contains("### Recommendations\n\nEncrypt e-mail addresses.");
        assertThat(markdown.indexOf("## Self-Critique")).isGreaterThan(markdown.indexOf("## Handoff Notes"));
    }

    @Test
    void an_unwritten_critique_reads_not_specified() {
        DesignModel model = new DesignBuilder("Empty").build();
        String markdown = MarkdownSpec.render(ExportSource.of(model));
        assertThat(markdown).contains("## Self-Critique\n\n_Not specified yet._");
    }

    @Test
    void design_json_carries_the_critique_and_reads_it_back() {
        DesignModel model = model();
        Specification spec = spec(model).with(WRITTEN);

        String json = DesignJson.write(new ExportSource(model, spec, null, null));
        DesignJson.DesignFile back = DesignJson.readFile(json);

        assertThat(json).contains("\"self-critique\"");
        assertThat(back.sections()).filteredOn(s -> s.section() == SpecSection.SELF_CRITIQUE)
                .containsExactly(WRITTEN);
    }

    @Test
    void the_requirements_are_exported_under_their_own_heading_with_their_headings_moved_below_it() {
        DesignModel model = model();
        Specification spec = spec(model).with(new org.schemaboard.spec.Requirements(
                "# Shop\nOrders must be audited.\n## Scale\n10 million orders.", "requirements.md", List.of()));

        String markdown = MarkdownSpec.render(new ExportSource(model, spec, null, null));
        String json = DesignJson.write(new ExportSource(model, spec, null, null));

        assertThat(markdown).contains("## Requirements\n\n**Source**: requirements.md\n\n#### Shop\n"
                + "Orders must be audited.\n##### Scale\n10 million orders.");
        assertThat(DesignJson.readFile(json).sections()).filteredOn(s -> s.section() == SpecSection.REQUIREMENTS)
                .hasSize(1);
    }
}
