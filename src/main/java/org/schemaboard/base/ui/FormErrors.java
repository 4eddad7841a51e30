package org.schemaboard.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's field errors beside the fields of a form; errors for fields the form does not show appear in a
 * message box at the top, so nothing a service says is lost.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div general = new Div();

    public FormErrors() {
        general.addClassName("sb-form-error");
        general.setVisible(false);
        general.getElement().setAttribute("role", "alert");
    }

    /** The box for errors without a field; place it at the top of the form. */
    public Div generalBox() {
        return general;
    }

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void show(Map<String, String> errors) {
        clear();
        StringBuilder rest = new StringBuilder();
        errors.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else {
                rest.append(rest.isEmpty() ? "" : " ").append(message.endsWith(".") ? message : message + ".");
            }
        });
        showGeneral(rest.toString());
    }

    public void showGeneral(String message) {
        general.setText(message);
        general.setVisible(message != null && !message.isEmpty());
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        showGeneral("");
    }
}
