package org.schemaboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a self-hoster sets.
 *
 * @param dataDir where the H2 database file lives (default {@code ./data})
 * @param demo    seed demo accounts and the demo design at first start
 */
@ConfigurationProperties("schemaboard")
public record SchemaboardProperties(String dataDir, boolean demo) {
}
