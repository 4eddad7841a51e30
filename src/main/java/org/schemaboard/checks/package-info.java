/**
 * Design checks: a rule engine that judges a design the way a database specialist would — integrity, indexing, types
 * and naming, the scalability plans and the red flags of the written sections — as a pure function of the model and
 * the specification. Every other view of "what is wrong" (the spec checklist, the plan forms, the export, the lint
 * command, the approval gate) reads these findings; nothing evaluates a second time.
 */
package org.schemaboard.checks;
