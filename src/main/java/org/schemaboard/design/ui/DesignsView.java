package org.schemaboard.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignStatus;
import org.schemaboard.review.ReviewService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.importing.ui.JsonImportDialog;
import org.schemaboard.importing.ui.SqlImportDialog;

/** The designs I am a member of: create, rename, delete, open. */
@Route("")
@PageTitle("Designs · Schemaboard")
@PermitAll
public class DesignsView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DesignService designs;
    private final SqlImportService imports;
    private final BackgroundWork work;
    private final DesignImportService jsonImports;
    private final Grid<DesignSummary> grid = new Grid<>(DesignSummary.class, false);
    private final TextField filter = new TextField();
    private final Div empty = new Div();
    private ListDataProvider<DesignSummary> rows;
    private final ReviewService reviews;
    private Map<UUID, DesignStatus> statuses = Map.of();

    public DesignsView(DesignService designs, SqlImportService imports, DesignImportService jsonImports,
                       ReviewService reviews, BackgroundWork work) {
        this.designs = designs;
        this.work = work;
        this.imports = imports;
        this.jsonImports = jsonImports;
        this.reviews = reviews;
        addClassName("sb-page");

        H1 title = new H1("Designs");
        title.addClassName("sb-page-title");
        Paragraph lead = new Paragraph("Database designs you are a member of. Open one to work on its model, "
                + "or start a new one.");
        lead.addClassName("sb-page-lead");

        filter.setPlaceholder("Filter by name or description");
        filter.setAriaLabel("Filter designs");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setWidth("22rem");
        Button create = new Button("New design", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importSql = new Button("Import SQL", VaadinIcon.UPLOAD.create(), e -> openImport());
        Button importJson = new Button("Import design.json", VaadinIcon.FILE_CODE.create(), e -> openJsonImport());
        HorizontalLayout actions = new HorizontalLayout(importJson, importSql, create);
        HorizontalLayout toolbar = new HorizontalLayout(filter, actions);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.addClassName("sb-toolbar");

        configureGrid();
        configureEmptyState();
        add(title, lead, toolbar, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel("Designs");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader("Name").setFlexGrow(3).setSortable(true)
                .setComparator(d -> d.name().toLowerCase(Locale.ROOT));
        grid.addColumn(d -> d.targetDatabase().label()).setHeader("Database").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        grid.addComponentColumn(d -> badge(d.myRole().label(), d.myRole().canEdit() ? "success" : "contrast"))
                .setHeader("My role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> {
            DesignStatus status = statuses.getOrDefault(d.id(), DesignStatus.DRAFT);
            return badge(status.label(), status == DesignStatus.APPROVED ? "success"
                    : status == DesignStatus.IN_REVIEW ? "" : "contrast");
        }).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> lastChanged(d.updatedAt()) + " by " + d.updatedBy())
                .setHeader("Last changed").setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(DesignSummary::updatedAt);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
    }

    private Component nameCell(DesignSummary design) {
        Span name = new Span(design.name());
        name.addClassName("sb-design-name");
        Div cell = new Div(name);
        if (design.description() != null) {
            Span description = new Span(design.description());
            description.addClassName("sb-design-description");
            cell.add(description);
        }
        return cell;
    }

    private Component actions(DesignSummary design) {
        Button open = new Button("Open", e -> open(design));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel("Open " + design.name());
        Button rename = new Button("Rename", e -> openRename(design));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        rename.setAriaLabel("Rename " + design.name());
        rename.setEnabled(design.myRole().canEdit());
        Button delete = new Button("Delete", e -> confirmDelete(design));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + design.name());
        delete.setEnabled(design.myRole().canManage());
        if (!design.myRole().canManage()) {
            delete.setTooltipText("Only an owner can delete a design");
        }
        HorizontalLayout buttons = new HorizontalLayout(open, rename, delete);
        buttons.setSpacing(false);
        return buttons;
    }

    private void configureEmptyState() {
        empty.addClassName("sb-empty");
        H2 heading = new H2("No designs yet");
        Paragraph text = new Paragraph("A design holds one database: its entities, relationships, indexes and the "
                + "plans around them. Create one to start, or ask a colleague to add you to theirs.");
        Button create = new Button("Create your first design", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty.add(VaadinIcon.DATABASE.create(), heading, text, create);
    }

    private void refresh() {
        List<DesignSummary> mine = designs.listMine();
        statuses = reviews.statusOfMyDesigns();
        rows = new ListDataProvider<>(mine);
        grid.setItems(rows);
        applyFilter();
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(d -> text.isEmpty() || d.name().toLowerCase(Locale.ROOT).contains(text)
                || (d.description() != null && d.description().toLowerCase(Locale.ROOT).contains(text)));
    }

    private void openCreate() {
        DesignDialog dialog = new DesignDialog("New design", "Create", new DesignDraft("", null, ""));
        dialog.addSaveListener(e -> {
            try {
                UUID id = designs.create(e.draft());
                dialog.close();
                Notifications.success("Created \"" + e.draft().name().strip() + "\"");
                refresh();
                getUI().ifPresent(ui -> ui.navigate(editorRoute(id)));
            } catch (ValidationException ex) {
                dialog.showErrors(ex.fieldErrors());
            }
        });
        dialog.open();
    }

    private void openImport() {
        new SqlImportDialog(imports, work, id -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(editorRoute(id)));
        }).open();
    }

    private void openJsonImport() {
        new JsonImportDialog(jsonImports, id -> {
            refresh();
            Notifications.success("Imported the design");
            getUI().ifPresent(ui -> ui.navigate(editorRoute(id)));
        }).open();
    }

    private void openRename(DesignSummary design) {
        DesignDialog dialog = new DesignDialog("Rename or describe design", "Save",
                new DesignDraft(design.name(), design.targetDatabase(), design.description()));
        dialog.addSaveListener(e -> {
            try {
                designs.update(design.id(), design.version(), e.draft());
                dialog.close();
                Notifications.success("Saved \"" + e.draft().name().strip() + "\"");
                refresh();
            } catch (ValidationException ex) {
                dialog.showErrors(ex.fieldErrors());
            } catch (ConflictException ex) {
                dialog.close();
                Notifications.error(ex.getMessage());
                refresh();
            }
        });
        dialog.open();
    }

    private void confirmDelete(DesignSummary design) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete \"" + design.name() + "\"?");
        confirm.setText("The design and everything in it (entities, relationships, indexes, comments) is deleted "
                + "for every member. Its history stays in the audit log. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Delete design");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                designs.delete(design.id(), design.version());
                Notifications.success("Deleted \"" + design.name() + "\"");
            } catch (ConflictException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        });
        confirm.open();
    }

    private void open(DesignSummary design) {
        getUI().ifPresent(ui -> ui.navigate(editorRoute(design.id())));
    }

    /** The editor lives in the model feature; its route is addressed by path so the two views stay independent. */
    private static String editorRoute(UUID designId) {
        return "designs/" + designId;
    }

    private static Span badge(String text, String theme) {
        return Badges.of(text, theme);
    }

    private static String lastChanged(OffsetDateTime at) {
        Duration ago = Duration.between(at, OffsetDateTime.now());
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        return at.atZoneSameInstant(ZoneId.systemDefault()).format(DATE);
    }
}
