package org.schemaboard.demo;

import java.util.List;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityKind;

/**
 * The demo design's eight tables as data. users, orders and audit_log are column for column the brief's "Physical
 * Data Model"; the brief only names the other five, so their columns are ours, chosen to serve its query patterns.
 */
final class DemoTables {

    /** One entity with its attributes in display order. */
    record Table(String name, EntityKind kind, String purpose, String businessRules, String lifecycle, String notes,
                 List<AttributeDraft> columns) {

        Table withNotes(String text) {
            return new Table(name, kind, purpose, businessRules, lifecycle, text, columns);
        }
    }

    private DemoTables() {
    }

    static final Table USERS = table("users", EntityKind.CORE,
            "A customer account: the person who signs in, places orders and writes reviews, and the actor named in "
                    + "audit_log.",
            "email and username are each unique. The password is kept only as a hash. status is active, inactive or "
                    + "suspended; only active accounts sign in and appear on the user dashboard.",
            "Created at registration as active with an unverified email; updated when the person edits the profile, "
                    + "verifies the email or signs in (last_login_at). An account with orders is never deleted: it is "
                    + "set to inactive when closed, or suspended by support.",
            id(),
            varchar("email", 255).asUnique().notNull(),
            varchar("username", 50).asUnique().notNull(),
            varchar("password_hash", 255).notNull(),
            varchar("first_name", 100).notNull(),
            varchar("last_name", 100).notNull(),
            varchar("phone", 20),
            type("email_verified", "BOOLEAN").withDefault("FALSE"),
            varchar("status", 20).withDefault("'active'")
                    .withCheck("status IN ('active', 'inactive', 'suspended')"),
            timestamp("created_at").withDefault("CURRENT_TIMESTAMP"),
            timestamp("updated_at").withDefault("CURRENT_TIMESTAMP"),
            timestamp("last_login_at"));

    static final Table ORDERS = table("orders", EntityKind.CORE,
            "One purchase by one customer: what was charged, where it goes, and how far payment and delivery have "
                    + "got.",
            "order_number is unique and is the number customers and support quote. No amount is negative and "
                    + "total_amount = subtotal + tax_amount + shipping_amount (table checks check_positive_amounts and "
                    + "check_total_calculation). status runs pending, confirmed, processing, shipped, delivered, or "
                    + "ends as cancelled before shipping; payment_status is tracked on its own. Amounts are in the "
                    + "order's currency, a three-letter ISO 4217 code.",
            "Created as pending and unpaid at checkout, together with its items. Moves forward as it is paid, "
                    + "packed and handed to the carrier, which sets shipped_at and then delivered_at. Never deleted: "
                    + "cancelled orders stay for the accounts.",
            id(),
            type("user_id", "UUID").notNull(),
            varchar("order_number", 20).asUnique().notNull(),
            varchar("status", 20).notNull().withDefault("'pending'")
                    .withCheck("status IN ('pending', 'confirmed', 'processing', 'shipped', 'delivered', "
                            + "'cancelled')"),
            varchar("currency", 3).notNull().withDefault("'USD'"),
            money("subtotal").notNull(),
            money("tax_amount").notNull().withDefault("0"),
            money("shipping_amount").notNull().withDefault("0"),
            money("total_amount").notNull(),
            varchar("payment_status", 20).notNull().withDefault("'unpaid'")
                    .withCheck("payment_status IN ('unpaid', 'paid', 'refunded', 'partially_refunded')"),
            type("shipping_address", "JSONB"),
            type("billing_address", "JSONB"),
            type("notes", "TEXT"),
            timestamp("created_at").withDefault("CURRENT_TIMESTAMP"),
            timestamp("updated_at").withDefault("CURRENT_TIMESTAMP"),
            timestamp("shipped_at"),
            timestamp("delivered_at"));

    static final Table ORDER_ITEMS = table("order_items", EntityKind.JUNCTION,
            "One line of an order: which product, how many and at what price. It resolves the many-to-many between "
                    + "orders and products and carries the facts of the sale.",
            "quantity is above 0 and unit_price is not negative (the brief's check_positive_quantity, one check per "
                    + "column). unit_price and product_name are copied from the product when the order is placed, so "
                    + "a later price change or rename never rewrites a past order. A product appears at most once "
                    + "per order; buying more raises quantity.",
            "Written with its order at checkout and not changed afterwards; it goes only when its order goes.",
            id(),
            type("order_id", "UUID").notNull(),
            type("product_id", "UUID").notNull(),
            varchar("product_name", 200).notNull()
                    .withDescription("The product's name at the time of the order."),
            type("quantity", "INTEGER").notNull().withCheck("quantity > 0"),
            money("unit_price").notNull().withCheck("unit_price >= 0")
                    .withDescription("The price of one unit when the order was placed."),
            timestamp("created_at").notNull().withDefault("CURRENT_TIMESTAMP"));

    static final Table PRODUCTS = table("products", EntityKind.CORE,
            "Something the shop sells: its name, description, picture and current price, in one category.",
            "sku is unique. price is not negative. Only active products are found by product search. A product "
                    + "that has been sold is never deleted; it is discontinued.",
            "Created as draft by the catalogue team, set to active when it goes on sale and to discontinued when it "
                    + "is withdrawn. Price and description change over time; order lines keep their own copy of "
                    + "what was sold.",
            id(),
            type("category_id", "UUID").notNull(),
            varchar("sku", 50).asUnique().notNull()
                    .withDescription("Stock keeping unit: the catalogue's own code for the product."),
            varchar("name", 200).notNull(),
            type("description", "TEXT"),
            money("price").notNull().withCheck("price >= 0"),
            varchar("image_url", 500),
            varchar("status", 20).notNull().withDefault("'draft'")
                    .withCheck("status IN ('draft', 'active', 'discontinued')"),
            timestamp("created_at").notNull().withDefault("CURRENT_TIMESTAMP"),
            timestamp("updated_at").notNull().withDefault("CURRENT_TIMESTAMP"));

    static final Table CATEGORIES = table("categories", EntityKind.LOOKUP,
            "Reference list of product groups (Electronics, Clothing, Books and so on) for browsing and for "
                    + "filtering product search.",
            "name and slug are each unique; slug is lower case with hyphens, since it appears in URLs. sort_order "
                    + "decides the order of the menu.",
            "Seeded by a migration and maintained by the catalogue team. A category that still holds products "
                    + "cannot be deleted.",
            id(),
            varchar("name", 100).asUnique().notNull(),
            varchar("slug", 100).asUnique().notNull().withCheck("slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'"),
            type("description", "TEXT"),
            type("sort_order", "INTEGER").notNull().withDefault("0"),
            timestamp("created_at").notNull().withDefault("CURRENT_TIMESTAMP"));

    static final Table REVIEWS = table("reviews", EntityKind.CORE,
            "A customer's rating of a product with an optional comment; product search shows each product's average "
                    + "rating and number of reviews.",
            "rating is a whole number from 1 to 5. A customer reviews a product once and may edit that review. "
                    + "verified_purchase is set when the author has a delivered order containing the product.",
            "Written by a signed-in customer, edited by its author (updated_at), deleted with its product or with "
                    + "the author's account.",
            id(),
            type("product_id", "UUID").notNull(),
            type("user_id", "UUID").notNull(),
            type("rating", "SMALLINT").notNull().withCheck("rating BETWEEN 1 AND 5"),
            varchar("title", 200),
            type("body", "TEXT"),
            type("verified_purchase", "BOOLEAN").notNull().withDefault("FALSE"),
            timestamp("created_at").notNull().withDefault("CURRENT_TIMESTAMP"),
            timestamp("updated_at").notNull().withDefault("CURRENT_TIMESTAMP"));

    static final Table AUDIT_LOG = table("audit_log", EntityKind.AUDIT,
            "The trail of every insert, update and delete on the business tables: which row, what it held before "
                    + "and after, who changed it and from where.",
            "Rows are only ever added: the application never updates or deletes them. old_values and new_values "
                    + "hold the row as JSON before and after the change. changed_by is empty for system jobs and for "
                    + "accounts deleted since.",
            "Written in the same transaction as the change it records. Kept for the retention period, then archived "
                    + "a date range at a time (the brief plans to partition it by date).",
            id(),
            varchar("table_name", 50).notNull(),
            type("record_id", "UUID").notNull(),
            varchar("action", 20).notNull().withCheck("action IN ('INSERT', 'UPDATE', 'DELETE')"),
            type("old_values", "JSONB"),
            type("new_values", "JSONB"),
            type("changed_by", "UUID"),
            timestamp("changed_at").withDefault("CURRENT_TIMESTAMP"),
            type("ip_address", "INET"),
            type("user_agent", "TEXT"));

    static final Table USER_PREFERENCES = table("user_preferences", EntityKind.CORE,
            "One customer's settings: language, currency, time zone, consent to marketing email, and any further "
                    + "preference the shop adds later.",
            "At most one row per account: user_id is both primary key and foreign key. currency is a three-letter "
                    + "ISO 4217 code and time_zone an IANA name such as Europe/Paris. Settings without a column of "
                    + "their own are keys of the settings document.",
            "Created the first time a customer changes a setting (the defaults apply until then), updated in "
                    + "place, and removed with the account.",
            type("user_id", "UUID").asPrimaryKey(),
            varchar("language", 35).notNull().withDefault("'en'")
                    .withDescription("A BCP 47 language tag such as en or pt-BR."),
            varchar("currency", 3).notNull().withDefault("'USD'"),
            varchar("time_zone", 64).notNull().withDefault("'UTC'"),
            type("marketing_emails", "BOOLEAN").notNull().withDefault("FALSE"),
            type("settings", "JSONB").notNull().withDefault("'{}'"),
            timestamp("updated_at").notNull().withDefault("CURRENT_TIMESTAMP"))
            .withNotes("The brief's migration example keeps one row per preference key. This design keeps one row "
                    + "per user (a 1:1 with users): the settings every screen reads are typed columns with defaults, "
                    + "and rarely used keys live in the JSONB settings document.");

    /** In the order they are created: referenced tables before the tables that refer to them. */
    static final List<Table> ALL = List.of(USERS, USER_PREFERENCES, CATEGORIES, PRODUCTS, ORDERS, ORDER_ITEMS,
            REVIEWS, AUDIT_LOG);

    private static Table table(String name, EntityKind kind, String purpose, String businessRules, String lifecycle,
                               AttributeDraft... columns) {
        return new Table(name, kind, purpose, businessRules, lifecycle, null, List.of(columns));
    }

    /** The brief's key: a random UUID the database makes. */
    private static AttributeDraft id() {
        return AttributeDraft.of("id", "UUID").asPrimaryKey().withDefault("gen_random_uuid()");
    }

    private static AttributeDraft type(String name, String type) {
        return AttributeDraft.of(name, type);
    }

    private static AttributeDraft varchar(String name, int length) {
        return AttributeDraft.of(name, "VARCHAR").withLength(length);
    }

    /** Money as the brief stores it: exact, 12 digits of which 2 after the point. */
    private static AttributeDraft money(String name) {
        return AttributeDraft.of(name, "DECIMAL").withPrecision(12, 2);
    }

    private static AttributeDraft timestamp(String name) {
        return AttributeDraft.of(name, "TIMESTAMP WITH TIME ZONE");
    }
}
