package org.schemaboard;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Repository;

/** The shape of the code (STYLE.md 1, 2, 10): views over services over package-private jOOQ repositories. */
@AnalyzeClasses(packages = "org.schemaboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_do_not_use_jooq_or_generated_tables = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.schemaboard.db..")
            .because("views call services; SQL stays in repositories");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("views call services, which check roles, write the audit log and publish events");

    @ArchTest
    static final ArchRule only_views_security_and_the_application_use_vaadin = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.schemaboard.security..", "org.schemaboard")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services and models must work without a UI (tests, command line, other front ends)");

    /**
     * A feature is a top-level package with everything under it (its {@code ui} included), so a view that imports
     * another feature's view counts as a dependency between the two features. jOOQ's generated code
     * ({@code org.schemaboard.db}) refers back and forth by design and is not ours to shape, so dependencies that start
     * there are not counted (generated code never refers to our packages, so no cycle through it can be missed).
     */
    @ArchTest
    static final ArchRule features_are_free_of_cycles = featuresFreeOfCycles("org.schemaboard");

    static ArchRule featuresFreeOfCycles(String root) {
        return slices()
                .matching(root + ".(*)..")
                .namingSlices("feature $1")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(root + ".db.."), alwaysTrue());
    }

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.schemaboard.base..")
            .should().dependOnClassesThat(featureOtherThan("base"))
            .because("base is what every feature shares; a feature in it would make every feature depend on that one");

    @ArchTest
    static final ArchRule the_editor_frame_imports_no_section = noClasses()
            .that().resideInAPackage("org.schemaboard.editor.ui")
            .should().dependOnClassesThat().resideInAnyPackage("org.schemaboard.editor.ui.(*)..", "org.schemaboard.spec..",
                    "org.schemaboard.diagram..", "org.schemaboard.review..", "org.schemaboard.export..",
                    "org.schemaboard.importing..", "org.schemaboard.history..")
            .because("sections and header actions plug into the editor as beans; the frame knows none of them");

    static String featureOf(String packageName) {
        String rest = packageName.startsWith("org.schemaboard.") ? packageName.substring("org.schemaboard.".length()) : "";
        return rest.split("\\.")[0];
    }

    private static DescribedPredicate<JavaClass> featureOtherThan(String feature) {
        return DescribedPredicate.describe("a feature other than " + feature, c -> {
            String name = c.getPackageName();
            if (!name.startsWith("org.schemaboard.") || name.startsWith("org.schemaboard.db")) {
                return false;
            }
            return !featureOf(name).equals(feature);
        });
    }

    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_feature = classes()
            .that().areAnnotatedWith(Repository.class)
            .should(beAccessedOnlyFromTheirOwnFeature())
            .because("each feature's service is its API; its repositories are private to it");

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only by classes of their own feature, and never by its views") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    boolean sameFeature = featureOf(user.getPackageName()).equals(featureOf(repository.getPackageName()))
                            && !user.getPackageName().contains(".ui");
                    events.add(new SimpleConditionEvent(repository, sameFeature, dependency.getDescription()));
                }
            }
        };
    }
}
