package org.schemaboard.export;

import org.schemaboard.checks.CheckResults;
import org.schemaboard.checks.Suppression;
import java.util.List;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Specification;

/**
 * Everything the specification is made from: the model, the sections people wrote, the ER diagram (SVG, or null when
 * there is none), the review status (null before anyone requested a review), the suppressions of the design checks,
 * the planner's query coverage (rows of pattern, plan, serves links; null when no planner ran), the subject areas,
 * a figure per subject area, and the changes since the last approved version with their migration scripts (null when
 * not worked out: the specification then has no such section and the ZIP no {@code migrations/}).
 */
public record ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                           List<Suppression> suppressions, List<List<String>> coverage,
                           List<SubjectArea> subjectAreas, List<Figure> figures, ChangesSinceApproval changes,
                           List<org.schemaboard.model.nosql.NoSqlElement> nosql) {

    /**
     * An ER picture of the export besides the overview: one subject area drawn with the team's arrangement, saved as
     * {@code fileName} in the ZIP ({@code erd-orders.svg}).
     */
    public record Figure(String fileName, String title, String svg) {
    }

    /** The overview's file name in the ZIP. */
    public static final String OVERVIEW_FILE = "erd.svg";

    public ExportSource {
        figures = figures == null ? List.of() : List.copyOf(figures);
        if (specification == null) {
            specification = Specification.empty(model.designId());
        }
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        coverage = coverage == null ? null : coverage.stream().map(List::copyOf).toList();
        subjectAreas = subjectAreas == null ? List.of() : List.copyOf(subjectAreas);
        nosql = nosql == null ? List.of() : List.copyOf(nosql);
    }

    /** Without NoSQL elements. */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                        List<Suppression> suppressions, List<List<String>> coverage,
                        List<SubjectArea> subjectAreas, List<Figure> figures, ChangesSinceApproval changes) {
        this(model, specification, diagramSvg, review, suppressions, coverage, subjectAreas, figures, changes,
                List.of());
    }

    /** The same source with the design's NoSQL elements (MongoDB collections, Redis key patterns, search mappings). */
    public ExportSource withNoSql(List<org.schemaboard.model.nosql.NoSqlElement> elements) {
        return new ExportSource(model, specification, diagramSvg, review, suppressions, coverage, subjectAreas, figures,
                changes, elements);
    }

    /** Without the changes since the last approved version. */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                        List<Suppression> suppressions, List<List<String>> coverage,
                        List<SubjectArea> subjectAreas, List<Figure> figures) {
        this(model, specification, diagramSvg, review, suppressions, coverage, subjectAreas, figures, null);
    }

    /** The same source with the changes since the last approved version (worked out by the caller). */
    public ExportSource withChanges(ChangesSinceApproval changesSinceApproval) {
        return new ExportSource(model, specification, diagramSvg, review, suppressions, coverage, subjectAreas, figures,
                changesSinceApproval, nosql);
    }

    /** Without figures of the subject areas. */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                        List<Suppression> suppressions, List<List<String>> coverage,
                        List<SubjectArea> subjectAreas) {
        this(model, specification, diagramSvg, review, suppressions, coverage, subjectAreas, List.of());
    }

    /** Without suppressions of the design checks (every finding is open) and without subject areas. */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review) {
        this(model, specification, diagramSvg, review, List.of(), null, List.of());
    }

    /** Without subject areas (the DBML export then has no table groups). */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                        List<Suppression> suppressions, List<List<String>> coverage) {
        this(model, specification, diagramSvg, review, suppressions, coverage, List.of());
    }

    /** Without the design checks' suppressions and coverage. */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                        List<SubjectArea> subjectAreas) {
        this(model, specification, diagramSvg, review, List.of(), null, subjectAreas);
    }

    /** The design checks' findings, split by the suppressions: one evaluation for the checklist and Design Checks. */
    public CheckResults checks() {
        return CheckResults.of(model, specification, suppressions);
    }

    /** The model alone: every written section reads "Not specified yet". */
    public static ExportSource of(DesignModel model) {
        return new ExportSource(model, null, null, null);
    }

    /**
     * Where the design stands in review, as the specification reports it.
     *
     * @param state           "Draft", "In review", "Approved" …
     * @param approvedVersion the latest approved snapshot ("v2"), or null
     * @param decisions       one line per reviewer decision: who, what, when
     * @param openThreads     one line per open comment thread: element, first words, blocking or not
     */
    public record ReviewStatus(String state, String approvedVersion, List<String> decisions, List<String> openThreads,
                               int blockingThreads) {

        public ReviewStatus {
            decisions = List.copyOf(decisions);
            openThreads = List.copyOf(openThreads);
        }
    }
}
