package org.schemaboard.importing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.importing.sql.ImportPlan;

/**
 * What a dump holds, before anything is written: the counts in one line, then a tab each for the tables found, the
 * statements skipped (line and reason) and the warnings (what is imported differently from the dump).
 */
class PreviewPanel extends Div {

    private final Paragraph counts = new Paragraph();
    private final TabSheet tabs = new TabSheet();
    private final Grid<ImportPlan.Table> tables = new Grid<>(ImportPlan.Table.class, false);
    private final Grid<Skipped> skipped = new Grid<>(Skipped.class, false);
    private final Grid<ImportPlan.Warning> warnings = new Grid<>(ImportPlan.Warning.class, false);

    /** A row of the skipped tab: a statement not imported, or an error that stops the whole file. */
    record Skipped(String line, String statement, String reason) {
    }

    PreviewPanel() {
        counts.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        tables.setAriaLabel("Tables found");
        tables.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tables.addColumn(ImportPlan.Table::name).setHeader("Table").setFlexGrow(2);
        tables.addColumn(t -> t.columns().size()).setHeader("Columns").setAutoWidth(true).setFlexGrow(0);
        tables.addColumn(t -> String.join(", ", t.primaryKey())).setHeader("Primary key").setFlexGrow(1);
        tables.addColumn(ImportPlan.Table::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        tables.setHeight("16rem");
        skipped.setAriaLabel("Skipped statements");
        skipped.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        skipped.addColumn(Skipped::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        skipped.addColumn(Skipped::statement).setHeader("Statement").setFlexGrow(3);
        skipped.addColumn(Skipped::reason).setHeader("Why it is skipped").setFlexGrow(2);
        skipped.setHeight("16rem");
        warnings.setAriaLabel("Warnings");
        warnings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        warnings.addColumn(ImportPlan.Warning::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        warnings.addColumn(ImportPlan.Warning::text).setHeader("What is imported differently").setFlexGrow(1);
        warnings.setHeight("16rem");
        tabs.setWidthFull();
        add(counts, tabs);
    }

    /**
     * The headline of a dump's preview: "pg_dump.sql read as PostgreSQL: 4 tables, …".
     *
     * @param fileName the uploaded file's name, null for pasted SQL
     */
    static String headline(ImportPlan plan, String fileName) {
        return (fileName == null ? "Read" : fileName + " read") + " as " + plan.dialect().label() + ": "
                + plan.counts() + (plan.views().isEmpty() ? "" : " (views are kept as notes of the design)");
    }

    /** The plan under its headline ({@link #headline} for a dump; DBML says what it read differently). */
    void showUnder(ImportPlan plan, String headline) {
        counts.setText(headline);
        tables.setItems(plan.tables());
        List<Skipped> rows = new ArrayList<>();
        plan.errors().forEach(e -> rows.add(new Skipped(where(e), e.excerpt(), "Error: " + e.reason())));
        plan.skipped().forEach(s -> rows.add(new Skipped(where(s), s.excerpt(), s.reason())));
        skipped.setItems(rows);
        warnings.setItems(plan.warnings());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add("Tables (" + grouped(plan.tables().size()) + ")", tables);
        tabs.add((plan.errors().isEmpty() ? "Skipped (" : "Errors and skipped (") + grouped(plan.skipped().size()
                + plan.errors().size()) + ")", skipped);
        tabs.add("Warnings (" + grouped(plan.warnings().size()) + ")", warnings);
        if (!plan.errors().isEmpty() || plan.tables().isEmpty()) {
            tabs.setSelectedIndex(1);
        }
        setVisible(true);
    }

    /** "12", or "12:5" when the column is known (where a parser gave up). */
    private static String where(ImportPlan.Skipped s) {
        return s.column() > 0 ? s.line() + ":" + s.column() : String.valueOf(s.line());
    }

    /** 10,000 rather than 10000. */
    private static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
