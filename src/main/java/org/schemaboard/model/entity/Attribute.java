package org.schemaboard.model.entity;

import java.util.UUID;

/**
 * A column-to-be. Length applies to character types, precision and scale to exact numerics. {@code autoIncrement}
 * (integer types only) has the database number new rows: AUTO_INCREMENT, an identity column, SERIAL.
 */
public record Attribute(UUID id, UUID entityId, int position, String name, String dataType, Integer length,
                        Integer precision, Integer scale, boolean nullable, String defaultValue, boolean primaryKey,
                        boolean unique, boolean autoIncrement, String checkExpression, String description,
                        int version) {

    /** The type as written in DDL: {@code VARCHAR(255)}, {@code DECIMAL(12,2)}, {@code UUID}. */
    public String typeDisplay() {
        if (length != null) {
            return dataType + "(" + length + ")";
        }
        if (precision != null) {
            return dataType + "(" + precision + (scale != null ? "," + scale : "") + ")";
        }
        return dataType;
    }
}
