package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlDraft;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.spec.Check;

class NoSqlRulesTest {

    @Test
    void the_sample_collection_key_pattern_and_mapping_raise_nothing() {
        assertThat(NoSqlRules.check(List.of(element(NoSqlSamples.products()), element(NoSqlSamples.productCache()),
                element(NoSqlSamples.productSearch())))).isEmpty();
    }

    @Test
    void an_index_on_an_undeclared_field_a_ttl_on_a_string_and_an_unindexed_shard_key_are_errors() {
        MongoCollection sessions = new MongoCollection(List.of(
                new MongoCollection.Field("token", "string", null, true),
                new MongoCollection.Field("userId", "objectId", null, true)),
                List.of(new MongoCollection.MongoIndex("by_user", List.of(new MongoCollection.Key("user", "1")),
                                false, null, null),
                        new MongoCollection.MongoIndex("expire", List.of(new MongoCollection.Key("token", "1")),
                                false, 3600, null)),
                List.of("userId"), false);
        List<Check> found = NoSqlRules.check(List.of(element(new NoSqlDraft("sessions", sessions))));
        assertThat(found).extracting(Check::rule).containsExactlyInAnyOrder("nosql-index-field-missing",
                "nosql-ttl-not-date", "nosql-shard-key-unindexed");
        assertThat(found).extracting(Check::message).anyMatch(m -> m.contains("names user, which sessions does not"));
        assertThat(found).allMatch(c -> c.severity() == Check.Severity.ERROR);
    }

    @Test
    void a_key_pattern_without_ttl_needs_a_reason() {
        NoSqlDraft forever = new NoSqlDraft("Sessions", new RedisKeyPattern("session:{id}", "hash", null, null,
                null, null, null));
        NoSqlDraft explained = new NoSqlDraft("Flags", new RedisKeyPattern("flag:{name}", "string", null,
                "Feature flags are written by deploys and must not vanish.", null, null, null));
        assertThat(NoSqlRules.check(List.of(element(forever), element(explained)))).extracting(Check::rule)
                .containsExactly("nosql-key-without-ttl");
    }

    @Test
    void the_rules_are_listed_with_the_others() {
        assertThat(DesignChecker.rule("nosql-key-without-ttl")).isPresent();
    }

    private static NoSqlElement element(NoSqlDraft d) {
        return new NoSqlElement(UUID.randomUUID(), d.name(), d.spec(), 1);
    }
}
