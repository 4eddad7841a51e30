package org.schemaboard.spec.ui.nosql;

import java.util.UUID;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's "NoSQL" tab, last of the Model group: {@code /designs/<id>/nosql?element=<id>} opens an element. */
@Configuration(proxyBeanMethods = false)
class NoSqlTab {

    @Bean
    EditorSection noSqlSection(NoSqlService service, SpecificationService specifications, DesignChecks checks) {
        return new EditorSection("nosql", "NoSQL", 470, (context, query) -> new NoSqlPanel(context, service,
                specifications, checks, query.getSingleParameter("element").map(NoSqlTab::uuidOrNull).orElse(null)));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
