package org.schemaboard.spec.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.schemaboard.spec.Check;

/** Findings of the checks, shown beside a plan: what is wrong and how to fix it. They never block a save. */
public final class ChecksList extends Div {

    private final String allClear;

    /** @param allClear the sentence when nothing is found, or null to show nothing then */
    public ChecksList(String label, String allClear) {
        this.allClear = allClear;
        addClassName("sb-spec-checks");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-label", label);
    }

    /** Only a count of what is found: the findings themselves are shown beside each row. */
    public void showCount(List<Check> checks, String where) {
        removeAll();
        setVisible(true);
        long problems = checks.stream().filter(c -> c.severity() == Check.Severity.ERROR).count();
        long warnings = checks.size() - problems;
        if (checks.isEmpty()) {
            add(item(VaadinIcon.CHECK_CIRCLE, "sb-spec-check-ok", null, allClear));
            return;
        }
        String text = (problems > 0 ? problems + (problems == 1 ? " problem" : " problems") : "")
                + (problems > 0 && warnings > 0 ? " and " : "")
                + (warnings > 0 ? warnings + (warnings == 1 ? " point" : " points") + " worth a look" : "")
                + " " + where + ".";
        add(item(problems > 0 ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.WARNING,
                problems > 0 ? "sb-spec-check-problem" : "sb-spec-check-warning", null, text));
    }

    public void show(List<Check> checks) {
        removeAll();
        if (checks.isEmpty()) {
            setVisible(allClear != null);
            if (allClear != null) {
                add(item(VaadinIcon.CHECK_CIRCLE, "sb-spec-check-ok", null, allClear));
            }
            return;
        }
        setVisible(true);
        for (Check check : checks) {
            boolean problem = check.severity() == Check.Severity.ERROR;
            add(item(problem ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.WARNING,
                    problem ? "sb-spec-check-problem" : "sb-spec-check-warning", check.severity().label(),
                    check.message()));
        }
    }

    private static Div item(VaadinIcon icon, String className, String severity, String message) {
        Icon symbol = icon.create();
        symbol.addClassName("sb-spec-check-icon");
        Div item = new Div(symbol);
        if (severity != null) {
            Span label = new Span(severity + ": ");
            label.addClassName("sb-spec-check-severity");
            item.add(label);
        }
        item.add(new Span(message));
        item.addClassNames("sb-spec-check", className);
        return item;
    }
}
