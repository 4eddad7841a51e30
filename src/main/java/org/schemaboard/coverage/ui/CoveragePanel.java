package org.schemaboard.coverage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.coverage.CoverageService;
import org.schemaboard.coverage.CoverageService.PatternCoverage;
import org.schemaboard.coverage.QueryCoverage;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.model.DesignModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Per query pattern, what the planner does with its SQL: the index each table is read through, a full scan, or where
 * the SQL does not parse; on PostgreSQL too when a server is configured; and whether the "serves" links hold. Planned
 * on a background thread (it builds a throwaway database) after each change; changes arriving meanwhile are folded
 * into one more run.
 */
final class CoveragePanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(CoveragePanel.class);

    private final EditorContext context;
    private final CoverageService coverage;
    private final BackgroundWork work;
    private final SecurityContext person = SecurityContextHolder.getContext();
    private final Paragraph status = new Paragraph("Planning…");
    private final Grid<PatternCoverage> grid = new Grid<>();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile DesignModel latest;

    CoveragePanel(EditorContext context, CoverageService coverage, BackgroundWork work) {
        this.context = context;
        this.coverage = coverage;
        this.work = work;
        addClassName("sb-coverage");
        H2 title = new H2("Query coverage");
        title.addClassName("sb-subheading");
        Paragraph lead = new Paragraph("Each query pattern's SQL run through EXPLAIN on a throwaway database with the "
                + "design's schema" + (coverage.withPostgres() ? " (H2 and PostgreSQL)" : " (H2)") + ": evidence "
                + "of which index serves it, not a claim.");
        lead.addClassName("sb-hint");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-label", "Coverage status");
        grid.setAriaLabel("Query coverage");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.h2().pattern()).setHeader("Query pattern").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> c.h2().describe()).setHeader("Plan on H2").setFlexGrow(2);
        if (coverage.withPostgres()) {
            grid.addColumn(c -> c.postgres() == null ? "" : c.postgres().describe()).setHeader("Plan on PostgreSQL")
                    .setFlexGrow(2);
        }
        grid.addColumn(c -> links(c.postgres() != null ? c.postgres() : c.h2())).setHeader("Serves links")
                .setFlexGrow(2);
        grid.addClassName("sb-grid-fill");
        add(title, lead, status, grid);
        setSizeFull();
        addAttachListener(e -> plan(e.getUI()));
        context.onReload(m -> getUI().ifPresent(this::plan));
    }

    static String links(QueryCoverage.Result r) {
        if (r.problem() != null) {
            return "—";
        }
        List<String> notes = new ArrayList<>();
        if (!r.unused().isEmpty()) {
            notes.add("linked but not used: " + String.join(", ", r.unused()));
        }
        if (!r.unclaimed().isEmpty()) {
            notes.add("used but not linked: " + String.join(", ", r.unclaimed()));
        }
        return notes.isEmpty() ? "as linked" : String.join("; ", notes);
    }

    /** Asks for the current model's coverage; called on the UI's thread. */
    private void plan(UI ui) {
        latest = context.model();
        asked.incrementAndGet();
        if (running.compareAndSet(false, true)) {
            try {
                work.executeAs(person, () -> compute(ui));
            } catch (TaskRejectedException busy) {
                running.set(false);
                status.setText(BackgroundWork.BUSY);
            }
        }
    }

    private void compute(UI ui) {
        while (true) {
            long seen = asked.get();
            try {
                List<PatternCoverage> result = coverage.of(latest);
                ui.access(() -> show(result));
            } catch (UIDetachedException closed) {
                running.set(false);
                return;
            } catch (RuntimeException failed) {
                log.error("Planning the query patterns of design {} failed", context.designId(), failed);
                ui.access(() -> status.setText("The planner failed; the server log has the details."));
            }
            running.set(false);
            if (asked.get() == seen || !running.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void show(List<PatternCoverage> result) {
        grid.setItems(result);
        long scans = result.stream().filter(c -> c.h2().scans()).count();
        long problems = result.stream().filter(c -> c.h2().problem() != null).count();
        long unused = result.stream().filter(c -> !(c.postgres() != null ? c.postgres() : c.h2()).unused().isEmpty())
                .count();
        status.setText(result.size() + " query patterns planned · " + scans + " with a full scan · " + problems
                + " without a plan · " + unused + " with a serves link the plan does not use");
    }
}
