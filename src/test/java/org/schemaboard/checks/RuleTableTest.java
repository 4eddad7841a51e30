package org.schemaboard.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemaboard.spec.Check;

/** Every rule: the clean design does not trigger it; the clean design with one change does, naming the element. */
class RuleTableTest {

    static Stream<Arguments> cases() {
        return RuleCases.triggers().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void the_clean_design_has_no_finding_at_all() {
        TestDesign d = RuleCases.clean();
        assertThat(DesignChecker.run(d.model(), d.spec)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_rule_fires_on_its_fixture_and_not_on_the_clean_design(String ruleId, Consumer<TestDesign> change) {
        TestDesign clean = RuleCases.clean();
        assertThat(ids(DesignChecker.run(clean.model(), clean.spec))).doesNotContain(ruleId);
        TestDesign d = RuleCases.clean();
        change.accept(d);
        List<Check> found = DesignChecker.run(d.model(), d.spec).stream().filter(c -> c.rule().equals(ruleId))
                .toList();
        assertThat(found).as(ruleId).isNotEmpty();
        Rule rule = DesignChecker.rule(ruleId).orElseThrow();
        assertThat(found).allSatisfy(c -> {
            assertThat(c.severity()).isEqualTo(rule.severity());
            assertThat(c.subject()).isNotBlank();
            assertThat(c.message()).isNotBlank();
            assertThat(c.fix()).isEqualTo(rule.fix());
            assertThat(c.why()).isEqualTo(rule.why());
        });
    }

    @Test
    void there_are_at_least_forty_rules_with_unique_ids_and_each_has_a_case() {
        List<String> ids = DesignChecker.RULES.stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        // the planner's rules need a planner (coverage.ServesLinkCheckTest has their cases), the NoSQL rules NoSQL
        // elements (NoSqlRulesTest); the engine's, a case here
        List<String> elsewhere = java.util.stream.Stream.concat(PlannerFindings.ALL.stream(), NoSqlRules.ALL.stream())
                .map(Rule::id).toList();
        assertThat(RuleCases.triggers().keySet()).containsExactlyInAnyOrderElementsOf(
                ids.stream().filter(id -> !elsewhere.contains(id)).toList());
        assertThat(DesignChecker.RULES).allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.why()).isNotBlank();
            assertThat(r.fix()).isNotBlank();
        });
    }

    @Test
    void a_partial_index_over_its_own_columns_and_functions_passes() {
        TestDesign d = RuleCases.clean();
        d.idx("idx_orders_user").predicate = "total > 0 AND created_at >= now() - INTERVAL '30 days' "
                + "AND \"user_id\" IS NOT NULL AND lower(user_id::text) <> 'x'";
        assertThat(ids(DesignChecker.run(d.model(), d.spec))).doesNotContain("partial-index-unknown-column");
    }

    @Test
    void the_fk_type_rule_names_both_columns_and_types() {
        TestDesign d = RuleCases.clean();
        d.col("orders", "user_id").type = "BIGINT";
        assertThat(DesignChecker.run(d.model(), d.spec)).filteredOn(c -> c.rule().equals("fk-type-mismatch"))
                .extracting(Check::message).containsExactly("orders.user_id is BIGINT but refers to users.id, "
                        + "which is UUID");
    }

    @Test
    void a_cascade_chain_names_the_path() {
        TestDesign d = RuleCases.clean();
        d.fkTo("orders").onDelete = org.schemaboard.model.relationship.ReferentialAction.CASCADE;
        assertThat(DesignChecker.run(d.model(), d.spec)).filteredOn(c -> c.rule().equals("cascade-chain"))
                .extracting(Check::message).containsExactly("Deleting a row of users cascades through users → "
                        + "orders → order_items");
    }

    private static List<String> ids(List<Check> checks) {
        return checks.stream().map(Check::rule).toList();
    }
}
