package org.schemaboard.checks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecificationService;

/**
 * Every open finding of the design checks, filterable by severity, rule and element; clicking a row goes to the
 * element. Refreshed on every reload of the editor, so another person's edit shows here within a moment.
 */
final class ProblemsPanel extends Div {

    private static final String ALL = "All severities";

    private final EditorContext context;
    private final ChecksService checks;
    private final SpecificationService specifications;
    private final Select<String> severity = new Select<>();
    private final ComboBox<String> rule = new ComboBox<>("Rule");
    private final TextField element = new TextField("Element");
    private final Paragraph summary = new Paragraph();
    private final Grid<Check> grid = new Grid<>();
    private final SuppressionsList suppressed;
    private List<Check> findings = List.of();

    ProblemsPanel(EditorContext context, ChecksService checks, SpecificationService specifications) {
        this.context = context;
        this.checks = checks;
        this.specifications = specifications;
        this.suppressed = new SuppressionsList(context, checks);
        addClassName("sb-problems");
        H2 title = new H2("Problems");
        title.addClassName("sb-subheading");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-label", "Problems found");

        severity.setLabel("Severity");
        severity.setItems(ALL, "Error", "Warning", "Info");
        severity.setValue(ALL);
        severity.addValueChangeListener(e -> filter());
        rule.setClearButtonVisible(true);
        rule.setPlaceholder("Any rule");
        rule.addValueChangeListener(e -> filter());
        element.setClearButtonVisible(true);
        element.setPlaceholder("e.g. orders");
        element.setValueChangeMode(ValueChangeMode.LAZY);
        element.addValueChangeListener(e -> filter());
        Div toolbar = new Div(severity, rule, element);
        toolbar.addClassName("sb-grid-toolbar");

        grid.setAriaLabel("Problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(ProblemsPanel::badge).setHeader("Severity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Check::rule).setHeader("Rule").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Check::subject).setHeader("Element").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Check::message).setHeader("Problem").setFlexGrow(3);
        grid.addColumn(Check::fix).setHeader("Fix").setFlexGrow(2);
        if (context.canEdit()) {
            grid.addComponentColumn(c -> {
                com.vaadin.flow.component.button.Button suppress = new com.vaadin.flow.component.button.Button(
                        "Suppress…", e -> new SuppressDialog(context, checks, c).open());
                suppress.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                        com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
                suppress.getElement().setAttribute("aria-label", "Suppress " + c.rule() + " on " + c.subject());
                return suppress;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setTooltipGenerator(Check::why);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> Problems.go(ui, context, e.getItem())));
        grid.addClassName("sb-grid-fill");
        Paragraph lead = new Paragraph("The design checks over the model and the written sections. Click a problem "
                + "to go to its element; hover it to read why it matters.");
        lead.addClassName("sb-hint");
        add(title, lead, summary, toolbar, grid, suppressed);
        setSizeFull();
        context.onReload(m -> refresh());
        refresh();
    }

    private void refresh() {
        findings = Problems.of(context, checks, specifications);
        suppressed.refresh();
        String chosen = rule.getValue();
        List<String> rules = findings.stream().map(Check::rule).distinct().sorted().toList();
        rule.setItems(rules);
        rule.setValue(chosen != null && rules.contains(chosen) ? chosen : null);
        filter();
    }

    private void filter() {
        String level = severity.getValue();
        String ruleId = rule.getValue();
        String text = element.getValue() == null ? "" : element.getValue().strip().toLowerCase(Locale.ROOT);
        List<Check> shown = findings.stream()
                .filter(c -> level == null || level.equals(ALL) || c.severity().label().equals(level))
                .filter(c -> ruleId == null || c.rule().equals(ruleId))
                .filter(c -> text.isEmpty() || c.subject().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        grid.setItems(shown);
        summary.setText(Problems.count(findings) + (shown.size() == findings.size() ? ""
                : "; showing " + shown.size() + " of " + findings.size()));
    }

    private static Span badge(Check c) {
        Span badge = new Span(c.severity().label());
        badge.getElement().getThemeList().add("badge small " + Problems.THEMES.get(c.severity()));
        return badge;
    }
}
