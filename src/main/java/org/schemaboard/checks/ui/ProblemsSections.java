package org.schemaboard.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SpecificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Problems tab (after the checklist) and the problems count beside the design's name. */
@Configuration(proxyBeanMethods = false)
class ProblemsSections {

    @Bean
    EditorSection problemsSection(ChecksService checks, SpecificationService specifications) {
        return new EditorSection("problems", "Problems", 750,
                (context, query) -> new ProblemsPanel(context, checks, specifications));
    }

    @Bean
    EditorHeaderItem problemsCount(ChecksService checks, SpecificationService specifications) {
        return new EditorHeaderItem(EditorHeaderItem.Place.BADGE, 200, context -> {
            Button count = new Button();
            count.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            count.addClassName("sb-problems-count");
            count.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("designs/"
                    + context.designId() + "/problems")));
            show(count, Problems.of(context, checks, specifications));
            context.onReload(m -> show(count, Problems.of(context, checks, specifications)));
            return count;
        });
    }

    private static void show(Button count, List<Check> findings) {
        String text = Problems.count(findings);
        boolean errors = findings.stream().anyMatch(c -> c.severity() == Check.Severity.ERROR);
        count.setText(text);
        count.setIcon((errors ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.CHECK_CIRCLE).create());
        count.getElement().setAttribute("aria-label", "Problems: " + text);
        count.getElement().setAttribute("title", "Design checks: open the Problems tab");
        count.removeThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SUCCESS);
        count.addThemeVariants(errors ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
    }

}
