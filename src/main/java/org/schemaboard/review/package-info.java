/**
 * Review: comment threads on any element of a design (Markdown, mentions, blocking threads), handoff review requests
 * with each reviewer's decision, the approved snapshots (v1, v2 … kept as design.json text), the design's review status
 * and each person's in-app notifications. Every write checks the caller's role through
 * {@link org.schemaboard.design.DesignService#requireRole}.
 */
package org.schemaboard.review;
