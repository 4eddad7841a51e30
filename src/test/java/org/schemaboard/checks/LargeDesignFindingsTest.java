package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.diagram.Models;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.spec.Check;

/**
 * Every rule over a generated design of 600 tables with varied column types gives the findings the engine gave before
 * its speed passes (h22c: primary keys and type families remembered per run): the same count per rule and the same
 * findings, compared by a digest of every finding's rule, severity, subject and message, taken from the engine of
 * commit 79a606a.
 */
class LargeDesignFindingsTest {

    private static final String BEFORE = "cf78b14d5b5c5d63df55bf1dafbdb191087ad8807cb62a1c05af96bc337d6652";

    @Test
    void the_findings_of_a_large_generated_design_are_those_of_the_engine_before_the_speed_pass() {
        List<Check> found = DesignChecker.run(design(), null);

        assertThat(found).hasSizeGreaterThan(1000);
        assertThat(perRule(found)).containsKeys("fk-type-mismatch", "column-type-inconsistent", "fk-without-index", "money-in-float");
        assertThat(digest(found)).isEqualTo(BEFORE);
    }

    /** Models.large(600) with types varied by position: aliases, lengths, unsigned, money in floats; some indexes. */
    static DesignModel design() {
        DesignModel base = Models.large(600);
        String[] types = {"INTEGER", "INT4", "int", "BIGINT", "VARCHAR", "varchar", "TEXT", "DECIMAL", "NUMERIC",
            "FLOAT", "DOUBLE", "INT UNSIGNED", "TIMESTAMP", "timestamptz", "CHARACTER VARYING", "BOOLEAN"};
        List<Entity> entities = new ArrayList<>();
        int n = 0;
        for (Entity e : base.entities()) {
            List<Attribute> attributes = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                n++;
                boolean vary = n % 7 == 0;
                String type = vary ? types[n % types.length] : a.dataType();
                Integer length = vary && type.toUpperCase().contains("VAR") ? (n % 3 == 0 ? null : Integer.valueOf(10 + n % 200)) : a.length();
                Integer precision = vary && n % 5 == 0 ? Integer.valueOf(12) : a.precision();
                String name = n % 97 == 0 ? "amount" : n % 89 == 0 ? "user_id" : a.name();
                attributes.add(new Attribute(a.id(), a.entityId(), a.position(), name, type, length, precision,
                        precision == null ? null : 2, a.nullable() || n % 31 == 0, a.defaultValue(), a.primaryKey(),
                        a.unique() || n % 53 == 0, a.autoIncrement(), a.checkExpression(), a.description(),
                        a.version()));
            }
            entities.add(new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(),
                    e.notes(), e.version(), attributes));
        }
        List<Index> indexes = new ArrayList<>();
        int i = 0;
        for (Relationship r : base.relationships()) {
            if (!r.columns().isEmpty() && i++ % 3 != 0) {
                indexes.add(new Index(UUID.nameUUIDFromBytes(("idx" + i).getBytes(StandardCharsets.UTF_8)),
                        r.toEntityId(), "idx_" + i, r.columns().stream()
                        .map(p -> new Index.IndexColumn(p.toAttributeId(), false)).toList(), i % 11 == 0, null,
                        IndexMethod.BTREE, null, i % 4 == 0 ? null : "join", List.of(), 1));
            }
        }
        return new DesignModel(base.designId(), base.name(), base.targetDatabase(), base.description(), entities,
                base.relationships(), indexes, List.of());
    }

    static Map<String, Integer> perRule(List<Check> found) {
        Map<String, Integer> count = new TreeMap<>();
        found.forEach(c -> count.merge(c.rule(), 1, Integer::sum));
        return count;
    }

    static String digest(List<Check> found) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Check c : found) {
                sha.update((c.rule() + "|" + c.severity() + "|" + c.elementType() + "|" + c.elementId() + "|"
                        + c.subject() + "|" + c.message() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
