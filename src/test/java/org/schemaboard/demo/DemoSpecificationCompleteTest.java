package org.schemaboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.DemoTest;
import org.schemaboard.design.DesignService;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo is the brief's worked example written out in full: its specification has no empty field. */
@DemoTest
class DemoSpecificationCompleteTest {

    private static final String PLACEHOLDER = "_Not specified yet._";

    @Autowired
    DesignService designs;
    @Autowired
    ExportSources exportSources;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demos_exported_specification_has_no_field_left_unspecified() {
        String markdown = SpecificationExport.markdown(source());

        assertThat(markdown.lines().filter(l -> l.contains(PLACEHOLDER)).toList()).isEmpty();
    }

    private ExportSource source() {
        return currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals(DemoData.DEMO_DESIGN))
                    .findFirst().orElseThrow().id();
            return exportSources.of(id);
        });
    }
}
