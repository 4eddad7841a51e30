package org.schemaboard.bench;

import static org.schemaboard.db.Tables.ATTRIBUTE;
import static org.schemaboard.db.Tables.ENTITY;
import static org.schemaboard.db.Tables.ENTITY_INDEX;
import static org.schemaboard.db.Tables.INDEX_COLUMN;
import static org.schemaboard.db.Tables.INDEX_QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN;
import static org.schemaboard.db.Tables.QUERY_PATTERN_ENTITY;
import static org.schemaboard.db.Tables.RELATIONSHIP;
import static org.schemaboard.db.Tables.RELATIONSHIP_COLUMN;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.schemaboard.db.tables.records.AttributeRecord;
import org.schemaboard.db.tables.records.EntityIndexRecord;
import org.schemaboard.db.tables.records.EntityRecord;
import org.schemaboard.db.tables.records.IndexColumnRecord;
import org.schemaboard.db.tables.records.IndexQueryPatternRecord;
import org.schemaboard.db.tables.records.QueryPatternEntityRecord;
import org.schemaboard.db.tables.records.QueryPatternRecord;
import org.schemaboard.db.tables.records.RelationshipColumnRecord;
import org.schemaboard.db.tables.records.RelationshipRecord;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills one design with a large, realistic model by bulk jOOQ inserts, bypassing the services (generation is set-up,
 * not what is measured). Deterministic for a given seed.
 *
 * <p>Shape: entities with a UUID primary key (about one in eight has a composite {@code (id, tenant_id)} key),
 * about 20 attributes each of mixed types; relationships whose 1 or 2 column pairs reference the parent's whole
 * primary key through foreign key attributes added to the child; indexes of 1–3 columns (foreign key indexes, some
 * unique, some partial, some descending, a few GIN/BRIN/HASH); query patterns touching related entities and relying
 * on their indexes. The attribute total includes the foreign key attributes.
 */
final class LargeDesignGenerator {

    /** Sizes to generate. */
    record Size(int entities, int attributes, int relationships, int indexes, int queryPatterns) {
    }

    /** What was generated and how long each table took to insert. */
    record Result(int entities, int attributes, int relationships, int relationshipColumns, int indexes,
                  int indexColumns, int queryPatterns, int queryPatternLinks, Map<String, Long> insertMillis,
                  long buildMillis) {
    }

    private static final int CHUNK = 1000;
    private static final int MAX_NAME = 63; // PostgreSQL's identifier limit: the design targets PostgreSQL

    private static final String[] DOMAINS = {"sales", "billing", "inventory", "catalog", "customer", "shipping",
            "payment", "hr", "payroll", "crm", "marketing", "support", "finance", "ledger", "procurement",
            "warehouse", "auth", "audit", "reporting", "pricing", "tax", "contract", "asset", "fleet"};
    private static final String[] NOUNS = {"account", "invoice", "order", "order_line", "product", "category",
            "customer", "address", "payment", "refund", "shipment", "parcel", "carrier", "warehouse", "bin",
            "stock_level", "supplier", "purchase_order", "receipt", "employee", "department", "position", "salary",
            "timesheet", "contract", "subscription", "plan", "price", "discount", "coupon", "campaign", "lead",
            "opportunity", "ticket", "comment", "attachment", "document", "currency", "country", "region",
            "tax_rate", "journal_entry", "ledger_account", "budget", "cost_center", "asset", "vehicle", "trip",
            "user", "role", "permission", "session", "event", "notification", "report", "schedule", "status",
            "type", "setting", "history"};

    private static final String[] VARCHAR_NAMES = {"name", "code", "title", "email", "status", "external_ref",
            "phone", "city", "country_code", "currency_code", "reference", "slug", "label", "address_line",
            "postal_code", "display_name", "source_system", "channel", "locale", "iban"};
    private static final int[] VARCHAR_LENGTHS = {20, 32, 50, 100, 100, 255, 255, 500, 1000};
    private static final String[] DECIMAL_NAMES = {"amount", "price", "total", "tax_amount", "discount_amount",
            "balance", "rate", "weight_kg", "unit_cost", "exchange_rate"};
    private static final String[] TIMESTAMP_NAMES = {"processed_at", "valid_from", "valid_to", "expires_at",
            "approved_at", "shipped_at", "cancelled_at", "last_seen_at", "scheduled_at", "paid_at"};
    private static final String[] BOOLEAN_NAMES = {"active", "archived", "verified", "is_default", "locked",
            "visible", "billable", "taxable"};
    private static final String[] INTEGER_NAMES = {"sort_order", "quantity", "retry_count", "sequence_no",
            "priority", "score", "attempts", "line_no"};
    private static final String[] BIGINT_NAMES = {"external_id", "size_bytes", "counter", "legacy_id"};
    private static final String[] DATE_NAMES = {"birth_date", "due_date", "start_date", "end_date", "booking_date"};
    private static final String[] TEXT_NAMES = {"description", "notes", "body", "terms"};
    private static final String[] JSONB_NAMES = {"metadata", "settings", "payload", "attributes_json"};
    private static final String[] LABELS = {"places", "owns", "belongs to", "contains", "references", "bills",
            "assigned to", "has"};

    private final DSLContext db;
    private final TransactionTemplate transaction;
    private final Random random;

    LargeDesignGenerator(DSLContext db, TransactionTemplate transaction, long seed) {
        this.db = db;
        this.transaction = transaction;
        this.random = new Random(seed);
    }

    /** In-memory plan of one entity while building. */
    private static final class EntityPlan {
        final UUID id = UUID.randomUUID();
        final String name;
        final boolean compositeKey;
        final List<AttributeRecord> attributes = new ArrayList<>();
        final Set<String> attributeNames = new HashSet<>();
        final List<AttributeRecord> primaryKey = new ArrayList<>();
        final List<List<AttributeRecord>> foreignKeys = new ArrayList<>();
        int fkColumns;

        EntityPlan(String name, boolean compositeKey) {
            this.name = name;
            this.compositeKey = compositeKey;
        }

        int pkSize() {
            return compositeKey ? 2 : 1;
        }

        AttributeRecord named(String attributeName) {
            return attributes.stream().filter(a -> a.getName().equals(attributeName)).findFirst().orElse(null);
        }
    }

    private record RelationshipPlan(EntityPlan parent, EntityPlan child) {
    }

    Result generate(UUID designId, UUID actor, Size size) {
        long buildStart = System.nanoTime();
        OffsetDateTime base = OffsetDateTime.now().minusDays(400);

        // ---- entities
        List<EntityPlan> entities = new ArrayList<>(size.entities());
        List<String> combos = new ArrayList<>();
        for (String domain : DOMAINS) {
            for (String noun : NOUNS) {
                combos.add(domain + "_" + noun);
            }
        }
        Collections.shuffle(combos, random);
        for (int i = 0; i < size.entities(); i++) {
            String name = combos.get(i % combos.size());
            if (i >= combos.size()) {
                name = name + "_" + (i / combos.size() + 1);
            }
            entities.add(new EntityPlan(name, random.nextInt(8) == 0));
        }

        // ---- relationships: unique (parent, child) pairs; the child gets the parent's key as FK columns
        List<RelationshipPlan> relationships = new ArrayList<>(size.relationships());
        Set<String> pairs = new HashSet<>();
        while (relationships.size() < size.relationships()) {
            EntityPlan child = entities.get(random.nextInt(entities.size()));
            EntityPlan parent = random.nextInt(50) == 0 ? child : entities.get(random.nextInt(entities.size()));
            if (pairs.add(parent.id + "/" + child.id)) {
                relationships.add(new RelationshipPlan(parent, child));
                child.fkColumns += parent.pkSize();
            }
        }

        // ---- attribute counts: ~20 per entity incl. PK and FK columns, adding up to exactly size.attributes()
        int fkTotal = entities.stream().mapToInt(e -> e.fkColumns).sum();
        int[] ownCount = new int[entities.size()];
        int sum = 0;
        for (int i = 0; i < entities.size(); i++) {
            EntityPlan e = entities.get(i);
            double average = (double) (size.attributes() - fkTotal) / entities.size();
            ownCount[i] = Math.max(e.pkSize() + 3, (int) Math.round(average + random.nextGaussian() * 5));
            sum += ownCount[i];
        }
        int target = size.attributes() - fkTotal;
        while (sum != target) {
            int i = random.nextInt(entities.size());
            if (sum < target) {
                ownCount[i]++;
                sum++;
            } else if (ownCount[i] > entities.get(i).pkSize() + 3) {
                ownCount[i]--;
                sum--;
            }
        }

        // ---- primary keys first (FKs need them), then FK columns, then the entity's own columns
        for (EntityPlan e : entities) {
            AttributeRecord id = attribute(e, "id", "UUID", null, null, null, false, "gen_random_uuid()", true, false,
                    null, "Surrogate key of " + e.name + ".", actor, base);
            e.primaryKey.add(id);
            if (e.compositeKey) {
                e.primaryKey.add(attribute(e, "tenant_id", "UUID", null, null, null, false, null, true, false, null,
                        "Tenant that owns the row; part of the key for partitioning.", actor, base));
            }
        }
        List<RelationshipRecord> relationshipRecords = new ArrayList<>();
        List<RelationshipColumnRecord> relationshipColumns = new ArrayList<>();
        for (int r = 0; r < relationships.size(); r++) {
            RelationshipPlan plan = relationships.get(r);
            EntityPlan parent = plan.parent();
            EntityPlan child = plan.child();
            boolean identifying = parent != child && random.nextInt(20) == 0;
            boolean nullable = !identifying && (parent == child || random.nextInt(3) == 0);
            UUID relationshipId = UUID.randomUUID();
            List<AttributeRecord> fk = new ArrayList<>();
            for (int c = 0; c < parent.primaryKey.size(); c++) {
                AttributeRecord referenced = parent.primaryKey.get(c);
                String prefix = parent == child ? "parent" : parent.name;
                String column = uniqueAttributeName(child, clip(prefix + "_" + referenced.getName(), MAX_NAME));
                fk.add(attribute(child, column, "UUID", null, null, null, nullable, null, false, false, null,
                        "References " + parent.name + "." + referenced.getName() + ".", actor, base));
                relationshipColumns.add(new RelationshipColumnRecord(relationshipId, c, referenced.getId(),
                        fk.get(c).getId()));
            }
            child.foreignKeys.add(fk);
            String onDelete = nullable && random.nextInt(3) == 0 ? "SET_NULL"
                    : pick("NO_ACTION", "NO_ACTION", "NO_ACTION", "RESTRICT", "CASCADE");
            OffsetDateTime created = base.plusMinutes(r);
            relationshipRecords.add(new RelationshipRecord(relationshipId, designId, parent.id, child.id,
                    random.nextInt(10) == 0 && parent != child ? "ONE_TO_ONE" : "ONE_TO_MANY",
                    clip("fk_" + child.name + "_" + r, MAX_NAME),
                    random.nextInt(3) == 0 ? LABELS[random.nextInt(LABELS.length)] : null,
                    onDelete, random.nextInt(10) == 0 ? "CASCADE" : "NO_ACTION", identifying,
                    random.nextInt(5) == 0 ? "Each " + child.name + " row belongs to one " + parent.name
                            + "; kept for reporting joins." : null,
                    null, created, created, 1, actor));
        }
        for (int i = 0; i < entities.size(); i++) {
            EntityPlan e = entities.get(i);
            boolean timestamps = random.nextInt(10) != 0;
            boolean softDelete = random.nextInt(4) == 0;
            int own = ownCount[i] - e.pkSize();
            if (timestamps && own >= 4) {
                attribute(e, "created_at", "TIMESTAMP WITH TIME ZONE", null, null, null, false, "CURRENT_TIMESTAMP",
                        false, false, null, null, actor, base);
                attribute(e, "updated_at", "TIMESTAMP WITH TIME ZONE", null, null, null, false, "CURRENT_TIMESTAMP",
                        false, false, null, null, actor, base);
                own -= 2;
            }
            if (softDelete && own >= 3) {
                attribute(e, "deleted_at", "TIMESTAMP WITH TIME ZONE", null, null, null, true, null, false, false,
                        null, "Set when the row is soft-deleted; live rows have NULL.", actor, base);
                own--;
            }
            for (int k = 0; k < own; k++) {
                ownAttribute(e, actor, base);
            }
        }

        // ---- indexes: most FK column sets, then others over 1–3 columns; names unique per design
        List<EntityIndexRecord> indexes = new ArrayList<>();
        List<IndexColumnRecord> indexColumns = new ArrayList<>();
        Set<String> indexNames = new HashSet<>();
        Set<String> columnSets = new HashSet<>();
        Map<UUID, List<EntityIndexRecord>> indexesByEntity = new HashMap<>();
        int fkIndexes = Math.min(size.indexes() * 45 / 100, relationships.size());
        List<EntityPlan> withFks = entities.stream().filter(e -> !e.foreignKeys.isEmpty()).toList();
        int guard = 0;
        while (indexes.size() < fkIndexes && guard++ < size.indexes() * 20) {
            EntityPlan e = withFks.get(random.nextInt(withFks.size()));
            List<AttributeRecord> fk = e.foreignKeys.get(random.nextInt(e.foreignKeys.size()));
            addIndex(e, fk, new boolean[fk.size()], false, null, "BTREE", "Foreign key lookups and joins to "
                    + fk.get(0).getName().replace("_id", ""), indexes, indexColumns, indexNames, columnSets,
                    indexesByEntity, actor, base);
        }
        guard = 0;
        while (indexes.size() < size.indexes() && guard++ < size.indexes() * 20) {
            EntityPlan e = entities.get(random.nextInt(entities.size()));
            List<AttributeRecord> candidates = e.attributes.subList(e.pkSize(), e.attributes.size());
            int width = Math.min(candidates.size(), pickInt(1, 1, 1, 1, 1, 2, 2, 2, 3, 3));
            List<AttributeRecord> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, random);
            List<AttributeRecord> columns = shuffled.subList(0, width);
            boolean[] descending = new boolean[width];
            for (int c = 0; c < width; c++) {
                boolean time = columns.get(c).getDataType().startsWith("TIMESTAMP");
                descending[c] = time ? random.nextBoolean() : random.nextInt(20) == 0;
            }
            String method = "BTREE";
            if (width == 1 && columns.get(0).getDataType().equals("JSONB")) {
                method = "GIN";
            } else if (width == 1 && columns.get(0).getDataType().startsWith("TIMESTAMP") && random.nextInt(8) == 0) {
                method = "BRIN";
            } else if (width == 1 && random.nextInt(40) == 0) {
                method = "HASH";
            }
            if (!method.equals("BTREE")) {
                descending = new boolean[width];
            }
            boolean unique = method.equals("BTREE") && random.nextInt(7) == 0;
            String predicate = null;
            if (random.nextInt(9) == 0) {
                predicate = e.named("deleted_at") != null ? "deleted_at IS NULL"
                        : e.named("status") != null ? "status = 'active'"
                        : columns.get(0).getName() + " IS NOT NULL";
            }
            String purpose = random.nextInt(5) < 2 ? "Serves lookups of " + e.name + " by "
                    + columns.stream().map(AttributeRecord::getName).collect(Collectors.joining(", ")) : null;
            addIndex(e, columns, descending, unique, predicate, method, purpose, indexes, indexColumns, indexNames,
                    columnSets, indexesByEntity, actor, base);
        }

        // ---- query patterns: a main entity with indexes, 0–3 related entities, 1–3 of their indexes
        Map<UUID, List<EntityPlan>> neighbours = new HashMap<>();
        for (RelationshipPlan r : relationships) {
            neighbours.computeIfAbsent(r.parent().id, k -> new ArrayList<>()).add(r.child());
            neighbours.computeIfAbsent(r.child().id, k -> new ArrayList<>()).add(r.parent());
        }
        List<QueryPatternRecord> patterns = new ArrayList<>();
        List<QueryPatternEntityRecord> patternEntities = new ArrayList<>();
        List<IndexQueryPatternRecord> patternIndexes = new ArrayList<>();
        List<EntityPlan> indexed = entities.stream().filter(e -> indexesByEntity.containsKey(e.id)).toList();
        Set<String> patternNames = new HashSet<>();
        for (int q = 0; q < size.queryPatterns(); q++) {
            EntityPlan main = indexed.get(random.nextInt(indexed.size()));
            List<EntityPlan> touched = new ArrayList<>(List.of(main));
            List<EntityPlan> around = neighbours.getOrDefault(main.id, List.of());
            int joins = around.isEmpty() ? 0 : random.nextInt(Math.min(3, around.size()) + 1);
            for (int j = 0; j < joins; j++) {
                EntityPlan other = around.get(random.nextInt(around.size()));
                if (!touched.contains(other)) {
                    touched.add(other);
                }
            }
            List<EntityIndexRecord> usable = touched.stream()
                    .flatMap(t -> indexesByEntity.getOrDefault(t.id, List.of()).stream()).collect(Collectors.toList());
            Collections.shuffle(usable, random);
            List<EntityIndexRecord> reliesOn = usable.subList(0, Math.min(usable.size(), 1 + random.nextInt(3)));
            AttributeRecord filter = main.attributes.get(main.pkSize() + random.nextInt(
                    main.attributes.size() - main.pkSize()));
            String verb = pick("Find", "List", "Count", "Load", "Search", "Sum");
            String name = verb + " " + main.name + " by " + filter.getName();
            if (!patternNames.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " (" + q + ")";
                patternNames.add(name.toLowerCase(Locale.ROOT));
            }
            StringBuilder sql = new StringBuilder("SELECT m.*");
            sql.append("\nFROM ").append(main.name).append(" m");
            for (int t = 1; t < touched.size(); t++) {
                sql.append("\nJOIN ").append(touched.get(t).name).append(" j").append(t).append(" ON j").append(t)
                        .append(".").append(main.name, 0, Math.min(main.name.length(), 40)).append("_id = m.id");
            }
            sql.append("\nWHERE m.").append(filter.getName()).append(" = :").append(filter.getName());
            if (main.named("created_at") != null) {
                sql.append("\nORDER BY m.created_at DESC");
            }
            sql.append("\nLIMIT 50");
            UUID patternId = UUID.randomUUID();
            OffsetDateTime created = base.plusHours(q);
            String[] units = {"SECOND", "MINUTE", "HOUR", "DAY"};
            patterns.add(new QueryPatternRecord(patternId, designId, name,
                    "What the " + main.name.replace('_', ' ') + " screen needs; measured in production.",
                    sql.toString(), BigDecimal.valueOf(1 + random.nextInt(5000), random.nextInt(2)),
                    units[random.nextInt(units.length)], pickInt(5, 10, 20, 50, 100, 200, 500), created, created,
                    1, actor));
            for (EntityPlan t : touched) {
                patternEntities.add(new QueryPatternEntityRecord(patternId, t.id));
            }
            for (EntityIndexRecord ix : reliesOn) {
                patternIndexes.add(new IndexQueryPatternRecord(ix.getId(), patternId));
            }
        }

        // ---- records for the remaining tables
        List<EntityRecord> entityRecords = new ArrayList<>(entities.size());
        List<AttributeRecord> attributeRecords = new ArrayList<>(size.attributes());
        for (int i = 0; i < entities.size(); i++) {
            EntityPlan e = entities.get(i);
            OffsetDateTime created = base.plusSeconds(i);
            String kind = e.name.endsWith("_history") || e.name.startsWith("audit_") ? "AUDIT"
                    : e.name.endsWith("_status") || e.name.endsWith("_type") || e.name.endsWith("_currency")
                    || e.name.endsWith("_country") ? "LOOKUP"
                    : e.foreignKeys.size() >= 3 && random.nextInt(3) == 0 ? "JUNCTION" : "CORE";
            entityRecords.add(new EntityRecord(e.id, designId, e.name, kind,
                    "Holds the " + e.name.replace('_', ' ') + " records of the " + e.name.split("_")[0]
                            + " domain.",
                    random.nextInt(3) == 0 ? "A " + e.name.replace('_', ' ')
                            + " cannot be deleted while open documents refer to it." : null,
                    random.nextInt(5) == 0 ? "Created by the back office; archived after 7 years." : null,
                    random.nextInt(10) == 0 ? "Migrated from the legacy system in 2019." : null,
                    created, created, 1, actor));
            for (int p = 0; p < e.attributes.size(); p++) {
                e.attributes.get(p).setPosition(p);
            }
            attributeRecords.addAll(e.attributes);
        }
        indexes.forEach(ix -> ix.setDesignId(designId));
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        Map<String, Long> millis = new LinkedHashMap<>();
        insert(ENTITY, entityRecords, millis);
        insert(ATTRIBUTE, attributeRecords, millis);
        insert(RELATIONSHIP, relationshipRecords, millis);
        insert(RELATIONSHIP_COLUMN, relationshipColumns, millis);
        insert(ENTITY_INDEX, indexes, millis);
        insert(INDEX_COLUMN, indexColumns, millis);
        insert(QUERY_PATTERN, patterns, millis);
        insert(QUERY_PATTERN_ENTITY, patternEntities, millis);
        insert(INDEX_QUERY_PATTERN, patternIndexes, millis);
        return new Result(entityRecords.size(), attributeRecords.size(), relationshipRecords.size(),
                relationshipColumns.size(), indexes.size(), indexColumns.size(), patterns.size(),
                patternEntities.size() + patternIndexes.size(), millis, buildMillis);
    }

    private void addIndex(EntityPlan e, List<AttributeRecord> columns, boolean[] descending, boolean unique,
                          String predicate, String method, String purpose, List<EntityIndexRecord> indexes,
                          List<IndexColumnRecord> indexColumns, Set<String> names, Set<String> columnSets,
                          Map<UUID, List<EntityIndexRecord>> byEntity, UUID actor, OffsetDateTime base) {
        String key = columns.stream().map(a -> a.getId().toString()).collect(Collectors.joining(","))
                + "|" + (predicate != null);
        if (!columnSets.add(key)) {
            return;
        }
        String stem = (unique ? "uq_" : "ix_") + e.name + "_" + columns.get(0).getName();
        String name = clip(stem, MAX_NAME);
        for (int n = 2; !names.add(name); n++) {
            String suffix = "_" + n;
            name = clip(stem, MAX_NAME - suffix.length()) + suffix;
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime created = base.plusSeconds(10_000 + indexes.size());
        EntityIndexRecord index = new EntityIndexRecord(id, null, e.id, name, unique, predicate, method, purpose,
                random.nextInt(7) == 0 ? "Added after the slow-query review; see the query pattern." : null,
                created, created, 1, actor);
        indexes.add(index);
        byEntity.computeIfAbsent(e.id, k -> new ArrayList<>()).add(index);
        for (int c = 0; c < columns.size(); c++) {
            indexColumns.add(new IndexColumnRecord(id, c, columns.get(c).getId(), descending[c]));
        }
    }

    private void ownAttribute(EntityPlan e, UUID actor, OffsetDateTime base) {
        int roll = random.nextInt(100);
        String description = random.nextInt(10) < 3 ? "Business meaning of this column, as agreed with the "
                + e.name.split("_")[0] + " team." : null;
        boolean nullable = random.nextInt(10) < 6;
        if (roll < 34) {
            String name = uniqueAttributeName(e, VARCHAR_NAMES[random.nextInt(VARCHAR_NAMES.length)]);
            boolean unique = (name.startsWith("email") || name.startsWith("code")) && random.nextInt(3) == 0;
            attribute(e, name, "VARCHAR", VARCHAR_LENGTHS[random.nextInt(VARCHAR_LENGTHS.length)], null, null,
                    nullable && !unique, name.startsWith("status") ? "'active'" : null, false, unique,
                    name.startsWith("email") ? "position('@' in " + name + ") > 1" : null, description, actor, base);
        } else if (roll < 47) {
            String name = uniqueAttributeName(e, DECIMAL_NAMES[random.nextInt(DECIMAL_NAMES.length)]);
            int precision = pickInt(10, 12, 12, 18, 19);
            int scale = name.contains("rate") ? 6 : pickInt(2, 2, 2, 4);
            attribute(e, name, "DECIMAL", null, precision, scale, nullable, random.nextBoolean() ? "0" : null, false,
                    false, random.nextInt(3) == 0 ? name + " >= 0" : null, description, actor, base);
        } else if (roll < 58) {
            String name = uniqueAttributeName(e, TIMESTAMP_NAMES[random.nextInt(TIMESTAMP_NAMES.length)]);
            attribute(e, name, random.nextInt(4) == 0 ? "TIMESTAMP" : "TIMESTAMP WITH TIME ZONE", null, null, null,
                    true, null, false, false, null, description, actor, base);
        } else if (roll < 68) {
            String name = uniqueAttributeName(e, BOOLEAN_NAMES[random.nextInt(BOOLEAN_NAMES.length)]);
            attribute(e, name, "BOOLEAN", null, null, null, false, random.nextBoolean() ? "false" : "true", false,
                    false, null, description, actor, base);
        } else if (roll < 78) {
            String name = uniqueAttributeName(e, INTEGER_NAMES[random.nextInt(INTEGER_NAMES.length)]);
            attribute(e, name, "INTEGER", null, null, null, nullable, random.nextBoolean() ? "0" : null, false, false,
                    random.nextInt(4) == 0 ? name + " >= 0" : null, description, actor, base);
        } else if (roll < 83) {
            String name = uniqueAttributeName(e, BIGINT_NAMES[random.nextInt(BIGINT_NAMES.length)]);
            attribute(e, name, "BIGINT", null, null, null, nullable, null, false, random.nextInt(6) == 0,
                    null, description, actor, base);
        } else if (roll < 89) {
            String name = uniqueAttributeName(e, DATE_NAMES[random.nextInt(DATE_NAMES.length)]);
            attribute(e, name, "DATE", null, null, null, nullable, null, false, false, null, description, actor, base);
        } else if (roll < 95) {
            String name = uniqueAttributeName(e, TEXT_NAMES[random.nextInt(TEXT_NAMES.length)]);
            attribute(e, name, "TEXT", null, null, null, true, null, false, false, null, description, actor, base);
        } else {
            String name = uniqueAttributeName(e, JSONB_NAMES[random.nextInt(JSONB_NAMES.length)]);
            attribute(e, name, "JSONB", null, null, null, true, "'{}'::jsonb", false, false, null, description,
                    actor, base);
        }
    }

    private static AttributeRecord attribute(EntityPlan e, String name, String type, Integer length,
                                             Integer precision, Integer scale, boolean nullable, String defaultValue,
                                             boolean primaryKey, boolean unique, String check, String description,
                                             UUID actor, OffsetDateTime base) {
        if (!e.attributeNames.add(name)) {
            throw new IllegalStateException("duplicate attribute " + e.name + "." + name);
        }
        AttributeRecord a = new AttributeRecord(UUID.randomUUID(), e.id, e.attributes.size(), name, type, length,
                precision, scale, nullable && !primaryKey, defaultValue, primaryKey, unique, check, description,
                base, 1, actor, false);
        e.attributes.add(a);
        return a;
    }

    private static String uniqueAttributeName(EntityPlan e, String wanted) {
        String name = wanted;
        for (int n = 2; e.attributeNames.contains(name); n++) {
            String suffix = "_" + n;
            name = clip(wanted, MAX_NAME - suffix.length()) + suffix;
        }
        return name;
    }

    private static String clip(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private int pickInt(int... options) {
        return options[random.nextInt(options.length)];
    }

    /** Multi-row INSERTs of {@value #CHUNK} rows, one transaction per table. */
    private <R extends TableRecord<R>> void insert(Table<R> table, List<R> records, Map<String, Long> millis) {
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<R> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                db.insertInto(table).columns(table.fields()).valuesOfRecords(chunk).execute();
            }
        });
        millis.put(table.getName().toLowerCase(Locale.ROOT) + " (" + records.size() + " rows)",
                (System.nanoTime() - start) / 1_000_000);
    }
}
