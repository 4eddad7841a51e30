package org.schemaboard.export;

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

    private final DesignModelService models;
    private final SpecificationService specifications;
    private final DiagramService diagrams;
    private final ObjectProvider<ReviewStatusProvider> reviews;

    ExportSources(DesignModelService models, SpecificationService specifications,
                  DiagramService diagrams, ObjectProvider<ReviewStatusProvider> reviews) {
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
        return new ExportSource(model, specifications.load(designId), svg, review, diagrams.areas(designId));
    }
}
