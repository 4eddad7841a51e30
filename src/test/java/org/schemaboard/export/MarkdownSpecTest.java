package org.schemaboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

class MarkdownSpecTest {

    /** The brief's "Standardized Format", heading by heading (its example tables and queries aside). */
    static final List<String> STANDARD_HEADINGS = List.of(
            "# Database Design Specification",
            "## Executive Summary",
            "## Data Architecture Overview",
            "### Technology Selection Rationale",
            "### Data Volume and Growth Projections",
            "## Conceptual Data Model",
            "### Business Entity Identification",
            "#### Core Business Entities",
            "#### Supporting Entities",
            "### Entity Relationship Diagram (Text Format)",
            "### Relationship Analysis",
            "## Physical Data Model",
            "### Database Schema Design",
            "#### Core Tables",
            "#### Audit and Compliance Tables",
            "### Design Decisions Documentation",
            "#### Primary Key Strategy",
            "#### Data Type Selections",
            "#### Normalization Strategy",
            "#### Constraint Strategy",
            "## Performance Optimization Strategy",
            "### Indexing Strategy",
            "#### Primary Indexes",
            "#### Index Rationale",
            "#### Partial Indexes",
            "### Query Optimization Patterns",
            "#### Common Query Patterns",
            "#### Query Performance Guidelines",
            "### Caching Integration Points",
            "#### Application-Level Caching",
            "#### Database-Level Caching",
            "## Scalability Architecture",
            "### Vertical Scaling Strategy",
            "### Horizontal Scaling Strategy",
            "#### Read Replicas",
            "#### Partitioning Strategy",
            "##### Horizontal Partitioning (Sharding)",
            "##### Vertical Partitioning",
            "#### Database Sharding Considerations",
            "## Data Migration and Evolution Strategy",
            "### Schema Version Control",
            "#### Migration Framework",
            "#### Migration Best Practices",
            "### Data Seeding Strategy",
            "#### Reference Data",
            "#### Test Data Generation",
            "### Production Deployment Procedures",
            "#### Pre-Deployment Checklist",
            "#### Deployment Process",
            "## Data Integrity and Consistency",
            "### Consistency Model",
            "#### Strong Consistency Requirements",
            "#### Eventual Consistency Acceptable",
            "### Data Validation Framework",
            "#### Database-Level Constraints",
            "#### Application-Level Validation",
            "### Backup and Recovery Strategy",
            "#### Backup Schedule",
            "#### Recovery Procedures",
            "## NoSQL Integration (if applicable)",
            "### Document Database Design (MongoDB)",
            "### Cache Database Design (Redis)",
            "### Search Engine Design (Elasticsearch)",
            "## Monitoring and Observability",
            "### Performance Monitoring",
            "### Capacity Planning Metrics",
            "### Alerting Thresholds",
            "## Validation Checklist",
            "## Handoff Notes");

    private final DesignModel model = EcommerceDesign.model();
    private final String markdown = SpecificationExport.markdown(model);

    @Test
    void markdown_has_every_heading_of_the_standardized_format_in_order() {
        assertThat(headings(markdown)).containsSubsequence(STANDARD_HEADINGS);
        assertThat(headings(markdown).stream().filter(h -> h.startsWith("## ")).toList())
                .as("the top-level sections are exactly the brief's, the self-critique and requirements (the brief's "
                        + "other deliverable and its input), and the review status (the issue asks for it)")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(STANDARD_HEADINGS.stream()
                        .filter(h -> h.startsWith("## ")), java.util.stream.Stream.of("## Self-Critique",
                        "## Requirements", "## Review Status")).toList());
    }

    @Test
    void an_empty_design_keeps_every_heading_and_says_not_specified_yet_under_each_empty_section() {
        DesignModel empty = new DesignModel(UUID.randomUUID(), "Blank", TargetDatabase.POSTGRESQL, null,
                List.of(), List.of(), List.of(), List.of());

        String md = SpecificationExport.markdown(empty);

        assertThat(headings(md)).containsSubsequence(STANDARD_HEADINGS);
        for (String heading : List.of("#### Core Business Entities", "### Entity Relationship Diagram (Text Format)",
                "#### Core Tables", "#### Data Type Selections", "#### Primary Indexes", "#### Index Rationale",
                "#### Partial Indexes", "#### Common Query Patterns", "### Vertical Scaling Strategy",
                "#### Migration Framework", "#### Backup Schedule", "### Alerting Thresholds")) {
            assertThat(firstLineAfter(md, heading)).as("under " + heading).isEqualTo("_Not specified yet._");
        }
        // lists the model derives are not fields anyone could write: they say so rather than "not specified"
        assertThat(md).contains("- **Audit Entities**: None in this design.")
                .contains("- **Self-Referencing**: None in this design.");
    }

    @Test
    void sections_the_model_cannot_fill_say_not_specified_yet() {
        for (String heading : List.of("#### Read Replicas", "##### Vertical Partitioning", "#### Deployment Process",
                "#### Recovery Procedures", "### Cache Database Design (Redis)")) {
            assertThat(firstLineAfter(markdown, heading)).as("under " + heading).isEqualTo("_Not specified yet._");
        }
        assertThat(markdown).contains("**Normalization Level**: _Not specified yet._");
    }

    @Test
    void every_entity_is_described_and_every_table_has_its_create_table() {
        for (Entity e : model.entities()) {
            assertThat(markdown).contains("##### " + e.name() + " Table").contains("CREATE TABLE " + e.name() + " (");
        }
        assertThat(markdown).contains("1. **orders**\n   - **Purpose**: A customer's purchase.")
                .contains("   - **Business Rules**: E-mail and username are unique.  \n     Suspended users cannot place orders.")
                .contains("- **Lookup Tables**:\n  - **categories**: Product categories, nested.")
                .contains("- **Junction Tables**:\n  - **order_items**:")
                .contains("**Rationale**: RESTRICT on user deletion preserves order history; JSONB for flexible addresses.");
        assertThat(section(markdown, "#### Audit and Compliance Tables")).contains("##### audit_log Table");
    }

    @Test
    void every_index_appears_with_its_rationale_and_the_query_patterns_it_serves() {
        String rationale = section(markdown, "#### Index Rationale");
        for (Index i : model.indexes()) {
            assertThat(markdown).contains("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name() + " ON ");
            assertThat(rationale).contains("| " + i.name() + " on ").contains(MarkdownText.cell(i.rationale()));
        }
        assertThat(rationale)
                .contains("| idx_users_status_created on users (status, created_at) | Active user listing | User dashboard |")
                .contains("| idx_products_category on products (category_id, created_at DESC) | Catalogue browsing | Product search |")
                .contains("| idx_users_email on users (email) | Authentication | — |");
        assertThat(section(markdown, "#### Partial Indexes"))
                .contains("- **idx_users_status_created** on users (status, created_at): `WHERE status = 'active'`")
                .contains("- **idx_orders_created_date** on orders (created_at DESC): `WHERE status IN ('confirmed', 'delivered')`")
                .doesNotContain("idx_users_email");
    }

    @Test
    void every_relationship_is_in_the_text_erd_and_the_analysis() {
        String erd = section(markdown, "### Entity Relationship Diagram (Text Format)");
        for (Relationship r : model.relationships()) {
            assertThat(erd).contains(model.entityName(r.fromEntityId()) + " " + r.cardinality().erNotation() + " "
                    + model.entityName(r.toEntityId()) + " : \"" + r.label() + "\"");
        }
        assertThat(erd).contains("users ||--o{ orders : \"places\"").contains("orders }o--o{ products : \"includes\"");
        String analysis = section(markdown, "### Relationship Analysis");
        assertThat(analysis)
                .contains("**orders** 1:N **order_items** (\"contains\") — order_items (order_id) references orders (id), "
                        + "ON DELETE CASCADE, ON UPDATE NO ACTION, identifying. **Rationale**: Items belong to their order and go with it.")
                .contains("**orders** N:M **products** (\"includes\") — through junction **order_items**")
                .contains("- **Self-Referencing**:\n  - **categories** 1:N **categories**")
                .contains("- **One-to-One**: None in this design.");
    }

    @Test
    void every_query_pattern_appears_with_its_sql_frequency_latency_and_indexes() {
        String patterns = section(markdown, "### Query Optimization Patterns");
        for (QueryPattern q : model.queryPatterns()) {
            assertThat(patterns).contains("##### " + q.name()).contains("```sql\n" + q.sql() + "\n```");
        }
        assertThat(patterns).contains("- **Frequency**: 120 per second\n- **Latency Target**: 50 ms")
                .contains("Uses: idx_orders_user_status, idx_users_status_created")
                .contains("Uses: idx_products_category, idx_products_name, idx_reviews_product_rating");
    }

    @Test
    void design_decisions_are_counted_from_the_model() {
        assertThat(section(markdown, "#### Data Type Selections")).contains("| UUID | 9 |").contains("| JSONB | 3 |");
        assertThat(section(markdown, "#### Constraint Strategy"))
                .contains("- **Foreign Key Constraints**: 8 (ON DELETE: 2 RESTRICT, 3 CASCADE, 3 SET NULL)")
                .contains("- **Check Constraints**: 6")
                .contains("- **Unique Constraints**: 3 unique columns (categories.slug, orders.order_number, users.username)"
                        + " and 1 unique index (idx_users_email)")
                .contains("| order_items (order_id) | orders (id) | CASCADE | NO ACTION |");
        assertThat(section(markdown, "#### Primary Key Strategy"))
                .contains("UUID primary keys on 3 tables (orders, products, users)")
                .contains("composite primary keys on 1 table (order_items)");
    }

    @Test
    void auto_increment_keys_are_named_in_the_key_attributes_and_the_primary_key_strategy() {
        DesignBuilder d = new DesignBuilder("Numbered");
        d.entity("tickets", EntityKind.CORE, "Support tickets").col("id", "BIGINT").pk().autoIncrement().and()
                .col("title", "VARCHAR").len(80).notNull();
        String spec = SpecificationExport.markdown(d.build());

        assertThat(spec).contains("id (BIGINT, primary key, auto-increment)")
                .contains("BIGINT auto-increment primary keys on 1 table (tickets)");
    }

    @Test
    void the_checklist_ticks_what_the_model_shows_and_leaves_the_rest_not_assessed() {
        String checklist = section(markdown, "## Validation Checklist");
        assertThat(checklist)
                .contains("- [x] Indexing strategy documented with performance rationale (every index has a rationale)")
                .contains("- [ ] Backup and recovery procedures documented and tested (not ticked yet; Backup and recovery is still empty)")
                .contains("- [x] Every entity has a primary key (all 7)")
                .contains("- [x] Every foreign key has an explicit ON DELETE action (all 8)");

        DesignBuilder d = new DesignBuilder("Loose");
        DesignBuilder.EntityBuilder a = d.entity("a", EntityKind.CORE, null);
        a.col("id", "INTEGER").pk();
        DesignBuilder.EntityBuilder b = d.entity("b", EntityKind.CORE, null);
        b.col("a_id", "INTEGER").and().col("owner_id", "INTEGER");
        d.relationship(a, "id", Cardinality.ONE_TO_MANY, b, "a_id", ReferentialAction.NO_ACTION, null);
        d.index("ix_b_a", b, "a_id");
        String loose = section(SpecificationExport.markdown(d.build()), "## Validation Checklist");
        assertThat(loose).contains("- [ ] Every entity has a primary key (without one: b)")
                .contains("- [ ] Every foreign key has an explicit ON DELETE action (left at the default NO ACTION: b → a)")
                .contains("- [ ] Every index has a rationale (without a rationale: ix_b_a)")
                .contains("- [ ] Every column named like a reference (…\\_id) is covered by a foreign key (no foreign key: b.owner_id)");
    }

    @Test
    void user_text_cannot_change_the_structure_of_the_document() {
        DesignBuilder d = new DesignBuilder("# Not a heading | <b>x</b>");
        DesignBuilder.EntityBuilder e = d.entity("things", EntityKind.CORE, "a | b | c\n# Injected heading\n- injected item\n<b>bold</b> *star* [link](http://x)");
        e.col("id", "INTEGER").pk();
        d.index("ix_things", e, "id").purpose("pipe | in | cell").rationale("```\nfence in a cell\n```");
        String md = SpecificationExport.markdown(d.build());

        assertThat(headings(md)).noneMatch(h -> h.contains("Injected") || h.contains("Not a heading") && h.startsWith("# Not"));
        assertThat(md).contains("**Design**: \\# Not a heading \\| \\<b\\>x\\</b\\>")
                .contains("- **Purpose**: a \\| b \\| c  \n     \\# Injected heading  \n     \\- injected item  \n"
                        + "     \\<b\\>bold\\</b\\> \\*star\\* \\[link\\](http://x)");
        assertThat(outsideCodeBlocks(md)).doesNotContain("<b>");
        String row = section(md, "#### Index Rationale").lines().filter(l -> l.startsWith("| ix_things")).findFirst().orElseThrow();
        assertThat(row.replace("\\|", "").chars().filter(ch -> ch == '|').count()).as("cell separators").isEqualTo(5);
    }

    @Test
    void code_fences_survive_backticks_in_user_sql() {
        DesignBuilder d = new DesignBuilder("Fences");
        d.pattern("Tricky").sql("SELECT 1\n```\n# not a heading");
        String md = SpecificationExport.markdown(d.build());

        assertThat(md).contains("````sql\nSELECT 1\n```\n# not a heading\n````");
        assertThat(headings(md)).doesNotContain("# not a heading");
    }

    /** The Markdown without its fenced code blocks (whose content the HTML renderer escapes anyway). */
    static String outsideCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```[a-z]*\n.*?\n```", "");
    }

    /** Heading lines outside fenced code blocks. */
    static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n")) {
            if (fence == null && line.startsWith("```")) {
                fence = line.replaceAll("[^`].*", "");
            } else if (fence != null && line.strip().equals(fence)) {
                fence = null;
            } else if (fence == null && line.matches("#{1,6} .*")) {
                headings.add(line);
            }
        }
        return headings;
    }

    /** From the heading to the next heading of the same or a higher level. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int level = heading.indexOf(' ');
        String rest = markdown.substring(start + heading.length() + 2);
        for (int l = 1; l <= level; l++) {
            int next = rest.indexOf("\n" + "#".repeat(l) + " ");
            if (next >= 0) {
                rest = rest.substring(0, next);
            }
        }
        return rest;
    }

    private static String firstLineAfter(String markdown, String heading) {
        return section(markdown, heading).strip().lines().findFirst().orElse("");
    }
}
