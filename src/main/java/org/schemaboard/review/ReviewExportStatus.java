package org.schemaboard.review;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.springframework.stereotype.Component;

/** The review status the exported specification reports: state, approved version, decisions, open threads. */
@Component
class ReviewExportStatus implements ExportSources.ReviewStatusProvider {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ReviewService reviews;
    private final CommentService comments;

    ReviewExportStatus(ReviewService reviews, CommentService comments) {
        this.reviews = reviews;
        this.comments = comments;
    }

    @Override
    public Optional<ExportSource.ReviewStatus> status(UUID designId) {
        ReviewState state = reviews.state(designId);
        List<CommentThread> open = comments.threads(designId).stream().filter(CommentThread::open).toList();
        List<String> decisions = state.latestRequest().map(r -> r.decisions().stream()
                .map(d -> d.reviewerName() + ": " + d.verdict().label()
                        + (d.decidedAt() == null ? "" : " on " + DATE.format(d.decidedAt().withOffsetSameInstant(
                        java.time.ZoneOffset.UTC)))
                        + (d.comment() == null || d.comment().isBlank() ? "" : " — " + d.comment().strip()))
                .toList()).orElse(List.of());
        List<String> threads = open.stream().map(t -> (t.blocking() ? "[blocking] " : "") + t.element().typeLabel()
                + " " + t.element().label() + (t.elementDeleted() ? " (deleted)" : "") + ": "
                + firstWords(t.comments().isEmpty() ? "" : t.comments().get(0).body()) + " (" + t.startedByName()
                + ")").toList();
        String approved = state.snapshots().isEmpty() ? null : state.snapshots().get(0).label(); // newest first
        if (state.latestRequest().isEmpty() && approved == null && open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExportSource.ReviewStatus(state.status().label(), approved, decisions, threads,
                (int) open.stream().filter(CommentThread::blocking).count()));
    }

    private static String firstWords(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "…";
    }
}
