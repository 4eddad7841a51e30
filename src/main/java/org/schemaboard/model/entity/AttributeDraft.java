package org.schemaboard.model.entity;

/** What a person submits to add or change an attribute. */
public record AttributeDraft(String name, String dataType, Integer length, Integer precision, Integer scale,
                             boolean nullable, String defaultValue, boolean primaryKey, boolean unique,
                             boolean autoIncrement, String checkExpression, String description) {

    /** A nullable column of the given type with nothing else set. */
    public static AttributeDraft of(String name, String dataType) {
        return new AttributeDraft(name, dataType, null, null, null, true, null, false, false, false, null, null);
    }

    public static AttributeDraft from(Attribute a) {
        return new AttributeDraft(a.name(), a.dataType(), a.length(), a.precision(), a.scale(), a.nullable(),
                a.defaultValue(), a.primaryKey(), a.unique(), a.autoIncrement(), a.checkExpression(), a.description());
    }

    public AttributeDraft withLength(Integer value) {
        return new AttributeDraft(name, dataType, value, precision, scale, nullable, defaultValue, primaryKey, unique,
                autoIncrement, checkExpression, description);
    }

    public AttributeDraft withPrecision(Integer p, Integer s) {
        return new AttributeDraft(name, dataType, length, p, s, nullable, defaultValue, primaryKey, unique,
                autoIncrement, checkExpression, description);
    }

    public AttributeDraft notNull() {
        return new AttributeDraft(name, dataType, length, precision, scale, false, defaultValue, primaryKey, unique,
                autoIncrement, checkExpression, description);
    }

    public AttributeDraft asPrimaryKey() {
        return new AttributeDraft(name, dataType, length, precision, scale, false, defaultValue, true, unique,
                autoIncrement, checkExpression, description);
    }

    public AttributeDraft asUnique() {
        return new AttributeDraft(name, dataType, length, precision, scale, nullable, defaultValue, primaryKey, true,
                autoIncrement, checkExpression, description);
    }

    /** The database numbers new rows (AUTO_INCREMENT, identity); integer types only. */
    public AttributeDraft asAutoIncrement() {
        return new AttributeDraft(name, dataType, length, precision, scale, nullable, defaultValue, primaryKey, unique,
                true, checkExpression, description);
    }

    public AttributeDraft withDefault(String value) {
        return new AttributeDraft(name, dataType, length, precision, scale, nullable, value, primaryKey, unique,
                autoIncrement, checkExpression, description);
    }

    public AttributeDraft withCheck(String expression) {
        return new AttributeDraft(name, dataType, length, precision, scale, nullable, defaultValue, primaryKey, unique,
                autoIncrement, expression, description);
    }

    public AttributeDraft withDescription(String text) {
        return new AttributeDraft(name, dataType, length, precision, scale, nullable, defaultValue, primaryKey, unique,
                autoIncrement, checkExpression, text);
    }
}
