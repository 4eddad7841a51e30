package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.schemaboard.DemoTest;
import org.schemaboard.design.DesignService;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.Specification;
import org.schemaboard.spec.SpecificationService;
import org.springframework.beans.factory.annotation.Autowired;

/** The brief's own example (the seeded demo design) is not clean: the checks find its real flaws. */
@DemoTest
class DemoDesignChecksTest {

    @Autowired
    DesignService designs;
    @Autowired
    DesignModelService models;
    @Autowired
    SpecificationService specifications;
    @Autowired
    CurrentUser currentUser;

    @Test
    void the_demo_design_has_findings_and_each_names_its_element() {
        List<Check> findings = currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow().id();
            DesignModel model = models.load(id);
            Specification spec = specifications.load(id);
            return DesignChecker.run(model, spec);
        });
        findings.forEach(c -> System.out.println("DEMO-FINDING " + c.severity() + " " + c.rule() + " | "
                + c.subject() + " | " + c.message()));
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(c -> {
            assertThat(c.subject()).isNotBlank();
            assertThat(c.fix()).isNotBlank();
            assertThat(c.why()).isNotBlank();
        });
    }
}
