package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.spec.SelfCritique;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.annotation.Autowired;

/** A review is requested only once the author's self-critique is written, all seven parts of it. */
@ServiceTest
class SelfCritiqueGateTest {

    @Autowired TestData data;
    @Autowired ReviewService reviews;
    @Autowired SpecificationService specifications;

    @Test
    void a_review_request_is_refused_until_every_part_of_the_self_critique_is_written() {
        UUID design = data.newDesign();
        data.sample(design);

        assertThatThrownBy(() -> data.as(TestData.EDITOR, () -> reviews.requestReview(design,
                List.of(TestData.REVIEWER), "Ready")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("selfCritique"))
                        .startsWith("Write the self-critique before asking for a review")
                        .endsWith("still empty: data modeling decisions, performance and scalability, technology "
                                + "choices, migration and operations, what went well, lessons learned, "
                                + "recommendations"));
        assertThat(data.as(TestData.EDITOR, () -> reviews.state(design)).status()).isEqualTo(DesignStatus.DRAFT);

        data.as(TestData.EDITOR, () -> specifications.save(design, 0, new SelfCritique("Totals are copied.",
                "Indexes follow the patterns.", null, null, null, null, null)));
        assertThat(data.as(TestData.EDITOR, () -> reviews.missingSelfCritique(design))).hasValue(
                "Write the self-critique before asking for a review (Plans → Self-critique); still empty: "
                        + "technology choices, migration and operations, what went well, lessons learned, "
                        + "recommendations");

        data.selfCritique(design, TestData.EDITOR);
        assertThat(data.as(TestData.EDITOR, () -> reviews.missingSelfCritique(design))).isEmpty();
        data.as(TestData.EDITOR, () -> reviews.requestReview(design, List.of(TestData.REVIEWER), "Ready"));
        assertThat(data.as(TestData.EDITOR, () -> reviews.state(design)).status())
                .isEqualTo(DesignStatus.IN_REVIEW);
    }
}
