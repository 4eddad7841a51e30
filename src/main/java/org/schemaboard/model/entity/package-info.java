/** Entities and their attributes: the records, the service that edits them and its repository. */
package org.schemaboard.model.entity;
