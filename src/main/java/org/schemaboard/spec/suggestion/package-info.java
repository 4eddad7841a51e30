/**
 * The requirements intake's one-click suggestions: for each technology and data pattern the requirements name
 * ({@link org.schemaboard.spec.RequirementsScan}), the brief's adaptation — an audit-log entity, a tenant key on every
 * entity, a time-based partitioning plan, a read replica for analytics, a search mapping, the target database with
 * its seven criteria as a draft. {@link org.schemaboard.spec.suggestion.Suggestions} says which are offered, applied
 * or dismissed (a pure function of the model and the specification); {@link
 * org.schemaboard.spec.suggestion.SuggestionService} applies one as ordinary changes through the element services and
 * the specification's write path, in one transaction, so it is audited like any edit and undone as one step.
 */
package org.schemaboard.spec.suggestion;
