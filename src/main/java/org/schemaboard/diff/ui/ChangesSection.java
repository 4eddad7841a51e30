package org.schemaboard.diff.ui;

import org.schemaboard.diff.DiffService;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.review.ui.ReviewAddition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's "Changes" tab, between Review and Members, and the changes under review in the Review tab. */
@Configuration(proxyBeanMethods = false)
class ChangesSection {

    @Bean
    EditorSection changesTab(DiffService diffs) {
        return new EditorSection("changes", "Changes", 9200, (context, query) -> new ChangesPanel(context, diffs));
    }

    @Bean
    ReviewAddition changesInReview(DiffService diffs) {
        return context -> new ReviewChangesBox(context, diffs);
    }
}
