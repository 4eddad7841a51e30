package org.schemaboard.model.nosql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;
import static org.schemaboard.TestData.OWNER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.NoSqlSamples;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ValidationException;
import org.schemaboard.undo.UndoService;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class NoSqlServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    NoSqlService nosql;
    @Autowired
    UndoService undo;
    @Autowired
    AuditLog auditLog;

    UUID design;

    @BeforeEach
    void newDesign() {
        design = fixture.newDesign();
    }

    @Test
    void collections_key_patterns_and_search_mappings_are_stored_whole_and_read_back() {
        UUID products = fixture.as(EDITOR, () -> nosql.create(design, NoSqlSamples.products()));
        fixture.as(EDITOR, () -> nosql.create(design, NoSqlSamples.productCache()));
        fixture.as(EDITOR, () -> nosql.create(design, NoSqlSamples.productSearch()));

        List<NoSqlElement> all = fixture.as(EDITOR, () -> nosql.list(design));
        assertThat(all).extracting(NoSqlElement::kind).containsExactly(NoSqlKind.MONGO_COLLECTION,
                NoSqlKind.REDIS_KEY, NoSqlKind.SEARCH_INDEX);
        NoSqlElement stored = all.get(0);
        assertThat(stored.id()).isEqualTo(products);
        assertThat(stored.spec()).isEqualTo(NoSqlSamples.products().spec());
        assertThat(all.get(1).spec()).isEqualTo(NoSqlSamples.productCache().spec());
        assertThat(all.get(2).spec()).isEqualTo(NoSqlSamples.productSearch().spec());
    }

    @Test
    void a_change_is_audited_and_undone() {
        UUID cache = fixture.as(OWNER, () -> nosql.create(design, NoSqlSamples.productCache()));
        RedisKeyPattern longer = new RedisKeyPattern("product:{id}", "hash", 7200, null, "allkeys-lru",
                "product updated", null);
        fixture.as(OWNER, () -> nosql.update(cache, 1, new NoSqlDraft("Product cache", longer)));
        assertThat(only().spec()).isEqualTo(longer);
        assertThat(auditLog.forDesign(design, cache, OWNER, 10)).extracting(AuditRecord::action)
                .startsWith(ChangeAction.UPDATE, ChangeAction.CREATE);

        fixture.as(OWNER, () -> undo.undo(design, false));
        assertThat(only().spec()).isEqualTo(NoSqlSamples.productCache().spec());
    }

    @Test
    void bad_input_is_refused_with_a_message_per_field_and_nothing_is_saved() {
        NoSqlDraft bad = new NoSqlDraft(" ", new RedisKeyPattern("product {id}", "blob", -5, null, null, null,
                null));
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> nosql.create(design, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "keyTemplate", "dataType", "ttlSeconds"));
        NoSqlDraft badIndex = new NoSqlDraft("orders", new MongoCollection(
                List.of(new MongoCollection.Field("status", "string", null, true)),
                List.of(new MongoCollection.MongoIndex("by_status", List.of(new MongoCollection.Key("status", "up")),
                        false, null, "status = 1")), List.of(), false));
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> nosql.create(design, badIndex)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indexes[0].keys", "indexes[0].partialFilter"))
                .hasMessageContaining("use 1, -1 or text");
        fixture.as(EDITOR, () -> nosql.create(design, NoSqlSamples.productCache()));
        assertThatThrownBy(() -> fixture.as(EDITOR, () -> nosql.create(design, NoSqlSamples.productCache())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already has");
        assertThat(fixture.as(EDITOR, () -> nosql.list(design))).hasSize(1);
    }

    private NoSqlElement only() {
        List<NoSqlElement> all = fixture.as(OWNER, () -> nosql.list(design));
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
