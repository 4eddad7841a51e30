/**
 * Schemaboard's root: the Spring Boot application and its settings. Features live in sub-packages, each with a public
 * service as its API, package-private repositories and a {@code ui} sub-package for its views.
 */
package org.schemaboard;
