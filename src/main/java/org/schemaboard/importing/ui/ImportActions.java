package org.schemaboard.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.ui.DesignsAction;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.importing.live.LiveImportService;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where imports start: "Import design.json", "Import SQL" and "Import DBML" on the designs list (a new design), and
 * "Import from database" likewise; "Import SQL", "Import DBML" and "Import from database" in an open design's header for owners and editors (adds to it).
 */
@Configuration(proxyBeanMethods = false)
class ImportActions {

    @Bean
    DesignsAction importJsonAsNewDesign(DesignImportService imports) {
        return new DesignsAction(100, opened -> new Button("Import design.json", VaadinIcon.FILE_CODE.create(),
                e -> new JsonImportDialog(imports, id -> {
                    Notifications.success("Imported the design");
                    opened.accept(id);
                }).open()));
    }

    @Bean
    DesignsAction importSqlAsNewDesign(SqlImportService imports, BackgroundWork work) {
        return new DesignsAction(200, opened -> new Button("Import SQL", VaadinIcon.UPLOAD.create(),
                e -> new SqlImportDialog(imports, work, opened).open()));
    }

    @Bean
    DesignsAction importDbmlAsNewDesign(DbmlImportService imports, BackgroundWork work) {
        return new DesignsAction(300, opened -> new Button("Import DBML", VaadinIcon.FILE_TREE.create(),
                e -> new DbmlImportDialog(imports, work, opened).open()));
    }

    @Bean
    DesignsAction importDatabaseAsNewDesign(LiveImportService imports, BackgroundWork work) {
        return new DesignsAction(400, opened -> new Button("Import from database", VaadinIcon.DATABASE.create(),
                e -> new DatabaseImportDialog(imports, work, opened).open()));
    }

    @Bean
    EditorHeaderItem importDatabaseIntoDesign(LiveImportService imports, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 120, context -> {
            if (!context.canEdit()) {
                return null;
            }
            Button importDb = new Button("Import from database", VaadinIcon.DATABASE.create(),
                    e -> new DatabaseImportDialog(imports, work, context.designId(), context.design().name(),
                            context.target(), id -> context.reload()).open());
            importDb.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return importDb;
        });
    }

    @Bean
    EditorHeaderItem importDbmlIntoDesign(DbmlImportService imports, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 110, context -> {
            if (!context.canEdit()) {
                return null;
            }
            Button importDbml = new Button("Import DBML", VaadinIcon.FILE_TREE.create(), e -> new DbmlImportDialog(
                    imports, work, context.designId(), context.design().name(), context.target(),
                    id -> context.reload()).open());
            importDbml.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return importDbml;
        });
    }

    @Bean
    EditorHeaderItem importSqlIntoDesign(SqlImportService imports, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 100, context -> {
            if (!context.canEdit()) {
                return null;
            }
            Button importSql = new Button("Import SQL", VaadinIcon.UPLOAD.create(), e -> new SqlImportDialog(imports, work,
                    context.designId(), context.design().name(), context.target(), id -> context.reload()).open());
            importSql.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return importSql;
        });
    }
}
