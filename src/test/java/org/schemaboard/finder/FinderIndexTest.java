package org.schemaboard.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemaboard.finder.FinderItem.Kind;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;

class FinderIndexTest {

    private final Entity customer = FinderDesigns.entity("customer", "id", "email", "created_at");
    private final Entity orders = FinderDesigns.entity("orders", "id", "customer_id", "placed_at");
    private final Entity orderCustomer = FinderDesigns.entity("order_customer_note", "id");
    private final DesignModel model = FinderDesigns.model(List.of(customer, orders, orderCustomer),
            List.of(FinderDesigns.relationship("orders_customer", orders, customer)),
            List.of(FinderDesigns.index("ix_orders_placed_at", orders)),
            List.of(FinderDesigns.query("Orders of one customer, newest first")));
    private final FinderIndex index = FinderItems.index(model,
            List.of(new FinderItem(Kind.SECTION, "History", "Team", "history", null, null)), List.of());

    private List<String> labels(String query) {
        return index.search(query, 10).stream().map(FinderItem::label).toList();
    }

    @Test
    void the_whole_name_comes_first_then_prefixes_then_words_then_letters_in_order() {
        assertThat(labels("customer")).startsWith("customer", "customer.id", "customer.email",
                "customer.created_at");
        assertThat(labels("customer")).contains("orders.customer_id", "orders_customer");
        assertThat(labels("ocn")).first().isEqualTo("order_customer_note");
    }

    @Test
    void a_nosql_element_is_found_by_name_and_opens_on_the_nosql_tab() {
        java.util.UUID id = java.util.UUID.randomUUID();
        org.schemaboard.model.nosql.NoSqlElement sessions = new org.schemaboard.model.nosql.NoSqlElement(id,
                "user sessions", new org.schemaboard.model.nosql.RedisKeyPattern("session:{id}", "hash", 1800, null,
                "volatile-lru", null, null), 1);
        FinderIndex withNoSql = FinderItems.index(model, List.of(), List.of(), List.of(sessions));

        FinderItem found = withNoSql.search("sessions", 1).get(0);
        assertThat(found.kind()).isEqualTo(Kind.NOSQL);
        assertThat(found.label()).isEqualTo("user sessions");
        assertThat(found.detail()).isEqualTo("Redis key pattern");
        assertThat(found.section()).isEqualTo("nosql");
        assertThat(found.param()).isEqualTo("element");
        assertThat(found.value()).isEqualTo(id.toString());
    }

    @Test
    void an_entity_goes_to_the_entities_section_and_selects_it_an_attribute_selects_its_entity() {
        FinderItem entity = index.search("customer", 1).get(0);
        assertThat(entity.kind()).isEqualTo(Kind.ENTITY);
        assertThat(entity.section()).isEqualTo("entities");
        assertThat(entity.value()).isEqualTo(customer.id().toString());
        FinderItem attribute = index.search("customer_id", 1).get(0);
        assertThat(attribute.label()).isEqualTo("orders.customer_id");
        assertThat(attribute.value()).isEqualTo(orders.id().toString());
    }

    @Test
    void indexes_query_patterns_sections_and_plan_parts_are_found_with_their_place() {
        assertThat(index.search("ix_ord", 1).get(0)).extracting(FinderItem::kind, FinderItem::section)
                .containsExactly(Kind.INDEX, "indexes");
        assertThat(index.search("newest", 1).get(0)).extracting(FinderItem::kind, FinderItem::section)
                .containsExactly(Kind.QUERY_PATTERN, "query-patterns");
        assertThat(index.search("histo", 1).get(0)).extracting(FinderItem::section).isEqualTo("history");
        assertThat(index.search("sharding", 1).get(0)).extracting(FinderItem::section, FinderItem::param,
                FinderItem::value).containsExactly("scalability", "part", "sharding");
    }

    @Test
    void nothing_typed_finds_nothing_and_letters_out_of_order_do_not_match() {
        assertThat(index.search("  ", 10)).isEmpty();
        assertThat(labels("zzq")).isEmpty();
    }

    @Test
    void at_ten_thousand_tables_a_query_answers_well_under_200_ms() {
        FinderIndex large = FinderItems.index(FinderDesigns.large(10_000), List.of(), List.of());
        large.search("warm", 12);
        long started = System.nanoTime();
        List<FinderItem> found = large.search("custinv", 12);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(found).hasSize(12);
        assertThat(ms).as("one query over %d names", large.size()).isLessThan(1_000); // CI margin; benchmark: 200
    }
}
