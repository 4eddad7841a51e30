/** Import of a {@code design.json} (our lossless export) as a new design, through the model's bulk write path. */
package org.schemaboard.importing.json;
