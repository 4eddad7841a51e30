package org.schemaboard.model;

import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemaboard.TestData.EDITOR;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.base.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;

@ServiceTest
class QueryPatternServiceTest {

    private static final String DASHBOARD_SQL = "SELECT * FROM orders WHERE user_id = $1 AND status = $2";

    @Autowired
    TestData fixture;
    @Autowired
    EntityService entities;
    @Autowired
    IndexService indexes;
    @Autowired
    QueryPatternService patterns;
    @Autowired
    DesignModelService models;

    UUID design;
    UUID orders;
    UUID userStatus;

    @BeforeEach
    void ordersWithAnIndex() {
        design = fixture.newDesign();
        Ids ids = ordersWithIndexIn(design);
        orders = ids.orders();
        userStatus = ids.index();
    }

    @Test
    void a_query_pattern_linked_to_an_index_shows_the_link_from_both_sides() {
        UUID dashboard = create(new QueryPatternDraft(" User dashboard ", "A customer's orders by status.",
                DASHBOARD_SQL, new BigDecimal("20"), FrequencyUnit.SECOND, 100, List.of(orders),
                List.of(userStatus)));

        DesignModel model = load();
        QueryPattern pattern = model.queryPattern(dashboard).orElseThrow();
        assertThat(pattern.name()).isEqualTo("User dashboard");
        assertThat(pattern.sql()).isEqualTo(DASHBOARD_SQL);
        assertThat(pattern.frequencyDisplay()).isEqualTo("20 per second");
        assertThat(pattern.latencyTargetMs()).isEqualTo(100);
        assertThat(pattern.entityIds()).containsExactly(orders);
        assertThat(pattern.indexIds()).containsExactly(userStatus);
        assertThat(model.index(userStatus).orElseThrow().queryPatternIds()).containsExactly(dashboard);
    }

    @Test
    void linking_from_the_index_side_shows_on_the_query_pattern_too() {
        UUID dashboard = create(new QueryPatternDraft("User dashboard", null, DASHBOARD_SQL, null, null, null,
                List.of(orders), null));
        Index index = load().index(userStatus).orElseThrow();

        fixture.as(EDITOR, () -> indexes.update(userStatus, index.version(), new IndexDraft(orders, index.name(),
                index.columns(), false, false, null, null, index.purpose(), index.rationale(),
                List.of(dashboard))));

        assertThat(load().queryPattern(dashboard).orElseThrow().indexIds()).containsExactly(userStatus);
    }

    @Test
    void updating_a_query_pattern_replaces_its_links_and_deleting_it_removes_them_from_the_index() {
        UUID dashboard = create(new QueryPatternDraft("User dashboard", null, DASHBOARD_SQL, null, null, null,
                List.of(orders), List.of(userStatus)));

        fixture.as(EDITOR, () -> patterns.update(dashboard, 1, new QueryPatternDraft("Order history", null,
                DASHBOARD_SQL, new BigDecimal("5"), FrequencyUnit.MINUTE, 250, List.of(orders), List.of())));

        DesignModel model = load();
        QueryPattern history = model.queryPattern(dashboard).orElseThrow();
        assertThat(history.name()).isEqualTo("Order history");
        assertThat(history.frequencyDisplay()).isEqualTo("5 per minute");
        assertThat(history.indexIds()).isEmpty();
        assertThat(history.version()).isEqualTo(2);
        assertThat(model.index(userStatus).orElseThrow().queryPatternIds()).isEmpty();

        fixture.as(EDITOR, () -> patterns.update(dashboard, 2, new QueryPatternDraft("Order history", null,
                DASHBOARD_SQL, null, null, null, List.of(orders), List.of(userStatus))));
        fixture.as(EDITOR, () -> patterns.delete(dashboard, 3));

        assertThat(load().queryPatterns()).isEmpty();
        assertThat(load().index(userStatus).orElseThrow().queryPatternIds()).isEmpty();
    }

    @Test
    void a_frequency_without_a_unit_and_a_latency_of_zero_are_refused() {
        assertThatThrownBy(() -> create(new QueryPatternDraft("User dashboard", null, null, new BigDecimal("3"),
                null, 0, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("frequencyUnit", "latencyTargetMs"));
        assertThat(load().queryPatterns()).isEmpty();
    }

    @Test
    void a_query_pattern_cannot_rely_on_an_index_of_another_design() {
        UUID other = fixture.newDesign();
        UUID foreignIndex = ordersWithIndexIn(other).index();

        assertThatThrownBy(() -> create(new QueryPatternDraft("User dashboard", null, null, null, null, null,
                null, List.of(foreignIndex))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("indexes"));
        assertThat(load().queryPatterns()).isEmpty();
    }

    @Test
    void an_index_cannot_serve_a_query_pattern_of_another_design() {
        UUID other = fixture.newDesign();
        ordersWithIndexIn(other);
        UUID foreignPattern = fixture.as(EDITOR, () -> patterns.create(other, new QueryPatternDraft("Elsewhere",
                null, null, null, null, null, null, null)));
        Index index = load().index(userStatus).orElseThrow();

        assertThatThrownBy(() -> fixture.as(EDITOR, () -> indexes.update(userStatus, index.version(),
                new IndexDraft(orders, index.name(), index.columns(), false, false, null, null, null, null,
                        List.of(foreignPattern)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("queryPatterns"));
        assertThat(load().index(userStatus).orElseThrow().queryPatternIds()).isEmpty();
    }

    private record Ids(UUID orders, UUID index) {
    }

    /** orders(user_id, status) with idx_orders_user_status on both. */
    private Ids ordersWithIndexIn(UUID designId) {
        return fixture.as(EDITOR, () -> {
            UUID table = entities.createEntity(designId, EntityDraft.named("orders", EntityKind.CORE));
            UUID user = entities.addAttribute(table, AttributeDraft.of("user_id", "UUID"));
            UUID status = entities.addAttribute(table, AttributeDraft.of("status", "VARCHAR").withLength(20));
            UUID index = indexes.create(designId, new IndexDraft(table, "idx_orders_user_status",
                    List.of(new Index.IndexColumn(user, false), new Index.IndexColumn(status, false)), false, false,
                    null, null, "User dashboard", "User's orders by status", null));
            return new Ids(table, index);
        });
    }

    private UUID create(QueryPatternDraft draft) {
        return fixture.as(EDITOR, () -> patterns.create(design, draft));
    }

    private DesignModel load() {
        return fixture.as(EDITOR, () -> models.load(design));
    }
}
