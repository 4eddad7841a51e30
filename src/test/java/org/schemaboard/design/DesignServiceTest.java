package org.schemaboard.design;

import org.schemaboard.base.ChangeAction;
import org.schemaboard.base.ElementType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.audit.AuditLog;
import org.schemaboard.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DesignServiceTest {

    @Autowired
    DesignService designs;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestData data;

    String alice;

    @BeforeEach
    void anOwner() {
        alice = data.account("alice");
    }

    @Test
    void creating_a_design_makes_the_creator_its_owner() {
        String name = TestData.designName("Billing");

        UUID id = data.as(alice, () -> designs.create(new DesignDraft("  " + name + " ", TargetDatabase.MYSQL,
                " Invoices and payments ")));

        DesignSummary design = data.as(alice, () -> designs.get(id));
        assertThat(design.name()).isEqualTo(name);
        assertThat(design.targetDatabase()).isEqualTo(TargetDatabase.MYSQL);
        assertThat(design.description()).isEqualTo("Invoices and payments");
        assertThat(design.myRole()).isEqualTo(DesignRole.OWNER);
        assertThat(design.updatedBy()).isEqualTo(TestData.displayName(alice));
        assertThat(design.version()).isEqualTo(1);
        assertThat(data.as(alice, () -> designs.listMine())).extracting(DesignSummary::id).containsExactly(id);
    }

    @Test
    void creating_a_design_writes_an_audit_line() {
        String name = TestData.designName("Billing");

        UUID id = data.design(alice, name);

        List<AuditRecord> history = auditLog.forDesign(id, 10);
        assertThat(history).hasSize(1);
        AuditRecord line = history.get(0);
        assertThat(line.actor()).isEqualTo(alice);
        assertThat(line.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(line.elementType()).isEqualTo(ElementType.DESIGN);
        assertThat(line.elementId()).isEqualTo(id);
        assertThat(line.elementName()).isEqualTo(name);
        assertThat(line.oldValue()).isNull();
        assertThat(line.newValue()).contains("\"name\":\"" + name + "\"").contains("POSTGRESQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_name_is_refused_and_nothing_is_saved(String name) {
        assertRefusedOnName(name, "Give the design a name");
    }

    @Test
    void a_name_longer_than_200_characters_is_refused_and_nothing_is_saved() {
        assertRefusedOnName("x".repeat(201), "at most 200 characters");
    }

    @Test
    void a_name_of_exactly_200_characters_is_accepted() {
        String prefix = TestData.designName("Long");
        String name = prefix + "x".repeat(200 - prefix.length());

        UUID id = data.design(alice, name);

        assertThat(data.as(alice, () -> designs.get(id)).name()).isEqualTo(name);
    }

    @Test
    void a_name_that_differs_from_another_design_only_in_case_and_spaces_is_refused() {
        String name = TestData.designName("Billing");
        // another person's design: names are unique on the server, not per person
        data.design(data.account("bob"), name);

        assertRefusedOnName("  " + name.toUpperCase() + "  ", "already exists");
    }

    @Test
    void renaming_to_the_name_of_another_design_is_refused() {
        String taken = TestData.designName("Taken");
        data.design(alice, taken);
        UUID id = data.design(alice, TestData.designName("Mine"));

        assertThatThrownBy(() -> data.as(alice, () -> designs.update(id, 1,
                new DesignDraft(taken.toLowerCase(), TargetDatabase.POSTGRESQL, null))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
        assertThat(data.as(alice, () -> designs.get(id)).version()).isEqualTo(1);
    }

    @Test
    void renaming_keeps_the_old_name_in_the_audit_log_and_raises_the_version() {
        String before = TestData.designName("Before");
        String after = TestData.designName("After");
        UUID id = data.design(alice, before);

        data.as(alice, () -> designs.update(id, 1, new DesignDraft(after, TargetDatabase.H2, null)));

        DesignSummary design = data.as(alice, () -> designs.get(id));
        assertThat(design.name()).isEqualTo(after);
        assertThat(design.targetDatabase()).isEqualTo(TargetDatabase.H2);
        assertThat(design.version()).isEqualTo(2);
        AuditRecord line = auditLog.forDesign(id, 1).get(0);
        assertThat(line.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(line.oldValue()).contains(before);
        assertThat(line.newValue()).contains(after);
    }

    @Test
    void renaming_with_a_stale_version_is_a_conflict_that_names_who_changed_it() {
        String bob = data.account("bob");
        String original = TestData.designName("Orders");
        UUID id = data.design(alice, original);
        data.as(alice, () -> designs.setMember(id, bob, DesignRole.EDITOR));
        int loadedByAlice = data.as(alice, () -> designs.get(id)).version();
        String bobsName = TestData.designName("Orders by Bob");
        data.as(bob, () -> designs.update(id, loadedByAlice, new DesignDraft(bobsName, TargetDatabase.POSTGRESQL, null)));

        assertThatThrownBy(() -> data.as(alice, () -> designs.update(id, loadedByAlice,
                new DesignDraft(TestData.designName("Orders by Alice"), TargetDatabase.POSTGRESQL, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(TestData.displayName(bob));
                    assertThat(e.getMessage()).contains("was changed by " + TestData.displayName(bob));
                });

        assertThat(data.as(alice, () -> designs.get(id)).name()).isEqualTo(bobsName);
    }

    @Test
    void deleting_with_a_stale_version_is_a_conflict_and_keeps_the_design() {
        UUID id = data.design(alice, TestData.designName("Orders"));
        data.as(alice, () -> designs.update(id, 1, new DesignDraft(TestData.designName("Renamed"),
                TargetDatabase.POSTGRESQL, null)));

        assertThatThrownBy(() -> data.as(alice, () -> designs.delete(id, 1))).isInstanceOf(ConflictException.class);

        assertThat(data.as(alice, () -> designs.listMine())).extracting(DesignSummary::id).contains(id);
    }

    @ParameterizedTest
    @EnumSource(value = DesignRole.class, names = {"VIEWER", "REVIEWER"})
    void a_viewer_or_reviewer_can_neither_rename_nor_delete(DesignRole role) {
        String member = data.account(role.name().toLowerCase());
        String name = TestData.designName("Shared");
        UUID id = data.design(alice, name);
        data.as(alice, () -> designs.setMember(id, member, role));

        assertThat(data.as(member, () -> designs.get(id)).myRole()).isEqualTo(role);
        assertThatThrownBy(() -> data.as(member, () -> designs.update(id, 1,
                new DesignDraft(TestData.designName("Hijacked"), TargetDatabase.POSTGRESQL, null))))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("cannot change it");
        assertThatThrownBy(() -> data.as(member, () -> designs.delete(id, 1)))
                .isInstanceOf(NotAllowedException.class);

        DesignSummary unchanged = data.as(alice, () -> designs.get(id));
        assertThat(unchanged.name()).isEqualTo(name);
        assertThat(unchanged.version()).isEqualTo(1);
    }

    @Test
    void an_editor_can_rename_but_not_delete() {
        String editor = data.account("editor");
        UUID id = data.design(alice, TestData.designName("Shared"));
        data.as(alice, () -> designs.setMember(id, editor, DesignRole.EDITOR));
        String renamed = TestData.designName("Renamed by editor");

        data.as(editor, () -> designs.update(id, 1, new DesignDraft(renamed, TargetDatabase.POSTGRESQL, null)));

        assertThat(data.as(alice, () -> designs.get(id)).name()).isEqualTo(renamed);
        assertThatThrownBy(() -> data.as(editor, () -> designs.delete(id, 2)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_non_member_cannot_see_rename_or_delete_a_design() {
        String stranger = data.account("stranger");
        String name = TestData.designName("Private");
        UUID id = data.design(alice, name);

        assertThat(data.as(stranger, () -> designs.listMine())).isEmpty();
        assertThatThrownBy(() -> data.as(stranger, () -> designs.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(stranger, () -> designs.update(id, 1,
                new DesignDraft(TestData.designName("Taken over"), TargetDatabase.POSTGRESQL, null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(stranger, () -> designs.delete(id, 1))).isInstanceOf(NotFoundException.class);
        assertThat(data.as(alice, () -> designs.get(id)).name()).isEqualTo(name);
    }

    @Test
    void only_an_owner_adds_members() {
        String viewer = data.account("viewer");
        String other = data.account("other");
        UUID id = data.design(alice, TestData.designName("Shared"));
        data.as(alice, () -> designs.setMember(id, viewer, DesignRole.VIEWER));

        assertThatThrownBy(() -> data.as(viewer, () -> designs.setMember(id, other, DesignRole.EDITOR)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(data.as(other, () -> designs.listMine())).isEmpty();
    }

    @Test
    void deleting_a_design_as_its_owner_removes_it_from_every_members_list_and_keeps_its_history() {
        String viewer = data.account("viewer");
        UUID kept = data.design(alice, TestData.designName("Kept"));
        UUID id = data.design(alice, TestData.designName("Doomed"));
        data.as(alice, () -> designs.setMember(id, viewer, DesignRole.VIEWER));

        data.as(alice, () -> designs.delete(id, 1));

        assertThat(data.as(alice, () -> designs.listMine())).extracting(DesignSummary::id).containsExactly(kept);
        assertThat(data.as(viewer, () -> designs.listMine())).isEmpty();
        assertThatThrownBy(() -> data.as(alice, () -> designs.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(auditLog.forDesign(id, 10)).extracting(AuditRecord::action)
                .containsExactly(ChangeAction.DELETE, ChangeAction.SET_ROLE, ChangeAction.CREATE);
    }

    @Test
    void a_call_without_a_signed_in_person_is_refused() {
        assertThatThrownBy(() -> designs.listMine()).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> designs.create(new DesignDraft(TestData.designName("Anonymous"),
                TargetDatabase.POSTGRESQL, null))).isInstanceOf(NotAllowedException.class);
    }

    private void assertRefusedOnName(String name, String messagePart) {
        List<DesignSummary> before = data.as(alice, () -> designs.listMine());

        assertThatThrownBy(() -> data.as(alice, () -> designs.create(
                new DesignDraft(name, TargetDatabase.POSTGRESQL, "refused"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("name");
                    assertThat(e.fieldErrors().get("name")).contains(messagePart);
                });

        assertThat(data.as(alice, () -> designs.listMine())).isEqualTo(before);
    }
}
