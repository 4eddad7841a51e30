package org.schemaboard.demo;

import java.util.List;
import org.schemaboard.spec.Requirements;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SelfCritique;

/**
 * The demo design's requirements (the brief's e-commerce example as the architecture and requirements notes a
 * specialist receives) and its author's self-critique, so a visitor sees both and can request a review at once.
 */
final class DemoReflection {

    static final String REQUIREMENTS = """
            # E-commerce platform: architecture and requirements

            ## Architecture
            The platform runs on PostgreSQL 16 as the system of record. Redis caches sessions, carts and product pages.
            Product search is served by Elasticsearch, fed from the catalogue.

            ## Requirements
            - Customers sign up, browse the catalogue, keep a cart and place orders.
            - Order totals, payments and refunds must be exact and consistent.
            - Every change to orders and payments must be kept in an audit trail for compliance.
            - Management wants daily reporting and analytics on sales without slowing down checkout.
            - We expect 10 million orders in the first year and large volumes of order history after that.
            - Later other shops rent the platform: each shop is a tenant that never sees another's orders.
            """;

    static final SelfCritique SELF_CRITIQUE = new SelfCritique(
            "The core entities (users, products, categories, orders, order items, reviews) follow the brief. "
                    + "Order totals are stored redundantly on purpose, guarded by a CHECK; the generic audit log "
                    + "keeps old and new values as JSONB rather than one audit table per entity.",
            "Every index names the query pattern it serves. Hash partitioning of orders by user_id follows the "
                    + "brief but conflicts with PostgreSQL's rule that the partition key be part of the primary "
                    + "key: the check flags it and it is still open.",
            "PostgreSQL fits the relational core and the JSONB addresses; Redis and Elasticsearch are "
                    + "eventually consistent by design and only serve reads.",
            "Migrations are additive and each has a rollback script; the partitioning of existing orders needs "
                    + "a copy-and-swap migration that is not yet rehearsed on production-sized data.",
            "Indexes and query patterns were designed together; read replicas have a named purpose each.",
            "Write the query patterns before the indexes; decide partition keys together with primary keys.",
            "Security specialist: audit_log and users.password_hash need access control and encryption at rest. "
                    + "Development teams: route write-after-read queries to the primary.");

    private DemoReflection() {
    }

    static List<SectionContent> sections() {
        return List.of(new Requirements(REQUIREMENTS, "requirements.md", List.of()), SELF_CRITIQUE);
    }
}
