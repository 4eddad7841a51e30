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

    /** Per class, its accessors by name: found once, then one look-up per call (no key string built per call). */
    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private JooqInternals() {
    }

    static Object get(Object target, String accessor) {
        if (target == null) {
            return null;
        }
        Map<String, Method> methods = METHODS.get(target.getClass());
        Method method = methods.get(accessor);
        if (method == null) {
            method = find(target, accessor);
            methods.put(accessor, method);
        }
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
