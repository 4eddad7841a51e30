package org.schemaboard.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class OperatorListingTest {

    @Autowired
    TestData data;
    @Autowired
    DesignService designs;

    @Test
    void the_operator_sees_every_design_with_its_owner_to_read_it_as_whoever_else_is_a_member() {
        String owner = data.account("operator-owner");
        String viewer = data.account("operator-viewer");
        String name = TestData.designName("Operated");
        UUID design = data.design(owner, name);
        data.as(owner, () -> designs.setMember(design, viewer, DesignRole.VIEWER));

        assertThat(designs.listAllForOperator()).filteredOn(d -> d.id().equals(design)).singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo(name);
                    assertThat(d.targetDatabase()).isEqualTo(TargetDatabase.POSTGRESQL);
                    assertThat(d.readAs()).isEqualTo(owner);
                    assertThat(d.updatedAt()).isNotNull();
                });
    }

    @Test
    void a_name_is_in_use_whatever_its_case_and_surrounding_spaces() {
        String name = TestData.designName("Taken");
        data.design(data.account("operator-namer"), name);

        assertThat(designs.nameInUse(" " + name.toUpperCase() + " ")).isTrue();
        assertThat(designs.nameInUse(name + " 2")).isFalse();
    }
}
