package org.schemaboard.export;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.diagram.DiagramSvg;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers what a design's specification is made from, as the signed-in person may read it: the model, the written
 * sections, the ER diagram as the team arranged it, and — from the review feature — the review status.
 */
@Service
public class ExportSources {

    /** Where the design stands in review (the review feature provides it). */
    public interface ReviewStatusProvider {
        Optional<ExportSource.ReviewStatus> status(UUID designId);
    }

    /** The planner's query coverage of a design: rows of pattern, plan and serves-link check (coverage provides it). */
    public interface CoverageProvider {
        List<List<String>> rows(DesignModel model);
    }

    private final DesignModelService models;
    private final SpecificationService specifications;
    private final DiagramService diagrams;
    private final ObjectProvider<ReviewStatusProvider> reviews;
    private final org.schemaboard.checks.ChecksService checks;
    private final ObjectProvider<CoverageProvider> coverage;

    ExportSources(DesignModelService models, SpecificationService specifications,
                  DiagramService diagrams, ObjectProvider<ReviewStatusProvider> reviews,
                  org.schemaboard.checks.ChecksService checks, ObjectProvider<CoverageProvider> coverage) {
        this.checks = checks;
        this.coverage = coverage;
        this.models = models;
        this.specifications = specifications;
        this.diagrams = diagrams;
        this.reviews = reviews;
    }

    /** Everything for one design, read now. */
    public ExportSource of(UUID designId) {
        DesignModel model = models.load(designId);
        // the whole design's view with the positions people gave the boxes (the rest placed automatically); a design
        // too big for one picture keeps its text ERD only
        String svg = model.entities().isEmpty() || model.entities().size() > DiagramService.BIG_DESIGN ? null
                : DiagramSvg.svg(model, diagrams.view(model, designId).layout());
        ExportSource.ReviewStatus review = reviews.orderedStream().map(r -> r.status(designId))
                .flatMap(Optional::stream).findFirst().orElse(null);
        List<List<String>> planned = coverage.orderedStream().findFirst().map(p -> p.rows(model)).orElse(null);
        return new ExportSource(model, specifications.load(designId), svg, review,
                checks.suppressionsForExport(designId), planned, diagrams.areas(designId));
    }
}
