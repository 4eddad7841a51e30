package org.schemaboard.importing.dbml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.export.DbmlWriter;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.Cardinality;
import org.springframework.beans.factory.annotation.Autowired;

/** Export as DBML and import again gives the same design: for a rich DBML file and for every test dump. */
@ServiceTest
class DbmlRoundTripTest {

    @Autowired
    TestData data;
    @Autowired
    SqlImportService sqlImport;
    @Autowired
    DbmlImportService dbmlImport;
    @Autowired
    DesignModelService models;
    @Autowired
    DiagramService diagrams;
    @Autowired
    DesignService designs;

    String user;

    @BeforeEach
    void signIn() {
        user = data.account("dbml");
    }

    @Test
    void a_rich_dbml_file_imports_with_its_groups_and_comes_back_the_same() {
        DbmlPlan plan = DbmlImportService.read(DbmlReaderTest.resource("rich.dbml"), null);
        UUID id = data.as(user, () -> dbmlImport.importIntoNewDesign(TestData.designName("Rich DBML"), null, plan,
                done -> { }));
        DesignModel model = data.as(user, () -> models.load(id));

        assertThat(model.targetDatabase()).isEqualTo(TargetDatabase.POSTGRESQL);
        assertThat(model.description()).isEqualTo("# Shop\nOrders and their customers.");
        assertThat(model.entityNamed("products_tags").orElseThrow().kind()).isEqualTo(EntityKind.JUNCTION);
        assertThat(model.relationships()).filteredOn(r -> r.cardinality() == Cardinality.MANY_TO_MANY).hasSize(1);
        assertThat(model.relationships()).filteredOn(r -> r.cardinality() == Cardinality.ONE_TO_ONE)
                .extracting(r -> model.entityName(r.toEntityId())).containsExactly("invoices");
        assertThat(model.entityNamed("orders").orElseThrow().businessRules())
                .isEqualTo("Checks of the imported table:\nCHECK (total >= 0 or deleted_at is not null)");
        assertThat(data.as(user, () -> diagrams.areas(id))).extracting(a -> a.name() + " " + a.entityIds().size())
                .containsExactlyInAnyOrder("sales 3", "catalogue 2");
        assertRoundTrip(id);
    }

    @Test
    void every_test_dump_comes_back_the_same_through_dbml() throws IOException, URISyntaxException {
        List<Path> dumps = new ArrayList<>();
        for (String folder : List.of("/schemas", "/sqlimport")) {
            try (Stream<Path> files = Files.walk(Path.of(getClass().getResource(folder).toURI()))) {
                files.filter(f -> f.toString().endsWith(".sql")).sorted().forEach(dumps::add);
            }
        }
        assertThat(dumps).hasSizeGreaterThanOrEqualTo(13);
        for (Path dump : dumps) {
            ImportPlan plan = SqlImportService.read(Files.readString(dump, StandardCharsets.UTF_8), ImportDialect.AUTO);
            TargetDatabase target = plan.dialect().target();
            UUID id = data.as(user, () -> sqlImport.importIntoNewDesign(TestData.designName(dump.getParent()
                    .getFileName() + " " + dump.getFileName()), target, plan));
            assertRoundTrip(id);
        }
    }

    @Test
    void a_broken_file_imports_nothing() {
        DbmlPlan plan = DbmlImportService.read("Table a {\n  id int [pk]\n}\nRef: a.id > b.id\n", null);
        long before = data.as(user, () -> designs.listMine().size());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.as(user, () -> dbmlImport.importIntoNewDesign(
                TestData.designName("Broken"), null, plan, done -> { })))
                .hasMessageContaining("line 4, column 13").hasMessageContaining("Nothing was imported");
        assertThat(data.as(user, () -> designs.listMine().size())).isEqualTo(before);
    }

    private void assertRoundTrip(UUID id) {
        DesignModel original = data.as(user, () -> models.load(id));
        var areas = data.as(user, () -> diagrams.areas(id));
        String dbml = DbmlWriter.write(original, areas);
        DbmlPlan plan = DbmlImportService.read(dbml, original.targetDatabase());
        assertThat(plan.plan().problem()).as(original.name() + "\n" + dbml).isNull();
        UUID copy = data.as(user, () -> dbmlImport.importIntoNewDesign(TestData.designName("copy"),
                original.targetDatabase(), plan, done -> { }));
        DesignModel again = data.as(user, () -> models.load(copy));
        assertThat(ModelText.of(again, data.as(user, () -> diagrams.areas(copy))))
                .as(original.name()).containsExactlyElementsOf(ModelText.of(original, areas));
        assertThat(DbmlWriter.write(again, data.as(user, () -> diagrams.areas(copy))).replace(again.name(), "_"))
                .as("the copy's DBML").isEqualTo(dbml.replace(original.name(), "_"));
    }
}
