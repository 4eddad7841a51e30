package org.schemaboard.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person gave is not acceptable; nothing was saved. Carries one message per field so a form can show each
 * beside its field.
 */
public class ValidationException extends UserFacingException {

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
