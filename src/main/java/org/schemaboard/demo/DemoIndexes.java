package org.schemaboard.demo;

import java.util.List;

/**
 * The demo design's indexes as data: every index of the brief's "Primary Indexes" block (predicates as the brief
 * writes them; purpose and rationale from its "Index Rationale" table where it has a row), then indexes for the
 * foreign keys and query patterns of the tables the brief only names.
 */
final class DemoIndexes {

    /**
     * One index. {@code columns} are column names of {@code table} in key order, a trailing {@code " DESC"} for a
     * descending column; {@code predicate} is null for a full index.
     */
    record Spec(String name, String table, List<String> columns, boolean unique, String predicate, String purpose,
                String rationale) {
    }

    private DemoIndexes() {
    }

    static final List<Spec> ALL = List.of(
            // --- the brief's users indexes
            unique("idx_users_email", "users", List.of("email"),
                    "Authentication",
                    "Login queries by email: sign-in finds the account by the address the person types. The "
                            + "column's UNIQUE constraint already builds an equal index in PostgreSQL; this one is "
                            + "the brief's, named so plans and monitoring can refer to it."),
            unique("idx_users_username", "users", List.of("username"),
                    "Sign-in and profile lookup by username",
                    "Usernames are typed at sign-in and shown in public review bylines, so lookups by username must "
                            + "be one index probe; uniqueness also guards registration against a race."),
            partial("idx_users_status_created", "users", List.of("status", "created_at"), "status = 'active'",
                    "User dashboard: active accounts by sign-up date",
                    "The dashboard only ever reads active accounts. Leaving inactive and suspended ones out keeps "
                            + "the index small, and created_at after status serves newest-first listings."),
            partial("idx_users_last_login", "users", List.of("last_login_at"), "last_login_at IS NOT NULL",
                    "Recent and dormant sign-ins",
                    "Finds who signed in recently or has been away a long time (re-engagement mail, security "
                            + "reviews). Accounts that never signed in have no value to search, so they stay out."),

            // --- the brief's orders indexes
            unique("idx_orders_number", "orders", List.of("order_number"),
                    "Order lookup by number",
                    "Customers and support quote the order number, so it must find one order at once. As with "
                            + "email, the column's UNIQUE constraint already provides an equivalent index."),
            index("idx_orders_user_status", "orders", List.of("user_id", "status"),
                    "User dashboard",
                    "User's orders by status: the dashboard counts one customer's orders per status. Led by "
                            + "user_id, it also serves the foreign key to users, so the RESTRICT check on deleting "
                            + "a user is an index probe."),
            index("idx_orders_status_created", "orders", List.of("status", "created_at"),
                    "Admin reporting",
                    "Orders by status and date range: back-office lists such as everything still processing "
                            + "since Monday."),
            partial("idx_orders_created_date", "orders", List.of("created_at"), "status IN ('confirmed', 'delivered')",
                    "Analytics",
                    "Time-based order analysis: revenue reports only count confirmed and delivered orders, so "
                            + "the index holds just those, ordered by time."),
            partial("idx_orders_user_date_range", "orders", List.of("user_id", "created_at"),
                    "status NOT IN ('cancelled')",
                    "A customer's order history over a date range",
                    "The order history page shows one customer's orders between two dates and never the "
                            + "cancelled ones; equality on user_id then a range on created_at is exactly this key."),

            // --- foreign keys and query patterns of the tables the brief only names
            unique("uq_order_items_order_product", "order_items", List.of("order_id", "product_id"),
                    "One line per product in an order; the lines of an order",
                    "Enforces that a product appears once per order. Led by order_id, it also reads an order's "
                            + "lines and lets the cascade from orders find them without a scan."),
            index("idx_order_items_product", "order_items", List.of("product_id"),
                    "Foreign key to products; sales per product",
                    "Without it, the RESTRICT check when a product is deleted scans every order line; it also "
                            + "answers how often a product sold."),
            index("idx_products_category", "products", List.of("category_id"),
                    "Product search by category; foreign key to categories",
                    "Product search filters on category_id and joins categories through it; the RESTRICT check "
                            + "on deleting a category uses it too."),
            unique("uq_reviews_product_user", "reviews", List.of("product_id", "user_id"),
                    "One review per customer and product; reviews of a product",
                    "Enforces the one-review rule. Led by product_id, it serves product search's join that "
                            + "averages and counts the ratings of each product, and the cascade from products."),
            index("idx_reviews_user", "reviews", List.of("user_id"),
                    "Foreign key to users; a customer's own reviews",
                    "Lists a customer's reviews on their profile and lets the cascade on deleting an account find "
                            + "them without a scan."),
            partial("idx_audit_log_changed_by", "audit_log", List.of("changed_by"), "changed_by IS NOT NULL",
                    "Foreign key to users; what one person changed",
                    "Answers what a given person changed, and lets SET NULL on deleting an account find the "
                            + "rows. Rows written by system jobs have no author and are left out."),
            index("idx_audit_log_record", "audit_log", List.of("table_name", "record_id", "changed_at DESC"),
                    "History of one row, newest first",
                    "Support and compliance look up the changes of one row; the key matches that lookup and "
                            + "returns the latest change first."));

    private static Spec index(String name, String table, List<String> columns, String purpose, String rationale) {
        return new Spec(name, table, columns, false, null, purpose, rationale);
    }

    private static Spec unique(String name, String table, List<String> columns, String purpose, String rationale) {
        return new Spec(name, table, columns, true, null, purpose, rationale);
    }

    private static Spec partial(String name, String table, List<String> columns, String predicate, String purpose,
                                String rationale) {
        return new Spec(name, table, columns, false, predicate, purpose, rationale);
    }
}
