package org.schemaboard.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.Race;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** A design always keeps an owner, even when its two owners take each other's role away at the same moment. */
@ServiceTest
class LastOwnerRaceTest {

    @Autowired TestData data;
    @Autowired DesignService designs;
    @Autowired PlatformTransactionManager transactions;

    String ann;
    String bob;
    UUID design;

    @BeforeEach
    void twoOwners() {
        ann = data.account("owner-ann");
        bob = data.account("owner-bob");
        design = data.design(ann, TestData.designName("Two owners"));
        data.as(ann, () -> designs.setMember(design, bob, DesignRole.OWNER));
    }

    @Test
    void two_owners_removing_each_other_at_once_leave_one_owner() throws Exception {
        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(ann, () -> {
                    designs.removeMember(design, bob);
                    return null;
                }),
                () -> data.as(bob, () -> {
                    designs.removeMember(design, ann);
                    return null;
                }));

        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(owners()).isEqualTo(1);
    }

    @Test
    void two_owners_demoting_each_other_at_once_leave_one_owner() throws Exception {
        Race.Outcomes outcomes = Race.run(transactions,
                () -> data.as(ann, () -> {
                    designs.setMember(design, bob, DesignRole.EDITOR);
                    return null;
                }),
                () -> data.as(bob, () -> {
                    designs.setMember(design, ann, DesignRole.EDITOR);
                    return null;
                }));

        assertThat(outcomes.successes()).isEqualTo(1);
        assertThat(owners()).isEqualTo(1);
    }

    private long owners() {
        return data.as(ann, () -> designs.members(design)).stream().filter(m -> m.role() == DesignRole.OWNER)
                .count();
    }
}
