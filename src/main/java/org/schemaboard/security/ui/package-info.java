/** The sign-in page. */
package org.schemaboard.security.ui;
