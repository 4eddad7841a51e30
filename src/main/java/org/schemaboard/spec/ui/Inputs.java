package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.querypattern.QueryPattern;

/** The inputs the specification forms are made of; every one has a visible label. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Lays out one entry of a list section as a card: the {@code top} fields on one line, {@code wide} (one of them,
     * or null) taking the room left, and the {@code below} fields under them.
     */
    public static void card(Div root, List<? extends Component> top, HasStyle wide, Component... below) {
        Div line = new Div(top.toArray(Component[]::new));
        line.addClassName("sb-spec-inline");
        if (wide != null) {
            wide.addClassName("sb-spec-wide");
        }
        root.add(line);
        root.add(below);
        root.addClassName("sb-spec-card");
    }

    /** Prose a person explains in, Markdown allowed. */
    public static TextArea prose(String label, String helper) {
        TextArea area = new TextArea(label);
        area.setHelperText(helper == null ? "Markdown" : helper + " · Markdown");
        area.addClassName("sb-spec-prose");
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.EAGER);
        return area;
    }

    public static TextField line(String label, String helper) {
        TextField field = new TextField(label);
        field.setHelperText(helper);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    public static IntegerField number(String label, String helper, int min) {
        IntegerField field = new IntegerField(label);
        field.setHelperText(helper);
        field.setMin(min);
        field.setStepButtonsVisible(true);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    static BigDecimalField count(String label, String helper) {
        BigDecimalField field = new BigDecimalField(label);
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    static Long toLong(BigDecimal value) {
        return value == null ? null : value.longValue();
    }

    static BigDecimal fromLong(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** A choice of one of the design's entities, by id (names change, ids do not). */
    public static ComboBox<UUID> entity(String label, DesignModel model) {
        ComboBox<UUID> box = new ComboBox<>(label);
        Map<UUID, String> names = model.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        box.setItems(model.entities().stream().map(Entity::id).toList());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, "(deleted entity)"));
        return box;
    }

    /** A choice of columns of one entity; refilled when the entity changes. Selected ids keep key order. */
    public static MultiSelectComboBox<UUID> attributes(String label, String helper, DesignModel model) {
        MultiSelectComboBox<UUID> box = new MultiSelectComboBox<>(label);
        box.setHelperText(helper);
        Map<UUID, Attribute> all = model.attributesById();
        box.setItemLabelGenerator(id -> {
            Attribute a = all.get(id);
            return a == null ? "(deleted column)" : a.name();
        });
        box.setItems(List.of());
        box.setWidthFull();
        return box;
    }

    public static void offerColumnsOf(MultiSelectComboBox<UUID> box, DesignModel model, UUID entityId) {
        Set<UUID> kept = box.getValue();
        List<UUID> items = entityId == null ? List.of() : model.entity(entityId)
                .map(e -> e.attributes().stream().map(Attribute::id).toList()).orElse(List.of());
        box.setItems(items);
        // A chosen column of another entity stays visible, so the check beside the plan can point at it.
        box.setValue(kept);
    }

    /** The selected columns in their table order. */
    public static List<UUID> inColumnOrder(Set<UUID> ids, DesignModel model) {
        Map<UUID, Attribute> all = model.attributesById();
        return ids.stream().sorted(Comparator.comparingInt((UUID id) -> all.containsKey(id)
                ? all.get(id).position() : Integer.MAX_VALUE)).toList();
    }

    public static MultiSelectComboBox<UUID> queryPatterns(String label, String helper, DesignModel model) {
        MultiSelectComboBox<UUID> box = new MultiSelectComboBox<>(label);
        box.setHelperText(helper);
        Map<UUID, String> names = model.queryPatterns().stream()
                .collect(Collectors.toMap(QueryPattern::id, QueryPattern::name));
        box.setItems(model.queryPatterns().stream().map(QueryPattern::id).toList());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, "(deleted query pattern)"));
        box.setWidthFull();
        return box;
    }

    public static Set<UUID> set(List<UUID> ids) {
        return new LinkedHashSet<>(ids);
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> Function<T, String> orEmpty(Function<T, String> f) {
        return t -> text(f.apply(t));
    }
}
