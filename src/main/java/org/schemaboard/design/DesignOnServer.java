package org.schemaboard.design;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A design as the server's operator sees it, whoever its members are: for tools that run on the server itself, such as
 * the command line.
 *
 * @param readAs the username of the member such a tool acts as to read the design, so the read goes through the
 *               usual role check: its owner, or (should no owner be left) its member with the highest role; null when
 *               it has no members at all
 */
public record DesignOnServer(UUID id, String name, TargetDatabase targetDatabase, OffsetDateTime updatedAt,
                             String readAs) {
}
