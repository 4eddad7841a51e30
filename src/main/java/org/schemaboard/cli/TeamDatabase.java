package org.schemaboard.cli;

import java.util.Optional;

/**
 * The PostgreSQL database of a team server, as the server itself is told where it is: SCHEMABOARD_DATABASE_URL,
 * _USER and _PASSWORD (or Spring's SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD). When it is set, {@code backup}
 * reads that database and {@code restore} fills it, instead of the H2 database of a data directory.
 */
record TeamDatabase(String url, String user, String password) {

    static Optional<TeamDatabase> configured() {
        String url = first("SCHEMABOARD_DATABASE_URL", "SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        return Optional.of(new TeamDatabase(url, first("SCHEMABOARD_DATABASE_USER", "SPRING_DATASOURCE_USERNAME"),
                first("SCHEMABOARD_DATABASE_PASSWORD", "SPRING_DATASOURCE_PASSWORD")));
    }

    /** The URL without its query, where a password may be written. */
    String where() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String first(String... variables) {
        for (String name : variables) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
