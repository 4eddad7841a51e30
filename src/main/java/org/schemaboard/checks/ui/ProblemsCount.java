package org.schemaboard.checks.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.model.DesignModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The problems count beside the design's name. The rules run on a background thread after each change, never under
 * the session lock: a change reaches the editor first and the count follows it (on a 2,000-entity design the rules
 * and the sections' read take about as long as everything else a live update does). Changes that arrive while the
 * rules run are folded into one more run.
 */
final class ProblemsCount extends Button {

    private static final Logger log = LoggerFactory.getLogger(ProblemsCount.class);

    private final EditorContext context;
    private final ChecksService checks;
    private final SpecificationService specifications;
    private final BackgroundWork work;
    private final SecurityContext person = SecurityContextHolder.getContext();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile DesignModel latest;

    ProblemsCount(EditorContext context, ChecksService checks, SpecificationService specifications,
                  BackgroundWork work) {
        this.context = context;
        this.checks = checks;
        this.specifications = specifications;
        this.work = work;
        addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addClassName("sb-problems-count");
        setText("Checking…");
        getElement().setAttribute("title", "Design checks: open the Problems tab");
        addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("designs/"
                + context.designId() + "/problems")));
        addAttachListener(e -> recount(e.getUI()));
        context.onReload(m -> getUI().ifPresent(this::recount));
    }

    /** Asks for a count of the current model; called on the UI's thread. */
    private void recount(UI ui) {
        latest = context.model();
        asked.incrementAndGet();
        if (running.compareAndSet(false, true)) {
            try {
                work.executeAs(person, () -> count(ui));
            } catch (TaskRejectedException busy) {
                running.set(false);
                setText("Problems: not counted (server busy)");
            }
        }
    }

    /** Counts until no newer change is waiting; one task at a time per editor. */
    private void count(UI ui) {
        UUID designId = context.designId();
        while (true) {
            long seen = asked.get();
            try {
                List<Check> findings = checks.run(latest, specifications.load(designId));
                ui.access(() -> show(findings));
            } catch (UIDetachedException closed) {
                running.set(false);
                return;
            } catch (RuntimeException failed) {
                log.error("Counting the problems of design {} failed", designId, failed);
            }
            running.set(false);
            if (asked.get() == seen || !running.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void show(List<Check> findings) {
        String text = Problems.count(findings);
        boolean errors = findings.stream().anyMatch(c -> c.severity() == Check.Severity.ERROR);
        setText(text);
        setIcon((errors ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.CHECK_CIRCLE).create());
        getElement().setAttribute("aria-label", "Problems: " + text);
        removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SUCCESS);
        addThemeVariants(errors ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
    }
}
