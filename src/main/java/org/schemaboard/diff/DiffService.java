package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.Snapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The states of a design a member can compare, read as models, and their diff. Read-only, for any member. */
@Service
public class DiffService {

    private final ReviewService reviews;
    private final DesignModelService models;

    DiffService(ReviewService reviews, DesignModelService models) {
        this.reviews = reviews;
        this.models = models;
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

    @Transactional(readOnly = true)
    public ModelDiff compare(UUID designId, DesignState from, DesignState to) {
        return ModelDiff.compare(load(designId, from), load(designId, to));
    }
}
