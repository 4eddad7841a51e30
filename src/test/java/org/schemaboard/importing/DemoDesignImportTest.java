package org.schemaboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.export.DesignJson;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The seeded demo design survives export and import. The same context as {@code DemoDesignTest} (so Spring reuses it);
 * the imported copy is deleted again, leaving that test's database as it found it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-design-test;DB_CLOSE_DELAY=-1",
        "schemaboard.demo=true"})
class DemoDesignImportTest {

    @Autowired
    DesignImportService imports;
    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demo_design_exported_and_imported_gives_the_same_file_apart_from_ids_and_name() {
        currentUser.runAs("bob", () -> {
            DesignSummary demo = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow();
            DesignModel original = models.load(demo.id());
            String exported = DesignJson.write(original);

            UUID copy = imports.importJson(exported, null);
            try {
                String again = DesignJson.write(models.load(copy));

                assertThat(original.entities()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(designs.get(copy).name()).isEqualTo("E-commerce platform (imported)");
                assertThat(DesignFiles.withoutIds(again)).isEqualTo(DesignFiles.withoutIds(exported));
            } finally {
                designs.delete(copy, designs.get(copy).version());
            }
            return null;
        });
    }
}
