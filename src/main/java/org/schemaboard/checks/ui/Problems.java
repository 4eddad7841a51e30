package org.schemaboard.checks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.SpecificationService;

/** Reading the open findings of the editor's design, and where each one's element is shown. */
final class Problems {

    private Problems() {
    }

    static List<Check> of(EditorContext context, ChecksService checks, SpecificationService specifications) {
        return checks.run(context.model(), specifications.load(context.designId()));
    }

    /** "2 errors · 9 warnings", or "No problems" (notes are not problems; they show in the tab). */
    static String count(List<Check> findings) {
        long errors = findings.stream().filter(c -> c.severity() == Check.Severity.ERROR).count();
        long warnings = findings.stream().filter(c -> c.severity() == Check.Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return "No problems";
        }
        return plural(errors, "error") + " · " + plural(warnings, "warning");
    }

    private static String plural(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Goes to the editor tab that shows the finding's element, with the entity or section opened when there is one. */
    static void go(UI ui, EditorContext context, Check c) {
        String base = "designs/" + context.designId() + "/";
        switch (c.elementType()) {
            case ENTITY, ATTRIBUTE -> {
                if (c.entityId() == null) {
                    ui.navigate(base + "entities");
                } else {
                    ui.navigate(base + "entities", QueryParameters.of("entity", c.entityId().toString()));
                }
            }
            case RELATIONSHIP -> ui.navigate(base + "relationships");
            case INDEX -> ui.navigate(base + "indexes");
            case QUERY_PATTERN -> ui.navigate(base + "query-patterns");
            case NOSQL_ELEMENT -> ui.navigate(base + "nosql", c.elementId() == null ? QueryParameters.empty()
                    : QueryParameters.of("element", c.elementId().toString()));
            default -> section(ui, base, c.section());
        }
    }

    private static void section(UI ui, String base, SpecSection section) {
        if (section == null) {
            ui.navigate(base + "specification");
            return;
        }
        String tab = section.tab();
        ui.navigate(base + tab, QueryParameters.of("part", section.key()));
    }

    static final Map<Check.Severity, String> THEMES = Map.of(Check.Severity.ERROR, "error",
            Check.Severity.WARNING, "warning", Check.Severity.INFO, "contrast");
}
