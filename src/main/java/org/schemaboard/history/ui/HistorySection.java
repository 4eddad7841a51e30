package org.schemaboard.history.ui;

import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.model.DesignModelService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's last tab, "History": every change from the audit log, filterable by element and person. */
@Configuration(proxyBeanMethods = false)
class HistorySection {

    @Bean
    EditorSection historyTab(DesignModelService models) {
        return new EditorSection("history", "History", 10000, (context, query) -> new HistoryPanel(context, models,
                query.getSingleParameter("element").orElse(null)));
    }
}
