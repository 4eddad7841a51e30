package org.schemaboard.demo;

import java.util.Map;

/**
 * Why each demo table is shaped as it is: the "Rationale" the brief's physical model gives under every table, written
 * for our tables. Kept apart from {@link DemoTables} so the tables read as data and these as the designer's argument.
 */
final class DemoRationales {

    private static final Map<String, String> BY_TABLE = Map.of(
            "users", "UUID keys let accounts be created by several services without a central sequence and do not "
                    + "reveal how many customers there are. email and username carry unique constraints because "
                    + "both are used to sign in; the status check keeps the three account states the dashboard "
                    + "filters on, and last_login_at is kept here rather than in a log table since the admin list "
                    + "sorts by it.",
            "categories", "A small reference table rather than a free-text column on products: names stay "
                    + "consistent, the slug is unique for URLs, and renaming a category is one row. sort_order lets "
                    + "the catalogue team order the menu without a deployment.",
            "products", "Price is DECIMAL(10,2), never a float, because it is money. The status check replaces "
                    + "deletion: a sold product is discontinued so order lines keep pointing at it. category_id is "
                    + "required and indexed because product search filters and joins on it.",
            "orders", "The amounts are stored, not computed on read, because an order is a financial record that "
                    + "must not change when prices do; table checks keep them non-negative and consistent with the "
                    + "total. Two status columns keep payment and fulfilment apart, since they move independently.",
            "order_items", "The junction between orders and products, with the facts of the sale (quantity, unit "
                    + "price, product name) copied in so a past order never changes. A unique (order_id, "
                    + "product_id) keeps one line per product; the composite index serves the order page.",
            "reviews", "One review per customer and product (a unique pair), so averages cannot be skewed by "
                    + "repeated posts. rating is a SMALLINT with a 1-5 check; verified_purchase is stored because "
                    + "computing it on every product page would join the order history.",
            "audit_log", "Append-only, with the before and after images as JSONB so one table records changes to "
                    + "every business table. It grows fastest of all, which is why it is the table planned for "
                    + "partitioning by date and archiving a range at a time; changed_by is nullable so erasing an "
                    + "account keeps its history.");

    private DemoRationales() {
    }

    /** The rationale of the named table; the table's own notes win where {@link DemoTables} already has them. */
    static String of(DemoTables.Table table) {
        return table.notes() != null ? table.notes() : BY_TABLE.get(table.name());
    }
}
