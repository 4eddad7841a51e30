package org.schemaboard.importing.sql;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads parts of parsed statements that jOOQ 3.19's public query object model does not expose yet: the pieces of
 * {@code ALTER TABLE} and of constraints (referenced table and columns, ON DELETE / ON UPDATE). They are
 * package-private accessors named like the public ones ({@code $addConstraint()}, {@code $onDelete()}); reaching
 * them in one place keeps the rest of the reader on the public API, and a jOOQ upgrade that changes them fails the
 * reader's tests here rather than silently losing foreign key actions.
 */
final class JooqInternals {

    private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

    private JooqInternals() {
    }

    static Object get(Object target, String accessor) {
        if (target == null) {
            return null;
        }
        Method method = METHODS.computeIfAbsent(target.getClass().getName() + "#" + accessor, k -> find(target, accessor));
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + accessor + " of " + target.getClass().getName(), e);
        }
    }

    /** An array- or list-valued accessor as a list (empty when absent). */
    static List<?> list(Object target, String accessor) {
        Object value = get(target, accessor);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return (List<?>) value;
    }

    private static Method find(Object target, String accessor) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(accessor);
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no " + accessor + "()");
    }
}
