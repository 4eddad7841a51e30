package org.schemaboard.spec.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.base.UndoCapture;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexMethod;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies and dismisses the requirements' suggestions. Applying is one transaction of ordinary writes — entities,
 * attributes, indexes and relationships through their services, sections through {@link SpecificationService} — so
 * each element gets its audit line and event like a hand-made edit, and the whole is one step to undo. Nothing is
 * applied that the author did not ask for; a suggestion that is applied, dismissed or blocked is refused with the
 * reason.
 */
@Service
public class SuggestionService {

    private final SpecificationService specification;
    private final DesignModelService models;
    private final DesignService designs;
    private final EntityService entities;
    private final IndexService indexes;
    private final RelationshipService relationships;
    private final UndoCapture undo;

    SuggestionService(SpecificationService specification, DesignModelService models, DesignService designs,
                      EntityService entities, IndexService indexes, RelationshipService relationships,
                      UndoCapture undo) {
        this.specification = specification;
        this.models = models;
        this.designs = designs;
        this.entities = entities;
        this.indexes = indexes;
        this.relationships = relationships;
        this.undo = undo;
    }

    /** What the saved requirements suggest, offered, applied or dismissed; members of any role may read. */
    @Transactional(readOnly = true)
    public List<Suggestion> list(UUID designId) {
        return Suggestions.of(models.load(designId), specification.load(designId));
    }

    /**
     * Applies one offered suggestion.
     *
     * @return what was applied, for the person ("Audit log entity")
     * @throws ValidationException when it is not offered (applied meanwhile, dismissed, not in the requirements) or
     *                             cannot be applied now (the reason says what to do first); nothing changed
     */
    @Transactional
    public String apply(UUID designId, String key) {
        designs.requireRole(designId, RoleRequirement.EDIT);
        designs.lockForWrite(designId);
        DesignModel model = models.load(designId);
        Specification spec = specification.load(designId);
        Suggestion s = Suggestions.of(model, spec).stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> ValidationException.of("suggestion", "The requirements no longer suggest this; "
                        + "reload to see what they suggest now."));
        switch (s.status()) {
            case APPLIED -> throw ValidationException.of("suggestion", s.title() + " is in the design already.");
            case DISMISSED -> throw ValidationException.of("suggestion", s.title() + " was dismissed.");
            default -> {
                if (s.blockedBecause() != null) {
                    throw ValidationException.of("suggestion", s.blockedBecause());
                }
            }
        }
        undo.describe(designId, "applied suggestion: " + s.title());
        switch (key) {
            case Suggestions.TECHNOLOGY -> {
                List<RequirementsScan.Detection> found = RequirementsScan.scan(spec.requirements().text());
                save(designId, spec, TechnologyDraft.draft(TechnologyDraft.primary(found).orElseThrow(), found));
            }
            case Suggestions.AUDIT_LOG -> auditLog(designId, model, s.sentence());
            case Suggestions.TENANCY -> tenancy(designId, model, spec, s.sentence());
            case Suggestions.PARTITIONING -> save(designId, spec, PlanDrafts.withTimePlan(spec.partitioning(),
                    Targets.timePartition(model, spec.dataVolume(), s.sentence(), planned(spec)).orElseThrow(),
                    s.sentence(), LocalDate.now()));
            case Suggestions.READ_REPLICA -> save(designId, spec,
                    PlanDrafts.withAnalyticsReplica(spec.readReplicas(), model, s.sentence()));
            case Suggestions.SEARCH -> save(designId, spec, PlanDrafts.withSearchMapping(spec.noSql(),
                    Targets.searchTarget(model, s.sentence()).orElseThrow(), s.sentence()));
            default -> throw new IllegalStateException("No way to apply " + key);
        }
        return s.title();
    }

    /** Dismisses a suggestion for good (kept with the requirements); dismissing it again changes nothing. */
    @Transactional
    public void dismiss(UUID designId, String key) {
        Specification spec = specification.load(designId);
        if (Suggestions.of(models.load(designId), spec).stream().noneMatch(s -> s.key().equals(key))) {
            throw ValidationException.of("suggestion", "The requirements no longer suggest this; reload.");
        }
        specification.save(designId, spec.version(SpecSection.REQUIREMENTS), spec.requirements().dismissing(key));
    }

    /** Offers a dismissed suggestion again. */
    @Transactional
    public void offerAgain(UUID designId, String key) {
        Specification spec = specification.load(designId);
        List<String> kept = new ArrayList<>(spec.requirements().dismissed());
        if (kept.remove(key)) {
            specification.save(designId, spec.version(SpecSection.REQUIREMENTS),
                    new org.schemaboard.spec.Requirements(spec.requirements().text(), spec.requirements().source(),
                            kept));
        }
    }

    private void save(UUID designId, Specification spec, SectionContent content) {
        specification.save(designId, spec.version(content.section()), content);
    }

    private static Set<UUID> planned(Specification spec) {
        Set<UUID> ids = new HashSet<>();
        spec.partitioning().plans().forEach(p -> ids.add(p.entityId()));
        return ids;
    }

    private void auditLog(UUID designId, DesignModel model, String sentence) {
        Optional<Entity> users = Targets.users(model);
        UUID log = entities.createEntity(designId, ModelDrafts.auditLogEntity(sentence));
        java.util.Map<String, UUID> columns = new java.util.HashMap<>();
        for (AttributeDraft column : ModelDrafts.auditLogColumns(model, users)) {
            columns.put(column.name(), entities.addAttribute(log, column));
        }
        Set<String> taken = indexNames(model);
        index(designId, log, ModelDrafts.indexName(model, taken, "idx_audit_log_record"),
                List.of(columns.get("table_name"), columns.get("record_id"), columns.get("changed_at")),
                List.of(false, false, true), "One row's history, newest first",
                "The question an auditor asks first: what happened to this row, and when.");
        index(designId, log, ModelDrafts.indexName(model, taken, "idx_audit_log_changed_at"),
                List.of(columns.get("changed_at")), List.of(false), "Changes in a time range",
                "Compliance reports by period and archival of old rows.");
        users.ifPresent(u -> {
            index(designId, log, ModelDrafts.indexName(model, taken, "idx_audit_log_changed_by"),
                    List.of(columns.get("changed_by")), List.of(false), "Changes made by one person",
                    "Serves the foreign key to " + u.name() + " and the question what one person changed.");
            relationships.create(designId, new RelationshipDraft(u.id(), log, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(u.primaryKey().get(0).id(), columns.get("changed_by"))),
                    ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, "made", false,
                    "The audit line outlives the account: deleting the person keeps the line without a name.",
                    null, null, null));
        });
    }

    private void tenancy(UUID designId, DesignModel model, Specification spec, String sentence) {
        AttributeDraft key = ModelDrafts.tenantKey(model);
        Set<String> taken = indexNames(model);
        List<String> tables = new ArrayList<>();
        for (Entity e : Targets.tenantScoped(model)) {
            tables.add(e.name());
            if (Targets.hasTenantKey(e)) {
                continue;
            }
            UUID tenant = entities.addAttribute(e.id(), key);
            List<UUID> columns = new ArrayList<>(List.of(tenant));
            e.primaryKey().forEach(a -> columns.add(a.id()));
            index(designId, e.id(), ModelDrafts.indexName(model, taken, "idx_" + e.name() + "_tenant"), columns,
                    columns.stream().map(c -> false).toList(), "A tenant's rows",
                    "Every query of a tenant filters by tenant_id first, so the index starts with it.");
        }
        save(designId, spec, PlanDrafts.withRowLevelSecurity(spec.handoff(), model.targetDatabase(),
                Targets.base(key.dataType()), sentence, tables));
    }

    private void index(UUID designId, UUID entityId, String name, List<UUID> columns, List<Boolean> descending,
                       String purpose, String rationale) {
        List<Index.IndexColumn> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cols.add(new Index.IndexColumn(columns.get(i), descending.get(i)));
        }
        indexes.create(designId, new IndexDraft(entityId, name, cols, false, false, null, IndexMethod.BTREE, purpose,
                rationale, List.of()));
    }

    private static Set<String> indexNames(DesignModel model) {
        Set<String> names = new HashSet<>();
        model.indexes().forEach(i -> names.add(i.name().toLowerCase(Locale.ROOT)));
        return names;
    }
}
