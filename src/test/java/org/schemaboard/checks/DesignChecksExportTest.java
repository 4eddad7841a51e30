package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;

/** The exported specification lists every open problem and every suppression with its reason, from the one engine. */
class DesignChecksExportTest {

    @Test
    void design_checks_lists_open_problems_and_suppressions_and_the_checklist_counts_only_open_ones() {
        TestDesign d = RuleCases.clean();
        d.table("scratch").col("note", "TEXT");
        d.col("orders", "user_id").type = "BIGINT";
        DesignModel model = d.model();
        Check mismatch = DesignChecker.run(model, d.spec).stream().filter(c -> c.rule().equals("fk-type-mismatch"))
                .findFirst().orElseThrow();
        Suppression accepted = new Suppression(UUID.randomUUID(), model.designId(), mismatch.rule(),
                mismatch.elementKey(), mismatch.subject(), "Legacy ids; converted in the next release", "bob",
                OffsetDateTime.now(), 1);

        String md = SpecificationExport.markdown(new ExportSource(model, d.spec, null, null, List.of(accepted),
                List.of(List.of("Orders of a user", "orders: idx_orders_user", "as linked"))));

        String section = md.substring(md.indexOf("### Design Checks"), md.indexOf("## Handoff Notes"));
        assertThat(section).contains("**Open problems**: 1 error, 0 warnings, 1 note; 1 suppressed.")
                .contains("| Error | `entity-without-primary-key` | scratch | scratch has no primary key |")
                .contains("| Info | `orphan-entity` | scratch |")
                .contains("#### Suppressed")
                .contains("| `fk-type-mismatch` | users 1:N orders | orders.user_id is BIGINT but refers to users.id, "
                        + "which is UUID | Legacy ids; converted in the next release | bob |")
                .contains("#### Query Coverage")
                .contains("| Orders of a user | orders: idx_orders_user | as linked |");
        assertThat(md).contains("- [ ] Every entity has a primary key (without one: scratch)")
                .contains("- [x] Data integrity constraints implemented at appropriate levels");
    }
}
