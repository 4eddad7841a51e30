package org.schemaboard.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges two edits of one element field by field against the version both started from: a field only one side
 * changed takes that side's value; a field both changed to different values is a conflict.
 */
final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    record Result<T>(T merged, List<String> conflicts) {
    }

    static <T extends Record> Result<T> merge(T base, T theirs, T mine) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) base.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Object b = value(components[i], base);
            Object t = value(components[i], theirs);
            Object m = value(components[i], mine);
            if (Objects.equals(m, b)) {
                values[i] = t;
            } else if (Objects.equals(t, b) || Objects.equals(t, m)) {
                values[i] = m;
            } else {
                values[i] = m;
                conflicts.add(components[i].getName());
            }
        }
        return new Result<>(construct(type, components, values), conflicts);
    }

    static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
