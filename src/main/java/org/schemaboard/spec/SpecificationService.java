package org.schemaboard.spec;

import org.schemaboard.base.UndoCapture;
import org.schemaboard.base.Change;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.base.DesignChanged;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specification's sections: read them all at once, save one at a time. A save is one transaction: role check
 * (owners and editors), tidy and validate, optimistic version check, the row, an audit line saying field by field what
 * changed (ids shown as names), then a {@link DesignChanged} event so every open editor refreshes.
 */
@Service
public class SpecificationService {

    private final SectionRepository sections;
    private final DesignService designs;
    private final DesignModelService models;
    private final CurrentUser currentUser;
    private final UndoCapture undo;

    SpecificationService(SectionRepository sections, DesignService designs, DesignModelService models,
                         CurrentUser currentUser, UndoCapture undo) {
        this.undo = undo;
        this.sections = sections;
        this.designs = designs;
        this.models = models;
        this.currentUser = currentUser;
    }

    /** Every section of the design; members of any role may read. */
    @Transactional(readOnly = true)
    public Specification load(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        return sections.load(designId);
    }

    /**
     * Saves one section as a whole.
     *
     * @param expectedVersion the version the person loaded ({@link StoredSection#version()}, 0 for a section never
     *                        saved)
     * @return the section's new version (unchanged when the content is the same as stored)
     * @throws ValidationException                    with field errors; nothing saved
     * @throws org.schemaboard.base.ConflictException someone else saved the section since it was loaded
     */
    @Transactional
    public int save(UUID designId, int expectedVersion, SectionContent content) {
        SignedInUser me = currentUser.require();
        designs.requireRole(designId, RoleRequirement.EDIT);
        SpecSection section = content.section();
        SectionContent clean = SectionJson.clean(content);
        Map<String, String> errors = SectionValidation.validate(clean);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<SectionRepository.Row> before = sections.find(designId, section);
        UUID id;
        int version;
        if (before.isEmpty()) {
            if (expectedVersion != 0) {
                throw sections.conflict(designId, section);
            }
            id = UUID.randomUUID();
            try {
                sections.insert(id, designId, clean, me.id());
            } catch (DuplicateKeyException e) {
                throw sections.conflict(designId, section);
            }
            version = 1;
        } else {
            id = before.get().id();
            undo.before(designId, ElementType.SPEC_SECTION, id);
            StoredSection<SectionContent> stored = before.get().stored();
            if (stored.version() != expectedVersion) {
                throw sections.conflict(designId, section);
            }
            if (stored.content().equals(clean)) {
                return stored.version();
            }
            if (!sections.update(id, expectedVersion, clean, me.id())) {
                throw sections.conflict(designId, section);
            }
            version = expectedVersion + 1;
        }
        Names names = new Names(models.load(designId));
        designs.recordChange(Change.to(designId, ElementType.SPEC_SECTION, id, section.label()).made(
                before.isEmpty() ? ChangeAction.CREATE : ChangeAction.UPDATE,
                before.map(row -> SectionJson.flatten(row.stored().content(), names::of)).orElse(null),
                SectionJson.flatten(clean, names::of)));
        return version;
    }

    /** Shows the ids inside sections as names in the audit log: entities, "entity.attribute", query patterns. */
    private static final class Names {

        private final Map<String, String> byId = new HashMap<>();

        Names(DesignModel model) {
            model.entities().forEach(e -> {
                byId.put(e.id().toString(), e.name());
                e.attributes().forEach(a -> byId.put(a.id().toString(), e.name() + "." + a.name()));
            });
            model.queryPatterns().forEach(q -> byId.put(q.id().toString(), q.name()));
        }

        String of(String value) {
            return byId.getOrDefault(value, value);
        }
    }
}
