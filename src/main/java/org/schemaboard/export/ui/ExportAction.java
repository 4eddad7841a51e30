package org.schemaboard.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.export.ExportSources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Export specification" in the editor's header, last among the actions; every member may export. */
@Configuration(proxyBeanMethods = false)
class ExportAction {

    @Bean
    EditorHeaderItem exportSpecification(ExportSources sources, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 900, context -> {
            Button export = new Button("Export specification", VaadinIcon.DOWNLOAD.create(),
                    e -> new ExportDialog(context.design().name(), () -> sources.of(context.designId()), work).open());
            export.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return export;
        });
    }
}
