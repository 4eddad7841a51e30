package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.Component;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.model.nosql.NoSqlSpec;

/** The inputs of one kind of NoSQL element, below the name in the element's dialog. */
interface KindForm {

    Component component();

    /** Fills the inputs from a stored element. */
    void show(NoSqlSpec spec);

    /** The inputs as a structure, unvalidated (the service validates and names the fields at fault). */
    NoSqlSpec read();

    /** Binds the inputs to the service's field paths ({@code keyTemplate}, {@code fields[2].type}). */
    void bind(FormErrors errors);
}
