package org.schemaboard.importing;

import java.util.Map;
import org.schemaboard.base.ValidationException;

/**
 * A file or pasted text is over the size an import takes. Raised while the bytes arrive, before they are held in
 * memory; the message says the limit and what to do.
 */
public class InputTooLargeException extends ValidationException {

    public InputTooLargeException(String field, String message) {
        super(Map.of(field, message));
    }
}
