package org.schemaboard.review;

import org.schemaboard.design.DesignStatus;
import java.util.List;
import java.util.Optional;

/** A design's handoff state: its status, the latest review request, and its approved snapshots (newest first). */
public record ReviewState(DesignStatus status, Optional<ReviewRequest> latestRequest, List<Snapshot> snapshots) {

    public ReviewState {
        snapshots = List.copyOf(snapshots);
    }
}
