package org.schemaboard.export;

import java.util.Optional;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers what a design's specification is made from, as the signed-in person may read it: the model, the written
 * sections, and — from the features that have them — the ER diagram and the review status.
 */
@Service
public class ExportSources {

    /** Draws the design's ER diagram as SVG for the HTML specification (the diagram feature provides it). */
    public interface DiagramProvider {
        Optional<String> svg(DesignModel model);
    }

    /** Where the design stands in review (the review feature provides it). */
    public interface ReviewStatusProvider {
        Optional<ExportSource.ReviewStatus> status(UUID designId);
    }

    private final DesignModelService models;
    private final SpecificationService specifications;
    private final ObjectProvider<DiagramProvider> diagrams;
    private final ObjectProvider<ReviewStatusProvider> reviews;

    ExportSources(DesignModelService models, SpecificationService specifications,
                  ObjectProvider<DiagramProvider> diagrams, ObjectProvider<ReviewStatusProvider> reviews) {
        this.models = models;
        this.specifications = specifications;
        this.diagrams = diagrams;
        this.reviews = reviews;
    }

    /** Everything for one design, read now. */
    public ExportSource of(UUID designId) {
        DesignModel model = models.load(designId);
        String svg = diagrams.orderedStream().map(d -> d.svg(model)).flatMap(Optional::stream).findFirst()
                .orElse(null);
        ExportSource.ReviewStatus review = reviews.orderedStream().map(r -> r.status(designId))
                .flatMap(Optional::stream).findFirst().orElse(null);
        return new ExportSource(model, specifications.load(designId), svg, review);
    }
}
