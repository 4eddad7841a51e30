/** Query patterns: the records, frequency units, the service and its repository. */
package org.schemaboard.model.querypattern;
