/**
 * Designs and who may do what in them: creating, renaming and deleting designs, their target database, and the
 * membership roles (owner, editor, reviewer, viewer) that every other feature checks through
 * {@link org.schemaboard.design.DesignService#requireRole}.
 */
package org.schemaboard.design;
