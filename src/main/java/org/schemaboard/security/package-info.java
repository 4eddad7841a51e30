/**
 * Accounts and signing in: users with bcrypt password hashes in the database, Spring Security wired for Vaadin, the
 * signed-in person as seen by services ({@link org.schemaboard.security.CurrentUser}), and the first administrator
 * of an instance that has no accounts yet.
 */
package org.schemaboard.security;
