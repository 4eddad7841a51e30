package org.schemaboard.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.schemaboard.design.DesignService;

/** The one read that ignores membership stays with the operator's command line. */
@AnalyzeClasses(packages = "org.schemaboard", importOptions = ImportOption.DoNotIncludeTests.class)
class OperatorAccessTest {

    @ArchTest
    static final ArchRule only_the_command_line_lists_every_design_on_the_server = noClasses()
            .that().resideOutsideOfPackages("org.schemaboard.cli..", "org.schemaboard.design")
            .should().callMethod(DesignService.class, "listAllForOperator")
            .because("it lists designs whoever their members are: an operator's tool on the server, not for people");
}
