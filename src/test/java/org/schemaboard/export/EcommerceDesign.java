package org.schemaboard.export;

import static org.schemaboard.model.relationship.Cardinality.ONE_TO_MANY;
import static org.schemaboard.model.relationship.ReferentialAction.CASCADE;
import static org.schemaboard.model.relationship.ReferentialAction.RESTRICT;
import static org.schemaboard.model.relationship.ReferentialAction.SET_NULL;

import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.IndexMethod;

/**
 * The brief's e-commerce example as a model: users, orders, order_items (the junction of orders N:M products),
 * products, categories (a self-referencing lookup) and reviews, plus an audit log; composite, partial, unique and GIN
 * indexes; 1:N relationships with CASCADE, RESTRICT and SET NULL; two query patterns.
 */
final class EcommerceDesign {

    static final String DASHBOARD_SQL = """
            SELECT u.id, u.username, COUNT(o.id) FILTER (WHERE o.status <> 'cancelled') AS active_orders,
                   MAX(o.created_at) AS last_order_date
            FROM users u
            LEFT JOIN orders o ON u.id = o.user_id
            WHERE u.status = 'active'
            GROUP BY u.id, u.username""";

    static final String SEARCH_SQL = """
            SELECT p.id, p.name, p.price, c.name AS category_name, AVG(r.rating) AS avg_rating
            FROM products p
            JOIN categories c ON p.category_id = c.id
            LEFT JOIN reviews r ON p.id = r.product_id
            WHERE p.status = 'active' AND ($1 IS NULL OR p.category_id = $1)
            GROUP BY p.id, p.name, p.price, c.name
            ORDER BY p.created_at DESC
            LIMIT $2 OFFSET $3""";

    private EcommerceDesign() {
    }

    static DesignModel model() {
        DesignBuilder d = new DesignBuilder("E-commerce platform")
                .description("Online shop: customers, catalogue, orders and reviews.");

        DesignBuilder.EntityBuilder users = d.entity("users", EntityKind.CORE, "People who buy and review products.")
                .rules("E-mail and username are unique.\nSuspended users cannot place orders.")
                .lifecycle("Created at sign-up; deactivated, never deleted while orders exist.")
                .notes("UUID for global uniqueness; status for the user lifecycle; timezone-aware timestamps.");
        users.col("id", "UUID").pk().def("gen_random_uuid()").and()
                .col("email", "VARCHAR").len(255).notNull().desc("Login e-mail, unique through idx_users_email").and()
                .col("username", "VARCHAR").len(50).notNull().unique().and()
                .col("password_hash", "VARCHAR").len(255).notNull().and()
                .col("status", "VARCHAR").len(20).notNull().def("'active'")
                .check("status IN ('active', 'inactive', 'suspended')").and()
                .col("created_at", "TIMESTAMP WITH TIME ZONE").notNull().def("CURRENT_TIMESTAMP").and()
                .col("last_login_at", "TIMESTAMP WITH TIME ZONE");

        DesignBuilder.EntityBuilder categories = d.entity("categories", EntityKind.LOOKUP, "Product categories, nested.")
                .notes("BIGSERIAL keys: categories are local reference data.");
        categories.col("id", "BIGSERIAL").pk().and()
                .col("parent_id", "BIGINT").and()
                .col("name", "VARCHAR").len(100).notNull().and()
                .col("slug", "VARCHAR").len(100).notNull().unique().and()
                .col("sort_order", "INTEGER").notNull().def("0");

        DesignBuilder.EntityBuilder products = d.entity("products", EntityKind.CORE, "What the shop sells.")
                .rules("Price is never negative.").lifecycle("Created by staff; archived by status, not deleted.");
        products.col("id", "UUID").pk().def("gen_random_uuid()").and()
                .col("category_id", "BIGINT").and()
                .col("name", "TEXT").notNull().desc("Shown in listings and searched by prefix").and()
                .col("description", "TEXT").and()
                .col("price", "DECIMAL").decimal(12, 2).notNull().check("price >= 0").and()
                .col("attributes", "JSONB").def("'{}'::jsonb").and()
                .col("status", "VARCHAR").len(20).notNull().def("'active'").and()
                .col("created_at", "TIMESTAMP WITH TIME ZONE").notNull().def("now()");

        DesignBuilder.EntityBuilder orders = d.entity("orders", EntityKind.CORE, "A customer's purchase.")
                .rules("Totals are stored; status moves forward only.")
                .notes("RESTRICT on user deletion preserves order history; JSONB for flexible addresses.");
        orders.col("id", "UUID").pk().def("gen_random_uuid()").and()
                .col("user_id", "UUID").notNull().and()
                .col("order_number", "VARCHAR").len(20).notNull().unique().and()
                .col("status", "VARCHAR").len(20).notNull().def("'pending'")
                .check("status IN ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled')").and()
                .col("total_amount", "DECIMAL").decimal(12, 2).notNull().def("0").and()
                .col("shipping_address", "JSONB").and()
                .col("notes", "TEXT").and()
                .col("created_at", "TIMESTAMP WITH TIME ZONE").notNull().def("CURRENT_TIMESTAMP");

        DesignBuilder.EntityBuilder orderItems = d.entity("order_items", EntityKind.JUNCTION,
                "The products of an order, with quantity and price at purchase.");
        orderItems.col("order_id", "UUID").pk().and()
                .col("product_id", "UUID").pk().and()
                .col("quantity", "INTEGER").notNull().check("quantity > 0").and()
                .col("unit_price", "DECIMAL").decimal(12, 2).notNull();

        DesignBuilder.EntityBuilder reviews = d.entity("reviews", EntityKind.CORE, "A user's rating of a product.");
        reviews.col("id", "BIGSERIAL").pk().and()
                .col("product_id", "UUID").notNull().and()
                .col("user_id", "UUID").notNull().and()
                .col("rating", "SMALLINT").notNull().check("rating BETWEEN 1 AND 5").and()
                .col("body", "TEXT").and()
                .col("created_at", "TIMESTAMP WITH TIME ZONE").notNull().def("CURRENT_TIMESTAMP");

        DesignBuilder.EntityBuilder audit = d.entity("audit_log", EntityKind.AUDIT, "Who changed what, and when.");
        audit.col("id", "BIGSERIAL").pk().and()
                .col("table_name", "VARCHAR").len(50).notNull().and()
                .col("record_key", "VARCHAR").len(64).notNull().and()
                .col("action", "VARCHAR").len(20).notNull().check("action IN ('INSERT', 'UPDATE', 'DELETE')").and()
                .col("old_values", "JSONB").and()
                .col("changed_by", "UUID").and()
                .col("changed_at", "TIMESTAMP WITH TIME ZONE").notNull().def("CURRENT_TIMESTAMP").and()
                .col("ip_address", "INET").and()
                .col("user_agent", "TEXT");

        d.relationship(users, "id", ONE_TO_MANY, orders, "user_id", RESTRICT, "places")
                .rationale("Orders outlive their user's account: deleting a user with orders is refused.");
        d.relationship(orders, "id", ONE_TO_MANY, orderItems, "order_id", CASCADE, "contains").identifying()
                .rationale("Items belong to their order and go with it.");
        d.relationship(products, "id", ONE_TO_MANY, orderItems, "product_id", RESTRICT, "appears in").identifying();
        d.manyToMany(orders, products, orderItems, "includes").rationale("An order has many products; a product is in many orders.");
        d.relationship(categories, "id", ONE_TO_MANY, products, "category_id", SET_NULL, "categorizes");
        d.relationship(categories, "id", ONE_TO_MANY, categories, "parent_id", SET_NULL, "contains")
                .rationale("Categories nest; removing a parent lifts its children to the top level.");
        d.relationship(users, "id", ONE_TO_MANY, reviews, "user_id", CASCADE, "writes");
        d.relationship(products, "id", ONE_TO_MANY, reviews, "product_id", CASCADE, "receives");
        d.relationship(users, "id", ONE_TO_MANY, audit, "changed_by", SET_NULL, "performed").named("fk_audit_actor");

        DesignBuilder.PatternBuilder dashboard = d.pattern("User dashboard")
                .description("A user's order summary on the account page.")
                .sql(DASHBOARD_SQL).frequency("120", FrequencyUnit.SECOND).latencyMs(50).touches(users, orders);
        DesignBuilder.PatternBuilder search = d.pattern("Product search")
                .description("Catalogue browsing by category, newest first.")
                .sql(SEARCH_SQL).frequency("300", FrequencyUnit.MINUTE).latencyMs(200).touches(products, categories, reviews);

        d.index("idx_users_email", users, "email").unique()
                .purpose("Authentication").rationale("Login looks users up by e-mail; unique per user.");
        DesignBuilder.IndexBuilder activeUsers = d.index("idx_users_status_created", users, "status", "created_at")
                .where("status = 'active'").purpose("Active user listing")
                .rationale("Only active users are listed; the partial index stays small.");
        DesignBuilder.IndexBuilder userOrders = d.index("idx_orders_user_status", orders, "user_id", "status")
                .purpose("User dashboard").rationale("A user's orders by status, without a sort.");
        d.index("idx_orders_created_date", orders, "created_at DESC")
                .where("status IN ('confirmed', 'delivered')").purpose("Analytics")
                .rationale("Time-based analysis of completed orders only.");
        DesignBuilder.IndexBuilder byCategory = d.index("idx_products_category", products, "category_id", "created_at DESC")
                .purpose("Catalogue browsing").rationale("Category pages list the newest products first.")
                .serves(search);
        DesignBuilder.IndexBuilder byName = d.index("idx_products_name", products, "name")
                .purpose("Search by name").rationale("Prefix search on the product name.");
        d.index("idx_products_attributes", products, "attributes").using(IndexMethod.GIN)
                .purpose("Attribute filters").rationale("Containment queries on the JSONB attributes (@>).");
        DesignBuilder.IndexBuilder ratings = d.index("idx_reviews_product_rating", reviews, "product_id", "rating DESC")
                .purpose("Average rating per product").rationale("Aggregates a product's ratings from the index alone.");

        dashboard.uses(activeUsers, userOrders);
        search.uses(byName, ratings);
        return d.build();
    }
}
