package org.schemaboard.design;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every design on the server with the member a server-side tool reads it as. One query for the running application
 * (through {@link DesignService#listAllForOperator()}) and for the command line's {@code list}, which answers on a
 * bare JDBC connection without starting the application or jOOQ: loading those costs seconds, the query a few
 * milliseconds. Hence plain SQL here, written so that H2 and PostgreSQL read it alike (unquoted names).
 */
public final class DesignCatalog {

    /** The reader: the owner first, then editor, reviewer, viewer; the longest-standing member of that role. */
    private static final String ALL = """
            SELECT d.id, d.name, d.target_database, d.updated_at,
                   (SELECT a.username FROM design_member m JOIN app_user a ON a.id = m.user_id
                     WHERE m.design_id = d.id
                     ORDER BY CASE m.role WHEN 'OWNER' THEN 0 WHEN 'EDITOR' THEN 1 WHEN 'REVIEWER' THEN 2 ELSE 3 END,
                              m.added_at, a.username
                     LIMIT 1) AS read_as
              FROM design d
             ORDER BY d.name_key""";

    private DesignCatalog() {
    }

    public static List<DesignOnServer> all(Connection connection) throws SQLException {
        List<DesignOnServer> designs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ALL); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                designs.add(new DesignOnServer(rs.getObject(1, UUID.class), rs.getString(2),
                        TargetDatabase.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)));
            }
        }
        return designs;
    }
}
