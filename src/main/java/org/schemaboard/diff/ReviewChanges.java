package org.schemaboard.diff;

import java.util.List;

/**
 * What a reviewer of the open request reviews: the difference since the last approved version (none for a design's
 * first review) with its safety findings, and, when a later edit asked them again, what changed since they approved.
 *
 * @param lastApproved      the last approved version's number, 0 when there is none
 * @param sinceLastApproved the last approved version → the draft; null when there is no approved version
 * @param findings          the safety findings of {@code sinceLastApproved}
 * @param sinceMyApproval   the state I approved → the draft, when I was asked again; null otherwise
 */
public record ReviewChanges(int lastApproved, ModelDiff sinceLastApproved, List<Finding> findings,
                            ModelDiff sinceMyApproval) {

    public ReviewChanges {
        findings = List.copyOf(findings);
    }
}
