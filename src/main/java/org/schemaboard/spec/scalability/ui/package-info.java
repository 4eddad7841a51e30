/** The editor's Scalability tab: one form per plan, with its checks beside it. */
package org.schemaboard.spec.scalability.ui;
