package org.schemaboard.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/** Designs built in memory for diagram tests, with ids derived from names so every run builds the same model. */
public final class Models {

    private final String design;
    private final Map<String, List<Attribute>> columns = new LinkedHashMap<>();
    private final Map<String, EntityKind> kinds = new LinkedHashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();

    public Models(String design) {
        this.design = design;
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public Models entity(String name, EntityKind kind, String... cols) {
        kinds.put(name, kind);
        List<Attribute> list = new ArrayList<>();
        list.add(attr(name, "id", "UUID", true, false));
        for (String c : cols) {
            boolean nullable = c.endsWith("?");
            String colName = nullable ? c.substring(0, c.length() - 1) : c;
            list.add(attr(name, colName, colName.endsWith("_id") ? "UUID" : "VARCHAR", false, nullable));
        }
        columns.put(name, list);
        return this;
    }

    private Attribute attr(String entity, String name, String type, boolean pk, boolean nullable) {
        int pos = columns.getOrDefault(entity, List.of()).size();
        return new Attribute(id(entity + "." + name), id(entity), pos, name, type,
                type.equals("VARCHAR") ? 100 : null, null, null, nullable, null, pk, false, false, null, null, 1);
    }

    /** A foreign key {@code to.column} referring to {@code from.id}. */
    public Models fk(String from, Cardinality cardinality, String to, String column, String label, boolean identifying) {
        relationships.add(new Relationship(id(from + "->" + to + "." + column), "fk_" + to + "_" + column, id(from),
                id(to), cardinality,
                List.of(new Relationship.ColumnPair(id(from + ".id"), id(to + "." + column))),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, label, identifying, null, null, 1));
        return this;
    }

    public Models manyToMany(String a, String b, String junction, String label) {
        relationships.add(new Relationship(id(a + "<->" + b), a + "_" + b, id(a), id(b), Cardinality.MANY_TO_MANY,
                List.of(), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, label, false, null, id(junction),
                1));
        return this;
    }

    public DesignModel build() {
        List<Entity> entities = new ArrayList<>();
        columns.forEach((name, cols) -> entities.add(new Entity(id(name), name, kinds.get(name), "The " + name,
                null, null, null, 1, cols)));
        entities.sort(Comparator.comparing(Entity::name));
        return new DesignModel(id(design), design, TargetDatabase.POSTGRESQL, null, entities, relationships,
                List.of(), List.of());
    }

    /** A small shop: customers, orders, products, categories (N:M through a junction), payments. */
    public static DesignModel shop() {
        return new Models("Shop")
                .entity("customer", EntityKind.CORE, "email", "name", "phone?")
                .entity("address", EntityKind.CORE, "customer_id", "line1", "city", "country_code")
                .entity("orders", EntityKind.CORE, "customer_id", "shipping_address_id?", "status", "placed_at")
                .entity("order_item", EntityKind.CORE, "order_id", "product_id", "quantity", "unit_price")
                .entity("product", EntityKind.CORE, "sku", "title", "price", "description?")
                .entity("category", EntityKind.LOOKUP, "name", "parent_id?")
                .entity("product_category", EntityKind.JUNCTION, "product_id", "category_id")
                .entity("payment", EntityKind.CORE, "order_id", "amount", "provider", "reference?")
                .entity("wide_table", EntityKind.AUDIT, "customer_id", "c01", "c02", "c03", "c04", "c05", "c06",
                        "c07", "c08", "c09", "c10", "c11", "c12", "c13", "c14")
                .fk("customer", Cardinality.ONE_TO_MANY, "address", "customer_id", "lives at", false)
                .fk("customer", Cardinality.ONE_TO_MANY, "orders", "customer_id", "places", false)
                .fk("address", Cardinality.ONE_TO_MANY, "orders", "shipping_address_id", "ships to", false)
                .fk("orders", Cardinality.ONE_TO_MANY, "order_item", "order_id", "contains", true)
                .fk("product", Cardinality.ONE_TO_MANY, "order_item", "product_id", "sold as", false)
                .fk("orders", Cardinality.ONE_TO_ONE, "payment", "order_id", "paid by", false)
                .fk("product", Cardinality.ONE_TO_MANY, "product_category", "product_id", null, true)
                .fk("category", Cardinality.ONE_TO_MANY, "product_category", "category_id", null, true)
                .fk("category", Cardinality.ONE_TO_MANY, "category", "parent_id", "parent of", false)
                .fk("customer", Cardinality.ONE_TO_MANY, "wide_table", "customer_id", "audited", false)
                .manyToMany("product", "category", "product_category", "classified as")
                .build();
    }

    /**
     * A large design of {@code n} entities of 6–30 columns, in clusters of related tables (as real schemas are), each
     * entity referring to one or two earlier ones; deterministic for a given size.
     */
    public static DesignModel large(int n) {
        Random random = new Random(n * 31L + 7);
        Models m = new Models("Large " + n);
        String[] words = {"account", "order", "invoice", "product", "shipment", "ledger", "tenant", "price", "stock",
                "review", "session", "coupon", "refund", "vendor", "region", "tax", "audit", "event"};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = words[i % words.length] + "_" + (i / words.length) + "_" + i;
            names.add(name);
            int cols = 5 + random.nextInt(26);
            List<String> c = new ArrayList<>();
            for (int k = 0; k < cols; k++) {
                c.add("col_" + k + (random.nextInt(4) == 0 ? "?" : ""));
            }
            int parents = i == 0 ? 0 : (random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(2));
            List<String> refs = new ArrayList<>();
            for (int p = 0; p < parents; p++) {
                // mostly a nearby entity (clusters), sometimes anywhere before
                int j = random.nextInt(3) == 0 ? random.nextInt(i) : Math.max(0, i - 1 - random.nextInt(Math.min(i, 12)));
                String parent = names.get(j);
                String column = parent + "_id";
                if (!refs.contains(parent)) {
                    refs.add(parent);
                    c.add(column);
                }
            }
            m.entity(name, i % 9 == 0 ? EntityKind.LOOKUP : EntityKind.CORE, c.toArray(String[]::new));
            for (String parent : refs) {
                m.fk(parent, Cardinality.ONE_TO_MANY, name, parent + "_id", random.nextInt(3) == 0 ? "has" : null,
                        false);
            }
        }
        return m.build();
    }
}
