/** UI every view shares: the main layout (brand, navigation, theme switch, the signed-in person) and error handling. */
package org.schemaboard.base.ui;
