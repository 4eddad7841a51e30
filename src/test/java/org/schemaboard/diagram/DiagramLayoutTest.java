package org.schemaboard.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemaboard.diagram.Models.id;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.schemaboard.model.DesignModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramLayoutTest {

    private final DesignModel shop = Models.shop();

    @Test
    void automatic_layout_places_every_entity_without_overlaps() {
        DiagramLayout layout = AutoLayout.of(shop);
        assertThat(layout.boxes()).hasSize(shop.entities().size());
        assertNoOverlaps(layout);
        DesignModel large = Models.large(300);
        DiagramLayout big = AutoLayout.of(large);
        assertThat(big.boxes()).hasSize(300);
        assertNoOverlaps(big);
    }

    @Test
    void layout_and_svg_are_the_same_for_the_same_model() {
        assertThat(AutoLayout.of(Models.shop())).isEqualTo(AutoLayout.of(Models.shop()));
        assertThat(DiagramSvg.svg(Models.shop(), AutoLayout.of(Models.shop())))
                .isEqualTo(DiagramSvg.svg(shop, AutoLayout.of(shop)));
    }

    @Test
    void referenced_entities_are_left_of_the_entities_that_refer_to_them() {
        DiagramLayout layout = AutoLayout.of(shop);
        assertThat(layout.boxes().get(id("customer")).right()).isLessThan(layout.boxes().get(id("orders")).x());
        assertThat(layout.boxes().get(id("orders")).right()).isLessThan(layout.boxes().get(id("order_item")).x());
    }

    @Test
    void lines_carry_crows_feet_of_their_cardinality_and_optionality() throws Exception {
        Document svg = parse(DiagramSvg.svg(shop, AutoLayout.of(shop)));
        Map<String, Element> rels = relationships(svg);
        assertThat(rels).hasSize(shop.relationships().size());
        Element places = rels.get(id("customer->orders.customer_id").toString());
        assertThat(places.getAttribute("data-cardinality")).isEqualTo("1:N");
        assertThat(places.getAttribute("data-from-end")).isEqualTo("||");
        assertThat(places.getAttribute("data-to-end")).isEqualTo("o{");
        Element shipsTo = rels.get(id("address->orders.shipping_address_id").toString());
        assertThat(shipsTo.getAttribute("data-from-end")).as("nullable foreign key: zero or one").isEqualTo("o|");
        Element paidBy = rels.get(id("orders->payment.order_id").toString());
        assertThat(paidBy.getAttribute("data-cardinality")).isEqualTo("1:1");
        assertThat(paidBy.getAttribute("data-to-end")).isEqualTo("o|");
        Element classified = rels.get(id("product<->category").toString());
        assertThat(classified.getAttribute("data-from-end")).isEqualTo("o{");
        assertThat(classified.getAttribute("data-to-end")).isEqualTo("o{");
        assertThat(classified.getAttribute("class")).contains("nm");
        assertThat(rels.get(id("orders->order_item.order_id").toString()).getAttribute("class"))
                .contains("identifying");
        assertThat(places.getAttribute("class")).doesNotContain("identifying");
        // a crow's foot is three strokes meeting at one point; a "||" end two bars, an "o|" end a circle
        assertThat(endPath(places)).containsPattern("(M[^M]+){5}");
        assertThat(places.getElementsByTagName("circle").getLength()).isEqualTo(1);
        assertThat(shipsTo.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void every_line_starts_and_ends_on_its_boxes() {
        DiagramLayout layout = AutoLayout.of(shop);
        Map<UUID, Route> routes = DiagramSvg.effectiveRoutes(shop, layout);
        shop.relationships().forEach(r -> {
            Route route = routes.get(r.id());
            assertThat(layout.boxes().get(r.fromEntityId()).onBorder(route.first(), 3)).as(r.name()).isTrue();
            assertThat(layout.boxes().get(r.toEntityId()).onBorder(route.last(), 3)).as(r.name()).isTrue();
        });
    }

    @Test
    void a_moved_box_gets_lines_that_meet_it_where_it_now_is() {
        DiagramLayout layout = AutoLayout.of(shop);
        Map<UUID, Box> boxes = new HashMap<>(layout.boxes());
        Box orders = boxes.get(id("orders"));
        Box moved = orders.movedTo(orders.x() + 400, orders.y() + 700);
        boxes.put(id("orders"), moved);
        DiagramLayout after = new DiagramLayout(boxes, layout.routes());
        Route places = DiagramSvg.effectiveRoutes(shop, after).get(id("customer->orders.customer_id"));
        assertThat(moved.onBorder(places.last(), 3)).isTrue();
        assertThat(boxes.get(id("customer")).onBorder(places.first(), 3)).isTrue();
        for (int i = 0; i + 1 < places.points().size(); i++) {
            Point a = places.points().get(i);
            Point b = places.points().get(i + 1);
            assertThat(a.x() == b.x() || a.y() == b.y()).as("orthogonal segment " + a + "–" + b).isTrue();
        }
    }

    @Test
    void a_view_of_some_entities_shows_only_them_and_their_relationships() throws Exception {
        Set<UUID> some = Set.of(id("customer"), id("orders"), id("payment"));
        DiagramLayout layout = AutoLayout.of(shop, some);
        assertThat(layout.boxes().keySet()).containsExactlyInAnyOrderElementsOf(some);
        Document svg = parse(DiagramSvg.svg(shop, layout));
        assertThat(names(svg)).containsExactlyInAnyOrder("customer", "orders", "payment");
        assertThat(relationships(svg).keySet()).containsExactlyInAnyOrder(
                id("customer->orders.customer_id").toString(), id("orders->payment.order_id").toString());
    }

    @Test
    void a_long_table_collapses_to_its_key_columns() throws Exception {
        String svg = DiagramSvg.svg(shop, AutoLayout.of(shop));
        Element wide = boxes(parse(svg)).get("wide_table");
        String text = wide.getTextContent();
        assertThat(text).contains("id", "customer_id", "+ 14 more").doesNotContain("c01");
        assertThat(boxes(parse(svg)).get("customer").getTextContent()).contains("email", "phone");
    }

    @Test
    void a_self_reference_is_a_loop_on_its_box() {
        DiagramLayout layout = AutoLayout.of(shop);
        Route parent = DiagramSvg.effectiveRoutes(shop, layout).get(id("category->category.parent_id"));
        Box category = layout.boxes().get(id("category"));
        assertThat(category.onBorder(parent.first(), 1)).isTrue();
        assertThat(category.onBorder(parent.last(), 1)).isTrue();
        assertThat(parent.points()).anyMatch(p -> p.x() > category.right());
    }

    @Test
    void names_with_markup_are_escaped_and_the_svg_is_well_formed() throws Exception {
        DesignModel odd = new Models("A <b>&\"quoted\"</b>").entity("t<1>&", org.schemaboard.model.entity.EntityKind.CORE,
                "x\"y").build();
        Document svg = parse(DiagramSvg.svg(odd, AutoLayout.of(odd)));
        assertThat(names(svg)).containsExactly("t<1>&");
    }

    @Test
    void routes_survive_storage() {
        Route r = new Route(List.of(new Point(1, 2), new Point(30, 2), new Point(30, -40)), new Point(5, 6));
        assertThat(Route.decode(r.encode())).isEqualTo(r);
        assertThat(Route.decode("rubbish")).isNull();
    }

    static void assertNoOverlaps(DiagramLayout layout) {
        List<Map.Entry<UUID, Box>> all = new ArrayList<>(layout.boxes().entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).getValue().overlaps(all.get(j).getValue()))
                        .as(all.get(i).getValue() + " and " + all.get(j).getValue()).isFalse();
            }
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Element> relationships(Document svg) {
        return byClass(svg, "sb-rel", "data-id");
    }

    static Map<String, Element> boxes(Document svg) {
        return byClass(svg, "sb-box", "data-name");
    }

    static List<String> names(Document svg) {
        return new ArrayList<>(boxes(svg).keySet());
    }

    private static Map<String, Element> byClass(Document svg, String cls, String key) {
        Map<String, Element> found = new java.util.LinkedHashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(cls) && g.hasAttribute(key)) {
                found.put(g.getAttribute(key), g);
            }
        }
        return found;
    }

    private static String endPath(Element rel) {
        NodeList paths = rel.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals("end")) {
                return p.getAttribute("d");
            }
        }
        return "";
    }
}
