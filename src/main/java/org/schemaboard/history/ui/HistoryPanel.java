package org.schemaboard.history.ui;

import org.schemaboard.editor.ui.EditorContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.schemaboard.audit.AuditRecord;
import org.schemaboard.audit.ChangeSummary;
import org.schemaboard.model.DesignModelService;

/** Every change of the design from the audit log: when, who, what, old → new; filterable by element and person. */
public class HistoryPanel extends Div {

    private static final int LIMIT = 2000;
    private static final String EVERYONE = "Everyone";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EditorContext context;
    private final DesignModelService models;
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final TextField element = new TextField();
    private final Select<String> person = new Select<>();
    private final UUID onlyElement;
    private ListDataProvider<AuditRecord> rows;

    public HistoryPanel(EditorContext context, DesignModelService models, String elementParameter) {
        this.context = context;
        this.models = models;
        this.onlyElement = parse(elementParameter);
        addClassName("sb-section");
        setSizeFull();

        element.setPlaceholder("Filter by element, e.g. orders");
        element.setAriaLabel("Filter by element");
        element.setPrefixComponent(VaadinIcon.SEARCH.create());
        element.setValueChangeMode(ValueChangeMode.LAZY);
        element.setClearButtonVisible(true);
        element.addValueChangeListener(e -> applyFilter());
        person.setAriaLabel("Filter by person");
        person.addValueChangeListener(e -> applyFilter());
        Div toolbar = new Div(element, person);
        toolbar.addClassName("sb-grid-toolbar");
        if (onlyElement != null) {
            Button all = new Button("Show the whole design's history", VaadinIcon.CLOSE_SMALL.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("designs/" + context.designId() + "/history")));
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toolbar.add(new Span("Only one element's history."), all);
        }

        grid.setAriaLabel("History");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.occurredAt().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN))
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.action().name().toLowerCase(Locale.ROOT) + " " + r.elementType().label())
                .setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.elementName() == null ? "" : r.elementName()).setHeader("Element").setAutoWidth(true);
        grid.addColumn(r -> ChangeSummary.of(r.oldValue(), r.newValue())).setHeader("Change").setFlexGrow(3);
        grid.addClassName("sb-grid-fill");
        add(toolbar, grid);
        context.onReload(m -> refresh());
        refresh();
    }

    private void refresh() {
        List<AuditRecord> records = models.history(context.designId(), onlyElement, null, LIMIT);
        rows = new ListDataProvider<>(records);
        grid.setItems(rows);
        List<String> people = new ArrayList<>();
        people.add(EVERYONE);
        records.stream().map(AuditRecord::actor).distinct().sorted().forEach(people::add);
        String chosen = person.getValue();
        person.setItems(people);
        person.setValue(chosen != null && people.contains(chosen) ? chosen : EVERYONE);
        applyFilter();
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        String text = element.getValue().strip().toLowerCase(Locale.ROOT);
        String who = person.getValue();
        rows.setFilter(r -> (text.isEmpty() || (r.elementName() != null
                && r.elementName().toLowerCase(Locale.ROOT).contains(text)))
                && (who == null || EVERYONE.equals(who) || who.equals(r.actor())));
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
