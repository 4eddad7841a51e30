package org.schemaboard.archfixture.alpha;

import org.schemaboard.archfixture.beta.Beta;

/** Half of a planted cycle: {@code alpha} uses {@code beta}. Only {@code ArchitectureRulesTest} reads it. */
public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
