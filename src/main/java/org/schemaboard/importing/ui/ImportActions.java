package org.schemaboard.importing.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.ui.DesignsAction;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.er.ErImportService;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.importing.live.LiveImportService;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where imports start: one "Import" menu on the designs list (design.json, SQL dump, DBML file, Mermaid / PlantUML
 * diagram, live database — each makes a new design) and one in an open design's header for owners and editors (the
 * same but design.json — each adds to the design). One menu instead of a button per format keeps the header on one line at 1280 px.
 */
@Configuration(proxyBeanMethods = false)
class ImportActions {

    /** The menu's items, in this order. */
    static final String JSON = "design.json file";
    static final String SQL = "SQL dump";
    static final String DBML = "DBML file";
    static final String ER = "Mermaid / PlantUML";
    static final String DATABASE = "Live database";

    @Bean
    DesignsAction importAsNewDesign(DesignImportService json, SqlImportService sql, DbmlImportService dbml,
                                    ErImportService er, LiveImportService live, BackgroundWork work) {
        return new DesignsAction(100, opened -> {
            MenuBar menu = menu("Import a design from a file or a database");
            SubMenu items = menu.getItems().get(0).getSubMenu();
            items.addItem(JSON, e -> new JsonImportDialog(json, id -> {
                Notifications.success("Imported the design");
                opened.accept(id);
            }).open());
            items.addItem(SQL, e -> new SqlImportDialog(sql, work, opened).open());
            items.addItem(DBML, e -> new DbmlImportDialog(dbml, work, opened).open());
            items.addItem(ER, e -> new ErImportDialog(er, work, opened).open());
            items.addItem(DATABASE, e -> new DatabaseImportDialog(live, work, opened).open());
            return menu;
        });
    }

    @Bean
    EditorHeaderItem importIntoDesign(SqlImportService sql, DbmlImportService dbml, ErImportService er,
                                      LiveImportService live, BackgroundWork work) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 100, context -> {
            if (!context.canEdit()) {
                return null;
            }
            MenuBar menu = menu("Import into this design from a file or a database");
            menu.addThemeVariants(MenuBarVariant.LUMO_SMALL);
            SubMenu items = menu.getItems().get(0).getSubMenu();
            items.addItem(SQL, e -> new SqlImportDialog(sql, work, context.designId(), context.design().name(),
                    context.target(), id -> context.reload()).open());
            items.addItem(DBML, e -> new DbmlImportDialog(dbml, work, context.designId(), context.design().name(),
                    context.target(), id -> context.reload()).open());
            items.addItem(ER, e -> new ErImportDialog(er, work, context.designId(), context.design().name(),
                    context.target(), id -> context.reload()).open());
            items.addItem(DATABASE, e -> new DatabaseImportDialog(live, work, context.designId(),
                    context.design().name(), context.target(), id -> context.reload()).open());
            return menu;
        });
    }

    private static MenuBar menu(String tooltip) {
        MenuBar menu = new MenuBar();
        menu.addClassName("sb-import-menu");
        // sized and aligned by the theme (.sb-import-menu in styles.css): the menu bar button's own icon rules
        // outweigh a size set on the icon
        Icon icon = VaadinIcon.UPLOAD.create();
        Span label = new Span(icon, new Span("Import"));
        label.addClassName("sb-import-label");
        MenuItem root = menu.addItem(label);
        root.setAriaLabel("Import");
        menu.setTooltipText(root, tooltip);
        return menu;
    }
}
