package org.schemaboard.archfixture.beta.ui;

import org.schemaboard.archfixture.alpha.Alpha;

/**
 * The other half of the planted cycle: a view in {@code beta.ui} uses {@code alpha}. Package by package there is no
 * cycle ({@code alpha → beta}, {@code beta.ui → alpha}); feature by feature there is one.
 */
public class BetaView {
    public Alpha alpha() {
        return new Alpha();
    }
}
