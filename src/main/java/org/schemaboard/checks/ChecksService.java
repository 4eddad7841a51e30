package org.schemaboard.checks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.base.Change;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.LastComputed;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.SignedInUser;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.RoleRequirement;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The design checks as the application runs them: the engine's open findings for a design (suppressed ones left
 * out), suppressions (audited like every edit), and the approval gate.
 */
@Service
public class ChecksService implements DesignChecks {

    /** How many open errors the refusal names before it says "and N more". */
    private static final int LISTED = 10;
    public static final int MAX_REASON_LENGTH = 2000;

    private final DesignModelService models;
    private final SpecificationService specifications;
    private final SuppressionRepository suppressions;
    private final DesignService designs;
    private final CurrentUser currentUser;
    private final ObjectProvider<PlannerFindings> planner;
    private final NoSqlService nosql;
    /**
     * The last findings per design: the header's count, the editor's markers, the Problems tab and every page opened
     * again ask for the same state (at 10,000 tables one run of the rules and the planner costs about a second).
     */
    private final LastComputed<Inputs, List<Check>> last = new LastComputed<>(8);

    /** Everything the findings depend on (the planner's configuration aside, which is fixed while the app runs). */
    private record Inputs(DesignModel model, Specification spec, List<Suppression> suppressions,
                          List<NoSqlElement> nosql) {
    }

    ChecksService(DesignModelService models, SpecificationService specifications, SuppressionRepository suppressions,
                  DesignService designs, CurrentUser currentUser, ObjectProvider<PlannerFindings> planner,
                  NoSqlService nosql) {
        this.planner = planner;
        this.nosql = nosql;
        this.models = models;
        this.specifications = specifications;
        this.suppressions = suppressions;
        this.designs = designs;
        this.currentUser = currentUser;
    }

    /**
     * The open findings: every finding of the engine, and of the planner when one is configured, that no suppression
     * of the model's design silences.
     */
    @Override
    public List<Check> run(DesignModel model, Specification spec) {
        return last.get(model.designId(), new Inputs(model, spec, suppressions.of(model.designId()),
                nosql.listUnchecked(model.designId())), this::check);
    }

    private List<Check> check(Inputs in) {
        PlannerFindings plans = planner.getIfAvailable();
        List<Check> extra = new java.util.ArrayList<>(plans == null ? List.of() : plans.findings(in.model()));
        extra.addAll(DesignChecker.runNoSql(in.nosql()));
        return List.copyOf(CheckResults.of(in.model(), in.spec(), in.suppressions(), extra).open());
    }

    /** The open findings of a design as it is stored now (read with the caller's rights). */
    public List<Check> open(UUID designId) {
        return run(models.load(designId), specifications.load(designId));
    }

    /** The design's NoSQL elements, for the export (which reads as a member already). */
    public List<NoSqlElement> noSqlForExport(UUID designId) {
        return nosql.listUnchecked(designId);
    }

    /** The design's suppressions as stored, for the export (which reads as a member already). */
    public List<Suppression> suppressionsForExport(UUID designId) {
        return suppressions.of(designId);
    }

    /** The design's suppressions, for anyone who may read it. */
    public List<Suppression> suppressions(UUID designId) {
        designs.requireRole(designId, RoleRequirement.READ);
        return suppressions.of(designId);
    }

    /** Silences the finding's rule on its element, with a reason; owners and editors only. Returns the id. */
    @Transactional
    public UUID suppress(UUID designId, Check finding, String reason) {
        designs.requireRole(designId, RoleRequirement.EDIT);
        SignedInUser me = currentUser.require();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "Say why the rule does not apply here; the reason is shown in the "
                    + "exported specification");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", "At most " + MAX_REASON_LENGTH + " characters");
        }
        if (DesignChecker.rule(finding.rule()).isEmpty()) {
            throw ValidationException.of("rule", "There is no rule " + finding.rule());
        }
        if (suppressions.exists(designId, finding.rule(), finding.elementKey())) {
            throw ValidationException.of("rule", finding.rule() + " is already suppressed on " + finding.subject());
        }
        UUID id = UUID.randomUUID();
        String label = finding.subject().length() <= 500 ? finding.subject() : finding.subject().substring(0, 499) + "…";
        suppressions.insert(id, designId, finding.rule(), finding.elementKey(), label, why, me.id());
        designs.recordChange(Change.to(designId, ElementType.CHECK_SUPPRESSION, id, finding.rule() + " on " + label)
                .created(Map.of("rule", finding.rule(), "element", label, "reason", why)));
        return id;
    }

    /** Lifts a suppression: the rule's findings on that element count again. */
    @Transactional
    public void lift(UUID suppressionId, int expectedVersion) {
        Suppression s = suppressions.find(suppressionId).orElseThrow(() -> new NotFoundException(
                "This suppression no longer exists; someone may have lifted it already."));
        designs.requireRole(s.designId(), RoleRequirement.EDIT);
        if (!suppressions.delete(suppressionId, expectedVersion)) {
            throw ConflictException.deleted("The suppression");
        }
        designs.recordChange(Change.to(s.designId(), ElementType.CHECK_SUPPRESSION, s.id(), s.rule() + " on "
                + s.elementLabel()).deleted(Map.of("rule", s.rule(), "element", s.elementLabel(), "reason",
                s.reason())));
    }

    /**
     * The quality gate of approval: refused while an error-level problem is open (not fixed, not suppressed). The
     * message lists them, so the reviewer knows what stands in the way.
     */
    public void requireNoOpenErrors(UUID designId) {
        List<Check> errors = open(designId).stream().filter(c -> c.severity() == Check.Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return;
        }
        String listed = errors.stream().limit(LISTED).map(c -> c.rule() + " on " + c.subject() + ": " + c.message())
                .collect(Collectors.joining("; "));
        throw ValidationException.of("approval", "Approval waits for " + errors.size() + " error-level "
                + (errors.size() == 1 ? "problem" : "problems") + " of the design checks to be fixed or suppressed: "
                + listed + (errors.size() > LISTED ? "; and " + (errors.size() - LISTED) + " more" : "")
                + ". See the Problems tab.");
    }
}
