package org.schemaboard.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.diagram.Models.id;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;

class PlacementTest {

    private final DesignModel shop = Models.shop();

    @Test
    void a_view_with_nothing_stored_gets_the_automatic_layout() {
        Set<UUID> all = Set.copyOf(shop.entities().stream().map(e -> e.id()).toList());
        assertThat(Placement.complete(shop, all, Map.of(), Map.of())).isEqualTo(AutoLayout.of(shop, all));
    }

    @Test
    void entities_added_since_the_arrangement_was_saved_go_below_it_without_overlapping() {
        DiagramLayout auto = AutoLayout.of(shop);
        Map<UUID, Point> stored = new LinkedHashMap<>();
        auto.boxes().forEach((eid, b) -> {
            if (!eid.equals(id("payment")) && !eid.equals(id("wide_table"))) {
                stored.put(eid, new Point(b.x(), b.y()));
            }
        });
        DiagramLayout completed = Placement.complete(shop, auto.boxes().keySet(), stored, auto.routes());
        assertThat(completed.boxes()).hasSize(shop.entities().size());
        int bottomOfStored = stored.keySet().stream().mapToInt(e -> completed.boxes().get(e).bottom()).max()
                .orElseThrow();
        assertThat(completed.boxes().get(id("payment")).y()).isGreaterThan(bottomOfStored);
        DiagramLayoutTest.assertNoOverlaps(completed);
        assertThat(completed.boxes().get(id("orders"))).isEqualTo(auto.boxes().get(id("orders")));
    }

    @Test
    void relayout_of_a_selection_leaves_the_other_boxes_alone_and_overlaps_nothing() {
        DiagramLayout auto = AutoLayout.of(shop);
        List<UUID> chosen = List.of(id("product"), id("category"), id("product_category"));
        DiagramLayout after = Placement.relayout(shop, auto, chosen);
        auto.boxes().forEach((eid, b) -> {
            if (!chosen.contains(eid)) {
                assertThat(after.boxes().get(eid)).isEqualTo(b);
            }
        });
        DiagramLayoutTest.assertNoOverlaps(after);
    }

    @Test
    void a_big_design_suggests_its_most_connected_entity_and_its_surroundings() {
        DesignModel big = Models.large(200);
        Set<UUID> around = Placement.neighbourhoodOfHub(big, 30);
        assertThat(around).hasSize(30);
        UUID hub = around.iterator().next();
        assertThat(around).containsAll(Placement.neighbours(big, hub).stream().limit(10).toList());
        assertThat(Placement.neighbourhoodOfHub(big, 30)).isEqualTo(around);
    }

    @Test
    void neighbours_are_the_entities_on_the_other_side_of_its_relationships() {
        assertThat(Placement.neighbours(shop, id("orders"))).containsExactlyInAnyOrder(id("orders"), id("customer"),
                id("address"), id("order_item"), id("payment"));
    }
}
