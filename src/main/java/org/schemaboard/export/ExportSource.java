package org.schemaboard.export;

import java.util.List;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Specification;

/**
 * Everything the specification is made from: the model, the sections people wrote, the ER diagram (SVG, or null when
 * there is none), the review status (null before anyone requested a review) and the subject areas.
 */
public record ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review,
                           List<SubjectArea> subjectAreas) {

    public ExportSource {
        if (specification == null) {
            specification = Specification.empty(model.designId());
        }
        subjectAreas = subjectAreas == null ? List.of() : List.copyOf(subjectAreas);
    }

    /** Without subject areas (the DBML export then has no table groups). */
    public ExportSource(DesignModel model, Specification specification, String diagramSvg, ReviewStatus review) {
        this(model, specification, diagramSvg, review, List.of());
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
