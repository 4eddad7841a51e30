package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
    void the_demo_designs_real_flaws_are_found_and_each_names_its_element() {
        List<Check> findings = currentUser.runAs("alice", () -> {
            UUID id = designs.listMine().stream().filter(d -> d.name().equals("E-commerce platform"))
                    .findFirst().orElseThrow().id();
            DesignModel model = models.load(id);
            Specification spec = specifications.load(id);
            return DesignChecker.run(model, spec);
        });
        assertThat(findings).extracting(Check::severity, Check::rule, Check::subject).containsExactly(
                tuple(Check.Severity.WARNING, "missing-foreign-key", "audit_log.record_id"),
                tuple(Check.Severity.INFO, "index-unused", "idx_audit_log_changed_by"),
                tuple(Check.Severity.INFO, "index-unused", "idx_audit_log_record"),
                tuple(Check.Severity.INFO, "index-unused", "idx_order_items_product"),
                tuple(Check.Severity.INFO, "index-unused", "idx_orders_created_date"),
                tuple(Check.Severity.INFO, "index-unused", "idx_orders_status_created"),
                tuple(Check.Severity.INFO, "index-unused", "idx_orders_user_date_range"),
                tuple(Check.Severity.INFO, "index-unused", "idx_reviews_user"),
                tuple(Check.Severity.INFO, "index-unused", "idx_users_last_login"),
                tuple(Check.Severity.WARNING, "fk-without-index", "fk_audit_log_changed_by"),
                tuple(Check.Severity.WARNING, "column-type-inconsistent", "products.name"),
                tuple(Check.Severity.WARNING, "replica-unrouted", "replica-reporting"),
                tuple(Check.Severity.WARNING, "replica-unrouted", "replica-jobs"),
                // the brief's own plan: orders hashed by user_id while id alone is the key; audit_log by changed_at
                tuple(Check.Severity.ERROR, "partition-key-in-unique", "orders"),
                tuple(Check.Severity.ERROR, "partition-key-in-unique", "audit_log"));
        assertThat(findings).allSatisfy(c -> {
            assertThat(c.subject()).isNotBlank();
            assertThat(c.fix()).isNotBlank();
            assertThat(c.why()).isNotBlank();
        });
    }
}
