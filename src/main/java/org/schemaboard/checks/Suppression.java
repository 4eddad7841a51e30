package org.schemaboard.checks;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.schemaboard.spec.Check;

/**
 * A rule silenced on one element of a design, with the reason a person gave; the finding no longer counts (not in the
 * problems count, the checklist or the approval gate) but the export lists it.
 *
 * @param elementKey   {@link Check#elementKey()} of the findings it silences
 * @param elementLabel the element's name when it was suppressed
 * @param by           the username of who suppressed it
 */
public record Suppression(UUID id, UUID designId, String rule, String elementKey, String elementLabel, String reason,
                          String by, OffsetDateTime at, int version) {

    public boolean silences(Check check) {
        return check.rule().equals(rule) && check.elementKey().equals(elementKey);
    }
}
