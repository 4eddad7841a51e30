package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.nosql.NoSqlSpec;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * A Redis key pattern: its key template and data type, how long entries live (or why they never expire), the eviction
 * policy, what invalidates an entry, and the design's query pattern the cache serves.
 */
final class RedisForm implements KindForm {

    static final List<String> EVICTIONS = List.of("allkeys-lru", "allkeys-lfu", "volatile-lru", "volatile-lfu",
            "volatile-ttl", "allkeys-random", "volatile-random", "noeviction");

    private final TextField template = new TextField("Key template");
    private final Select<String> dataType = new Select<>();
    private final IntegerField ttl = new IntegerField("TTL (seconds)");
    private final TextField noTtlReason = new TextField("Why the keys never expire");
    private final ComboBox<String> eviction = new ComboBox<>("Eviction policy");
    private final TextField invalidation = new TextField("Invalidated when");
    private final ComboBox<String> serves = new ComboBox<>("Serves query pattern");
    private final List<String> queryNames;
    private final FormLayout root;

    RedisForm(DesignModel model) {
        template.setRequiredIndicatorVisible(true);
        template.setPlaceholder("e.g. product:{id}");
        template.setHelperText("Placeholders in braces; no spaces");
        template.addClassName("sb-mono-input");
        dataType.setLabel("Data type");
        dataType.setItems(RedisKeyPattern.DATA_TYPES);
        dataType.setValue("string");
        ttl.setMin(1);
        ttl.setPlaceholder("e.g. 3600");
        ttl.setHelperText("Empty: the keys never expire");
        ttl.addValueChangeListener(e -> noTtlReason.setEnabled(e.getValue() == null || noTtlReason.isReadOnly()));
        noTtlReason.setPlaceholder("e.g. rebuilt nightly; bounded by the number of products");
        noTtlReason.setHelperText("Only when there is no TTL");
        eviction.setItems(EVICTIONS);
        eviction.setAllowCustomValue(true);
        eviction.addCustomValueSetListener(e -> eviction.setValue(e.getDetail()));
        eviction.setPlaceholder("e.g. allkeys-lru");
        invalidation.setPlaceholder("e.g. product updated or deleted");
        queryNames = new ArrayList<>(model.queryPatterns().stream().map(QueryPattern::name).toList());
        serves.setItems(queryNames);
        serves.setClearButtonVisible(true);
        serves.setPlaceholder(queryNames.isEmpty() ? "The design has no query patterns yet" : "Choose one");
        serves.setHelperText("Which of the design's query patterns the cache answers");
        root = new FormLayout(template, dataType, ttl, noTtlReason, eviction, invalidation, serves);
        root.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        root.setColspan(template, 2);
        root.setColspan(serves, 2);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public void show(NoSqlSpec spec) {
        RedisKeyPattern r = (RedisKeyPattern) spec;
        template.setValue(text(r.keyTemplate()));
        dataType.setValue(r.dataType());
        ttl.setValue(r.ttlSeconds());
        noTtlReason.setValue(text(r.noTtlReason()));
        eviction.setValue(r.eviction());
        invalidation.setValue(text(r.invalidation()));
        if (r.servesQuery() != null && !queryNames.contains(r.servesQuery())) {
            queryNames.add(r.servesQuery()); // renamed or deleted since: still shown as stored
            serves.setItems(queryNames);
        }
        serves.setValue(r.servesQuery());
    }

    @Override
    public NoSqlSpec read() {
        return new RedisKeyPattern(template.getValue(), dataType.getValue(), ttl.getValue(),
                ttl.getValue() == null ? noTtlReason.getValue() : null, eviction.getValue(), invalidation.getValue(),
                serves.getValue());
    }

    @Override
    public void bind(FormErrors errors) {
        errors.bind("keyTemplate", template).bind("dataType", dataType).bind("ttlSeconds", ttl)
                .bind("noTtlReason", noTtlReason).bind("eviction", eviction).bind("invalidation", invalidation)
                .bind("servesQuery", serves);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
