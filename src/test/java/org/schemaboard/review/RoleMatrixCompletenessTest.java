package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link RoleMatrixTest} whole: every public method of every service bean is either a write with its row in the
 * matrix ({@link #WRITES}, by the row's name) or listed in {@link #NOT_IN_MATRIX} with the reason it has none. A new
 * public write method fails this test until it is given a row (or a reason).
 */
@ServiceTest
class RoleMatrixCompletenessTest {

    @Autowired ApplicationContext context;

    /**
     * The public write methods of the services (class, method, number of parameters) → the matrix row that checks
     * them, by its {@link Op#name()}.
     */
    static final Map<String, String> WRITES = Map.ofEntries(
            Map.entry("DesignService.update/3", "design: rename"),
            Map.entry("DesignService.delete/2", "design: delete"),
            Map.entry("DesignService.setMember/3", "members: change role"),
            Map.entry("DesignService.removeMember/2", "members: remove"),
            Map.entry("EntityService.createEntity/2", "entities: create"),
            Map.entry("EntityService.updateEntity/3", "entities: update"),
            Map.entry("EntityService.deleteEntity/2", "entities: delete"),
            Map.entry("EntityService.addAttribute/2", "attributes: add"),
            Map.entry("EntityService.updateAttribute/3", "attributes: update"),
            Map.entry("EntityService.moveAttribute/2", "attributes: move"),
            Map.entry("EntityService.deleteAttribute/2", "attributes: delete"),
            Map.entry("RelationshipService.create/2", "relationships: create"),
            Map.entry("RelationshipService.update/3", "relationships: update"),
            Map.entry("RelationshipService.recordManyToMany/2", "relationships: record many-to-many"),
            Map.entry("RelationshipService.delete/2", "relationships: delete"),
            Map.entry("IndexService.create/2", "indexes: create"),
            Map.entry("IndexService.update/3", "indexes: update"),
            Map.entry("IndexService.delete/2", "indexes: delete"),
            Map.entry("QueryPatternService.create/2", "query patterns: create"),
            Map.entry("QueryPatternService.update/3", "query patterns: update"),
            Map.entry("QueryPatternService.delete/2", "query patterns: delete"),
            Map.entry("NoSqlService.create/2", "NoSQL elements: create"),
            Map.entry("SqlImportService.importInto/2", "import: SQL into the design"),
            Map.entry("SqlImportService.importInto/3", "import: SQL into the design, with progress"),
            Map.entry("ModelBatchService.write/4", "import: a model batch into the design"),
            Map.entry("CommentService.startThread/4", "comments: start a thread on an index"),
            Map.entry("CommentService.reply/2", "comments: reply"),
            Map.entry("CommentService.editComment/3", "comments: edit my comment"),
            Map.entry("CommentService.resolve/2", "comments: resolve"),
            Map.entry("CommentService.reopen/2", "comments: reopen"),
            Map.entry("ReviewService.requestReview/3", "review: request"),
            Map.entry("ReviewService.approve/2", "review: approve"),
            Map.entry("ReviewService.requestChanges/2", "review: request changes"),
            Map.entry("ReviewService.withdraw/1", "review: withdraw"),
            Map.entry("DiagramService.move/5", "diagram: move a box"),
            Map.entry("DiagramService.relayout/3", "diagram: lay out again"),
            Map.entry("DiagramService.createArea/3", "diagram: create a subject area"),
            Map.entry("DiagramService.updateArea/4", "diagram: update a subject area"),
            Map.entry("DiagramService.addNeighbours/3", "diagram: add neighbours to a subject area"),
            Map.entry("DiagramService.deleteArea/2", "diagram: delete a subject area"),
            Map.entry("SpecificationService.save/3", "spec: save a section"),
            Map.entry("SqlImportService.importInto/4", "import: SQL into the design, named"),
            Map.entry("DbmlImportService.importInto/3", "import: DBML into the design"),
            Map.entry("ChecksService.suppress/3", "checks: suppress a finding"),
            Map.entry("ModelBatchService.replace/3", "model: replace the draft (restore)"));

    private static final String READ = "read-only: checks the READ role, or reads the caller's own data";

    /** Public service methods that have no row here, each with the reason. */
    static final Map<String, String> NOT_IN_MATRIX = Map.ofEntries(
            Map.entry("DesignService.create/1", "creates a design of one's own: no role in a design yet"),
            Map.entry("DesignService.listMine/0", READ),
            Map.entry("DesignModelService.loadFresh/1", READ),
            Map.entry("CoverageService.of/1", "plans a model the caller has already read: no database of ours"),
            Map.entry("CoverageService.findings/1", "plans a model the caller has already read: no database of ours"),
            Map.entry("CoverageService.withPostgres/0", "configuration only: no design data"),
            Map.entry("DesignModelService.cacheCounts/0", "counts of the kept models: no design data"),
            Map.entry("UndoService.status/1", "the caller's own undo history: no design data"),
            Map.entry("UndoService.undo/2", "owners and editors, of their own steps (UndoServiceTest)"),
            Map.entry("UndoService.redo/2", "owners and editors, of their own steps (UndoServiceTest)"),
            Map.entry("DesignModelService.loadAfter/2", READ),
            Map.entry("ChecksService.run/2", "pure: over a model and sections already read"),
            Map.entry("ChecksService.of/3", "pure: over a model and sections already read"),
            Map.entry("ChecksService.open/1", READ),
            Map.entry("ChecksService.suppressions/1", READ),
            Map.entry("ChecksService.suppressionsForExport/1", "read by ExportSources after its role check"),
            Map.entry("ChecksService.requireNoOpenErrors/1", "called by ReviewService.approve after its role check"),
            Map.entry("ChecksService.noSqlForExport/1", "read by ExportSources after its role check"),
            Map.entry("NoSqlService.list/1", READ),
            Map.entry("NoSqlService.listUnchecked/1", "read by ChecksService and ExportSources after their role checks"),
            Map.entry("NoSqlService.update/3", "DesignElementService's EDIT check, as query patterns' rows; "
                    + "needs an element: NoSqlServiceTest"),
            Map.entry("NoSqlService.delete/2", "DesignElementService's EDIT check, as query patterns' rows; "
                    + "needs an element: NoSqlServiceTest"),
            Map.entry("SuggestionService.list/1", READ),
            Map.entry("SuggestionService.apply/2", "owners and editors; needs requirements that trigger it: "
                    + "SuggestionServiceTest (a reviewer is refused)"),
            Map.entry("SuggestionService.dismiss/2", "owners and editors; needs a detected suggestion: "
                    + "SuggestionServiceTest"),
            Map.entry("SuggestionService.offerAgain/2", "owners and editors; needs a dismissed suggestion: "
                    + "SuggestionServiceTest"),
            Map.entry("ChecksService.lift/2", "editors only (EDIT role check); needs a suppression: SuppressionTest"),
            Map.entry("DbmlImportService.importIntoNewDesign/4", "creates a design of one's own"),
            Map.entry("LiveImportService.importIntoNewDesign/4", "creates a design of one's own"),
            Map.entry("ErImportService.importIntoNewDesign/5", "creates a design of one's own"),
            Map.entry("LiveImportService.importInto/3", "through SqlImportService.importInto/4 (its own row)"),
            Map.entry("ErImportService.importInto/4", "through SqlImportService.importInto/4 (its own row)"),
            Map.entry("DiffService.restore/2", "through ModelBatchService.replace (owners only; its own row)"),
            Map.entry("DiffService.expectedRows/1", READ),
            Map.entry("DiffService.states/1", READ),
            Map.entry("DiffService.load/2", READ),
            Map.entry("DiffService.compare/3", READ),
            Map.entry("DiffService.reviewChanges/1", READ),
            Map.entry("DesignService.listAllForOperator/0", "the operator's command line, on the data directory"),
            Map.entry("DesignService.nameInUse/1", READ),
            Map.entry("DesignService.get/1", READ),
            Map.entry("DesignService.getAs/2", READ),
            Map.entry("DesignService.members/1", READ),
            Map.entry("DesignService.requireRole/2", "the role check itself"),
            Map.entry("DesignService.lockForWrite/1", "a lock taken after requireRole by the model's writes"),
            Map.entry("DesignService.recordChange/1", "the end of every write path, after its role check"),
            Map.entry("DesignService.recordActivity/1", "the end of every write path, after its role check"),
            Map.entry("EntityService.deletionImpact/1", READ),
            Map.entry("DesignModelService.load/1", READ),
            Map.entry("DesignModelService.history/4", READ),
            Map.entry("CommentService.threads/1", READ),
            Map.entry("CommentService.threadsOf/2", READ),
            Map.entry("CommentService.openThreadCounts/1", READ),
            Map.entry("ReviewService.state/1", READ),
            Map.entry("ReviewService.statusOfMyDesigns/0", READ),
            Map.entry("ReviewService.snapshot/2", READ),
            Map.entry("ReviewService.myEarlierApproval/1", READ),
            Map.entry("ReviewService.missingSelfCritique/1", READ),
            Map.entry("ReviewService.snapshotModel/2", READ),
            Map.entry("ReviewService.snapshotSource/2", READ),
            Map.entry("NotificationService.mine/1", READ),
            Map.entry("NotificationService.unreadCount/0", READ),
            Map.entry("NotificationService.markAllRead/0", "marks the caller's own notifications: no design role"),
            Map.entry("DiagramService.areas/1", READ),
            Map.entry("DiagramService.view/2", READ),
            Map.entry("SpecificationService.load/1", READ),
            Map.entry("ExportSources.of/1", READ),
            Map.entry("SqlImportService.preview/2", "reads the pasted text only; writes nothing"),
            Map.entry("SqlImportService.importIntoNewDesign/3", "creates a design of one's own"),
            Map.entry("SqlImportService.importIntoNewDesign/4", "creates a design of one's own"),
            Map.entry("DesignImportService.importJson/2", "creates a design of one's own"),
            Map.entry("AuditLog.record/2", "written by the write paths after their role checks"),
            Map.entry("AuditLog.forDesign/2", "read by services after their role checks"),
            Map.entry("AuditLog.forDesign/4", "read by services after their role checks"),
            Map.entry("AuditLog.forInstance/1", "read by UserAdministration after its administrator check"),
            Map.entry("PresenceRegistry.newKey/1", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.join/6", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.leaveEverywhere/2", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.focus/5", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.leave/2", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.present/1", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.localPresent/1", "presence in memory, no design data"),
            Map.entry("PresenceRegistry.localDesigns/0", "presence in memory, no design data (the node link's)"),
            Map.entry("PresenceRegistry.watchLocalChanges/1", "the node link's hook, called by no person"),
            Map.entry("PresenceRegistry.putRemote/4", "other nodes' presence, from the node link only"),
            Map.entry("PresenceRegistry.forgetNode/1", "other nodes' presence, from the node link only"),
            Map.entry("AccountService.accountCount/0", "accounts: not a design role (UserAdministrationTest)"),
            Map.entry("AccountService.findByUsername/1", "accounts: not a design role"),
            Map.entry("AccountService.findAll/0", "accounts: not a design role"),
            Map.entry("AccountService.status/1", "accounts: not a design role"),
            Map.entry("AccountService.disableDemoAccount/1", "accounts: at start-up, outside demo mode"),
            Map.entry("AccountService.createAccount/7", "accounts: called by administration and sign-up"),
            Map.entry("AccountService.createDemoAccount/4", "accounts: demo mode's seed"),
            Map.entry("MyAccount.profile/0", "the caller's own account"),
            Map.entry("MyAccount.updateProfile/3", "the caller's own account"),
            Map.entry("MyAccount.changePassword/3", "the caller's own account"),
            Map.entry("MyAccount.chooseNewPassword/2", "the caller's own account"),
            Map.entry("MyAccount.signUp/5", "self sign-up, when an administrator allows it"),
            Map.entry("UserAdministration.list/0", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.create/1", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.update/5", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.setEnabled/2", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.resetPassword/2", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.unlock/1", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.selfSignUpEnabled/0", "anyone may ask (the sign-in page does)"),
            Map.entry("UserAdministration.setSelfSignUp/1", "administrators only (UserAdministrationTest)"),
            Map.entry("UserAdministration.history/1", "administrators only (UserAdministrationTest)"),
            Map.entry("DatabaseUserDetailsService.loadUserByUsername/1", "Spring Security's sign-in"));

    @Test
    void every_public_service_method_is_in_the_matrix_or_said_not_to_be() {
        Set<String> found = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.schemaboard")) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
                        || !m.getDeclaringClass().getPackageName().startsWith("org.schemaboard")) {
                    continue;
                }
                String overload = Arrays.stream(m.getParameterTypes()).anyMatch(p -> p == Entity.class
                        || p == Attribute.class) ? " on a base" : "";
                found.add(type.getSimpleName() + "." + m.getName() + "/" + m.getParameterCount() + overload);
            }
        }
        Set<String> ops = new TreeSet<>(new RoleMatrixTest().operations().stream().map(RoleMatrixTest.Op::name)
                .toList());
        List<String> unlisted = new ArrayList<>();
        for (String method : found) {
            String plain = method.replace(" on a base", "");
            if (method.endsWith(" on a base")) {
                String name = plain.startsWith("EntityService.updateEntity") ? "entities: update on a base"
                        : "attributes: update on a base";
                assertThat(ops).as(method).contains(name);
            } else if (WRITES.containsKey(plain)) {
                assertThat(ops).as("the row of " + plain).contains(WRITES.get(plain));
            } else if (!NOT_IN_MATRIX.containsKey(plain)) {
                unlisted.add(plain);
            }
        }
        assertThat(unlisted).as("public service methods that are neither a write with a row in this matrix (WRITES) "
                + "nor listed in NOT_IN_MATRIX with a reason").isEmpty();
        assertThat(found).as("the services the matrix knows are still there")
                .contains("ReviewService.withdraw/1", "DiagramService.move/5", "SpecificationService.save/3");
    }
}
