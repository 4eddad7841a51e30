package org.schemaboard.archfixture.beta;

/** The feature {@code beta}; its {@code ui} package closes the planted cycle. */
public class Beta {
}
