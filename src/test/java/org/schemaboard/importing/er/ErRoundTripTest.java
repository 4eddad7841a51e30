package org.schemaboard.importing.er;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.export.PlantUmlErd;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;

/**
 * Export → import gives the same entities, attributes (name, type, primary key) and relationships (ends and
 * cardinality), in Mermaid and in PlantUML, over the test dumps and real-world schemas.
 */
class ErRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"/sqlimport/pg_dump.sql", "/sqlimport/mysqldump.sql", "/sqlimport/h2.sql",
            "/schemas/chinook-postgresql/schema.sql", "/schemas/sakila-mysql/schema.sql",
            "/schemas/pagila-postgresql/schema.sql"})
    void mermaid_export_reimports_with_the_same_entities_attributes_and_relationships(String dump) {
        roundTrip(dump, SpecificationExport::mermaid, ErImportService.Format.MERMAID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sqlimport/pg_dump.sql", "/sqlimport/mysqldump.sql", "/sqlimport/h2.sql",
            "/schemas/chinook-postgresql/schema.sql", "/schemas/sakila-mysql/schema.sql",
            "/schemas/pagila-postgresql/schema.sql"})
    void plantuml_export_reimports_with_the_same_entities_attributes_and_relationships(String dump) {
        roundTrip(dump, PlantUmlErd::render, ErImportService.Format.PLANTUML);
    }

    private static void roundTrip(String dump, Function<DesignModel, String> export, ErImportService.Format format) {
        String sql = resource(dump);
        if (sql == null) {
            return;
        }
        DesignModel original = SqlImportService.model("original", TargetDatabase.POSTGRESQL,
                SqlImportService.read(sql, ImportDialect.AUTO));
        String text = export.apply(original);
        ImportPlan plan = ErImportService.read(text, format, null);
        assertThat(plan.problem()).as(text).isNull();
        DesignModel again = SqlImportService.model("again", TargetDatabase.POSTGRESQL, plan);

        // Mermaid's types are one token of letters, digits, _ - ( ) [ ]: enum values lose their quotes there
        Function<String, String> types = format == ErImportService.Format.MERMAID ? ErRoundTripTest::mermaidToken
                : Function.identity();
        assertThat(entities(again, types)).as(text).isEqualTo(entities(original, types));
        assertThat(relationships(again)).as(text).isEqualTo(relationships(original));
        assertThat(plan.warnings()).noneMatch(w -> w.text().contains("added as the foreign key"));
    }

    /** Each entity's attributes as "name TYPE [PK]", by entity name. */
    static Map<String, List<String>> entities(DesignModel model, Function<String, String> types) {
        Map<String, List<String>> out = new HashMap<>();
        for (Entity e : model.entities()) {
            out.put(e.name(), e.attributes().stream().map(a -> a.name() + " " + types.apply(a.typeDisplay()
                    .toUpperCase(Locale.ROOT)) + (a.primaryKey() ? " PK" : "")).toList());
        }
        return out;
    }

    /** Each relationship as "parent → child CARDINALITY (child columns)", sorted. */
    static List<String> relationships(DesignModel model) {
        Map<UUID, Entity> byId = new HashMap<>();
        Map<UUID, String> attributes = new HashMap<>();
        model.entities().forEach(e -> {
            byId.put(e.id(), e);
            e.attributes().forEach(a -> attributes.put(a.id(), a.name()));
        });
        return model.relationships().stream().map(r -> byId.get(r.fromEntityId()).name() + " → "
                + byId.get(r.toEntityId()).name() + " " + r.cardinality() + " " + r.columns().stream()
                .map(p -> attributes.get(p.toAttributeId())).toList()).sorted().toList();
    }

    private static String mermaidToken(String type) {
        return type.replaceAll("\\s*,\\s*", "-").replaceAll("\\s+", "_").replaceAll("[^A-Z0-9_\\-()\\[\\]]", "");
    }

    static String resource(String path) {
        try (InputStream in = ErRoundTripTest.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
