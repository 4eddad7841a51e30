package org.schemaboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The feature cycle rule is trusted only because it is seen failing on a cycle planted for it. */
class ArchitectureRulesTest {

    private final JavaClasses planted = new ClassFileImporter().importPackages("org.schemaboard.archfixture");

    @Test
    void feature_rule_reports_a_cycle_that_goes_through_a_ui_package() {
        EvaluationResult result = ArchitectureTest.featuresFreeOfCycles("org.schemaboard.archfixture").evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("feature alpha").contains("feature beta");
    }

    @Test
    void feature_rule_passes_without_the_closing_dependency() {
        JavaClasses withoutUi = new ClassFileImporter()
                .importClasses(org.schemaboard.archfixture.alpha.Alpha.class, org.schemaboard.archfixture.beta.Beta.class);

        assertThat(ArchitectureTest.featuresFreeOfCycles("org.schemaboard.archfixture").evaluate(withoutUi)
                .hasViolation()).isFalse();
    }
}
