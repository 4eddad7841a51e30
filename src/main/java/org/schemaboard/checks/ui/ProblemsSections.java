package org.schemaboard.checks.ui;

import org.schemaboard.base.BackgroundWork;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.editor.ui.EditorSection;
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
    EditorHeaderItem problemsCount(ChecksService checks, SpecificationService specifications, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.BADGE, 200,
                context -> new ProblemsCount(context, checks, specifications, work));
    }
}
