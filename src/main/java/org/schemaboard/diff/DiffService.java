package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.ModelBatchService;
import org.schemaboard.review.ReviewRequest;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.ReviewState;
import org.schemaboard.review.Snapshot;
import org.schemaboard.spec.DataVolume;
import org.schemaboard.spec.SpecificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The states of a design a member can compare, read as models, and their diff. Read-only, for any member. */
@Service
public class DiffService {

    private final ReviewService reviews;
    private final DesignModelService models;
    private final SpecificationService specifications;
    private final ModelBatchService batches;

    DiffService(ReviewService reviews, DesignModelService models, SpecificationService specifications,
                ModelBatchService batches) {
        this.reviews = reviews;
        this.models = models;
        this.specifications = specifications;
        this.batches = batches;
    }

    /**
     * Makes the draft what approved version {@code number} was: one change in the history (so restoring again, to
     * another version, undoes it). Owners only; the element ids are the version's, so later diffs pair by id.
     */
    @Transactional
    public void restore(UUID designId, int number) {
        Snapshot snapshot = reviews.snapshot(designId, number);
        DesignModel model = reviews.snapshotModel(designId, number);
        batches.replace(designId, model, "to " + snapshot.label() + " (approved by " + snapshot.approvedBy() + ")");
    }

    /** The specification's expected rows per entity (the safety checks' volume estimates); empty when none given. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> expectedRows(UUID designId) {
        Map<UUID, Long> rows = new HashMap<>();
        for (DataVolume.EntityVolume v : specifications.load(designId).dataVolume().entities()) {
            if (v.expectedRows() != null) {
                rows.put(v.entityId(), v.expectedRows());
            }
        }
        return rows;
    }

    /** The draft, then every approved version, newest first. */
    @Transactional(readOnly = true)
    public List<DesignState> states(UUID designId) {
        List<DesignState> states = new ArrayList<>();
        states.add(DesignState.draft());
        for (Snapshot s : reviews.state(designId).snapshots()) {
            states.add(DesignState.approved(s.number()));
        }
        return states;
    }

    /** One state as a model; the role check is the one of reading the design. */
    @Transactional(readOnly = true)
    public DesignModel load(UUID designId, DesignState state) {
        return switch (state.kind()) {
            case DRAFT -> models.load(designId);
            case APPROVED -> reviews.snapshotModel(designId, state.number());
            case FILE -> {
                models.load(designId);
                yield DesignFiles.read(state.fileName(), state.text());
            }
        };
    }

    /** For the Review tab: the open request's changes since the last approved version, and since my approval. */
    @Transactional(readOnly = true)
    public Optional<ReviewChanges> reviewChanges(UUID designId) {
        ReviewState state = reviews.state(designId);
        if (state.latestRequest().filter(ReviewRequest::open).isEmpty()) {
            return Optional.empty();
        }
        DesignModel draft = models.load(designId);
        ModelDiff mine = reviews.myEarlierApproval(designId).map(earlier -> ModelDiff.compare(earlier, draft))
                .orElse(null);
        if (state.snapshots().isEmpty()) {
            return Optional.of(new ReviewChanges(0, null, List.of(), mine));
        }
        int last = state.snapshots().get(0).number();
        ModelDiff since = ModelDiff.compare(reviews.snapshotModel(designId, last), draft);
        return Optional.of(new ReviewChanges(last, since, SafetyChecks.of(since, expectedRows(designId)), mine));
    }

    @Transactional(readOnly = true)
    public ModelDiff compare(UUID designId, DesignState from, DesignState to) {
        return ModelDiff.compare(load(designId, from), load(designId, to));
    }
}
