package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.spec.Check;
import org.springframework.beans.factory.annotation.Autowired;

/** A rule suppressed on one element with a reason: audited, out of the open findings and the gate, and liftable. */
@ServiceTest
class SuppressionTest {

    @Autowired TestData data;
    @Autowired ChecksService checks;
    @Autowired EntityService entities;
    @Autowired DesignModelService models;

    @Test
    void a_suppressed_finding_is_no_longer_open_the_change_is_audited_and_lifting_brings_it_back() {
        UUID design = data.newDesign();
        data.sample(design);
        UUID scratch = data.as(TestData.EDITOR, () -> {
            UUID id = entities.createEntity(design, EntityDraft.named("scratch", EntityKind.CORE));
            entities.addAttribute(id, AttributeDraft.of("note", "TEXT"));
            return id;
        });
        Check noKey = finding(design, "entity-without-primary-key");
        assertThat(noKey.elementId()).isEqualTo(scratch);

        UUID id = data.as(TestData.EDITOR, () -> checks.suppress(design, noKey, "A log table the app only appends to"));

        assertThat(data.as(TestData.VIEWER, () -> checks.open(design))).extracting(Check::rule)
                .doesNotContain("entity-without-primary-key").contains("orphan-entity");
        data.as(TestData.VIEWER, () -> checks.requireNoOpenErrors(design));
        List<Suppression> all = data.as(TestData.VIEWER, () -> checks.suppressions(design));
        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("entity-without-primary-key");
            assertThat(s.elementLabel()).isEqualTo("scratch");
            assertThat(s.reason()).isEqualTo("A log table the app only appends to");
            assertThat(s.by()).isEqualTo(TestData.EDITOR);
        });
        List<AuditRecord> history = data.as(TestData.OWNER, () -> models.history(design, id, null, 10));
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(ChangeAction.CREATE);
            assertThat(r.elementType()).isEqualTo(ElementType.CHECK_SUPPRESSION);
            assertThat(r.actor()).isEqualTo(TestData.EDITOR);
            assertThat(r.newValue()).contains("A log table the app only appends to");
        });

        data.as(TestData.OWNER, () -> checks.lift(id, all.get(0).version()));
        assertThat(finding(design, "entity-without-primary-key").elementId()).isEqualTo(scratch);
        assertThat(data.as(TestData.OWNER, () -> models.history(design, id, null, 10))).extracting(AuditRecord::action)
                .contains(ChangeAction.DELETE);
    }

    /**
     * Every page opened again, every editor and the header's count ask for the findings of the same state: they are
     * computed once per state (the same list comes back), and each edit, suppression or written section is seen.
     */
    @Test
    void the_findings_of_one_state_are_computed_once_and_every_change_is_seen() {
        UUID design = data.newDesign();
        data.sample(design);
        List<Check> first = data.as(TestData.VIEWER, () -> checks.open(design));
        assertThat(data.as(TestData.OWNER, () -> checks.open(design))).isSameAs(first);

        UUID scratch = data.as(TestData.EDITOR, () -> {
            UUID id = entities.createEntity(design, EntityDraft.named("scratch", EntityKind.CORE));
            entities.addAttribute(id, AttributeDraft.of("note", "TEXT"));
            return id;
        });
        List<Check> afterEdit = data.as(TestData.VIEWER, () -> checks.open(design));
        assertThat(afterEdit).isNotSameAs(first).anyMatch(c -> scratch.equals(c.elementId()));
        assertThat(data.as(TestData.VIEWER, () -> checks.open(design))).isSameAs(afterEdit);

        Check noKey = afterEdit.stream().filter(c -> c.rule().equals("entity-without-primary-key")
                && scratch.equals(c.elementId())).findFirst().orElseThrow();
        data.as(TestData.EDITOR, () -> checks.suppress(design, noKey, "Filled in later"));
        assertThat(data.as(TestData.VIEWER, () -> checks.open(design)))
                .noneMatch(c -> c.rule().equals("entity-without-primary-key") && scratch.equals(c.elementId()));
    }

    @Test
    void a_suppression_needs_a_reason_and_an_editor_and_refused_ones_store_nothing() {
        UUID design = data.newDesign();
        data.as(TestData.OWNER, () -> entities.createEntity(design, EntityDraft.named("bare", EntityKind.CORE)));
        Check empty = finding(design, "entity-without-attributes");

        assertThatThrownBy(() -> data.as(TestData.EDITOR, () -> checks.suppress(design, empty, "  ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Say why the rule does not apply");
        assertThatThrownBy(() -> data.as(TestData.VIEWER, () -> checks.suppress(design, empty, "fine")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(data.as(TestData.OWNER, () -> checks.suppressions(design))).isEmpty();

        data.as(TestData.EDITOR, () -> checks.suppress(design, empty, "Filled in by the next migration"));
        assertThatThrownBy(() -> data.as(TestData.EDITOR, () -> checks.suppress(design, empty, "again")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already suppressed");
    }

    private Check finding(UUID design, String rule) {
        return data.as(TestData.OWNER, () -> checks.open(design)).stream().filter(c -> c.rule().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + rule));
    }
}
