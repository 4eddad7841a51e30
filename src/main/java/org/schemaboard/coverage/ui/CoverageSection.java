package org.schemaboard.coverage.ui;

import org.schemaboard.base.BackgroundWork;
import org.schemaboard.coverage.CoverageService;
import org.schemaboard.editor.ui.EditorSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the "Query coverage" tab right after the query patterns. */
@Configuration(proxyBeanMethods = false)
class CoverageSection {

    @Bean
    EditorSection queryCoverageTab(CoverageService coverage, BackgroundWork work) {
        return new EditorSection("coverage", "Query coverage", 450,
                (context, query) -> new CoveragePanel(context, coverage, work));
    }
}
