package org.schemaboard.model.nosql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A NoSQL element's structure as stored JSON (the table's body, and design.json). */
public final class NoSqlJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private NoSqlJson() {
    }

    public static String write(NoSqlSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static NoSqlSpec read(String json) {
        try {
            return JSON.readValue(json, NoSqlSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a NoSQL element: " + e.getOriginalMessage(), e);
        }
    }
}
