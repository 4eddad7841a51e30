/**
 * The account pages: sign-in, sign-up, the forced password change, My account and the administrators' Users page;
 * the guard that applies a disabled account or a due password change at every navigation; and the web security
 * configuration (here, beside the login view it names, so the security package does not depend on views).
 */
package org.schemaboard.security.ui;
