package org.schemaboard.spec.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.SpecSection;

/**
 * A section that is prose only (every field a text): one Markdown area per record component, in the record's order,
 * each with the label and helper given here. Covers technology selection, integrity, backup, handoff notes and
 * vertical scaling without a form class each.
 */
final class ProseForm<T extends SectionContent> extends SectionForm<T> {

    /** Label and helper of one text field, in the order of the record's components. */
    record Field(String label, String helper) {
    }

    private final Class<T> type;
    private final List<TextArea> areas = new ArrayList<>();

    ProseForm(SpecContext context, SpecSection section, Class<T> type, String intro, List<Field> fields) {
        super(context, section, type, intro);
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != fields.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length + " fields");
        }
        for (Field field : fields) {
            TextArea area = Inputs.prose(field.label(), field.helper());
            errors.bind(components[areas.size()].getName(), area);
            areas.add(area);
            body.add(area);
        }
        start();
    }

    @Override
    protected void show(T content) {
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            try {
                areas.get(i).setValue(Inputs.text((String) components[i].getAccessor().invoke(content)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    protected T read() {
        Object[] values = areas.stream().map(TextArea::getValue).toArray();
        try {
            Class<?>[] types = new Class<?>[values.length];
            java.util.Arrays.fill(types, String.class);
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
