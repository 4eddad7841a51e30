package org.schemaboard.checks.ui;

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
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The editor address that shows the finding's element: its tab, and the entity when there is one. */
    static String where(EditorContext context, Check c) {
        String base = "designs/" + context.designId() + "/";
        return switch (c.elementType()) {
            case ENTITY, ATTRIBUTE -> c.entityId() == null ? base + "entities" : base + "entities?entity=" + c.entityId();
            case RELATIONSHIP -> base + "relationships";
            case INDEX -> base + "indexes";
            case QUERY_PATTERN -> base + "query-patterns";
            case SPEC_SECTION -> section(base, c.section());
            default -> c.section() != null ? section(base, c.section()) : base + "entities";
        };
    }

    private static String section(String base, SpecSection section) {
        if (section == null) {
            return base + "specification";
        }
        String tab = section.group() == SpecSection.Group.SCALABILITY ? "scalability"
                : section.group() == SpecSection.Group.CHECKLIST ? "checklist" : "specification";
        return base + tab + "?part=" + section.key();
    }

    static final Map<Check.Severity, String> THEMES = Map.of(Check.Severity.ERROR, "error",
            Check.Severity.WARNING, "warning", Check.Severity.INFO, "contrast");
}
