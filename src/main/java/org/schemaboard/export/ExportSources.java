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

    /**
     * The changes from the design's last approved version to the exported model, with their migration scripts (the
     * diff feature provides it: it renders through this package, so this package cannot call it).
     */
    public interface ChangesProvider {
        Optional<ChangesSinceApproval> changes(UUID designId, DesignModel exported);
    }

    private final DesignModelService models;
    private final SpecificationService specifications;
    private final DiagramService diagrams;
    private final ObjectProvider<ReviewStatusProvider> reviews;
    private final org.schemaboard.checks.ChecksService checks;
    private final ObjectProvider<CoverageProvider> coverage;
    private final ObjectProvider<ChangesProvider> changes;

    ExportSources(DesignModelService models, SpecificationService specifications,
                  DiagramService diagrams, ObjectProvider<ReviewStatusProvider> reviews,
                  org.schemaboard.checks.ChecksService checks, ObjectProvider<CoverageProvider> coverage,
                  ObjectProvider<ChangesProvider> changes) {
        this.changes = changes;
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
        List<org.schemaboard.diagram.SubjectArea> areas = diagrams.areas(designId);
        String svg = overview(model, designId, areas);
        List<ExportSource.Figure> figures = new java.util.ArrayList<>();
        java.util.Set<String> files = new java.util.HashSet<>(java.util.Set.of(ExportSource.OVERVIEW_FILE));
        for (org.schemaboard.diagram.SubjectArea area : areas) {
            if (area.entityIds().isEmpty() || area.entityIds().size() > OVERVIEW_MAX_ENTITIES) {
                continue;  // an area that big is no more readable than the whole design; its boxes are in the overview
            }
            String slug = area.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            String file = "erd-" + (slug.isEmpty() ? "area" : slug) + ".svg";
            for (int n = 2; !files.add(file); n++) {
                file = "erd-" + (slug.isEmpty() ? "area" : slug) + "-" + n + ".svg";
            }
            figures.add(new ExportSource.Figure(file, area.name(),
                    DiagramSvg.svg(model, diagrams.view(model, area.id()).layout())));
        }
        ExportSource.ReviewStatus review = reviews.orderedStream().map(r -> r.status(designId))
                .flatMap(Optional::stream).findFirst().orElse(null);
        List<List<String>> planned = coverage.orderedStream().findFirst().map(p -> p.rows(model)).orElse(null);
        ChangesSinceApproval sinceApproval = changes.orderedStream().map(c -> c.changes(designId, model))
                .flatMap(Optional::stream).findFirst().orElse(null);
        return new ExportSource(model, specifications.load(designId), svg, review,
                checks.suppressionsForExport(designId), planned, areas, figures, sinceApproval)
                .withNoSql(checks.noSqlForExport(designId));
    }

    /** Up to this many entities the overview draws every entity; above, it draws the subject areas as boxes. */
    public static final int OVERVIEW_MAX_ENTITIES = 150;

    /**
     * The whole design with the positions people gave the boxes (the rest placed automatically), or for a design of
     * more than {@value #OVERVIEW_MAX_ENTITIES} entities its subject areas as boxes, so no picture grows to
     * thousands of pixels.
     */
    private String overview(DesignModel model, UUID designId, List<org.schemaboard.diagram.SubjectArea> areas) {
        if (model.entities().isEmpty()) {
            return null;
        }
        if (model.entities().size() > OVERVIEW_MAX_ENTITIES) {
            return org.schemaboard.diagram.AreaOverviewSvg.svg(model, areas);
        }
        return DiagramSvg.svg(model, diagrams.view(model, designId).layout());
    }
}
