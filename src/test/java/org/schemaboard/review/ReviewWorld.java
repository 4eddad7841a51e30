package org.schemaboard.review;

import java.util.UUID;
import org.schemaboard.TestData;

/**
 * The shared fixture's team ({@link TestData}) under the names the review tests use: the owner of each design, an
 * editor, a reviewer and a viewer as members; {@link #outsider} is no member.
 */
final class ReviewWorld {

    final String owner = TestData.OWNER;
    final String editor = TestData.EDITOR;
    final String reviewer = TestData.REVIEWER;
    final String viewer = TestData.VIEWER;
    final String outsider = TestData.OUTSIDER;
    /** An account that is no member yet: for "add a member". */
    final String extra;
    final TestData data;

    /** The fixture's {@link TestData.Sample} together with its design. */
    record Sample(UUID design, UUID users, UUID userId, UUID email, UUID nickname, UUID orders, UUID orderUserId,
                  UUID relationship, UUID index, UUID pattern) {
    }

    ReviewWorld(TestData data) {
        this.data = data;
        extra = data.account("rv-extra");
    }

    /** A new design of the team, its self-critique written (as the owner): ready for a review request. */
    UUID design() {
        UUID design = data.newDesign();
        data.selfCritique(design, owner);
        return design;
    }

    Sample sample() {
        UUID design = design();
        TestData.Sample s = data.sample(design);
        return new Sample(design, s.users(), s.userId(), s.email(), s.nickname(), s.orders(), s.orderUserId(),
                s.relationship(), s.index(), s.pattern());
    }
}
