package org.schemaboard.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Marks the number fields holding text that is not a number they take — letters, or a whole number beyond
     * 2,147,483,647 — and says so at the top. Such a field holds no value, so saving would store "empty" in the
     * place of what the person typed (an out-of-range TTL would read as "never expires").
     *
     * @return whether every number field could be read; when not, nothing should be saved
     */
    public boolean numbersRead() {
        List<String> unread = new ArrayList<>();
        for (HasValidation field : fields.values()) {
            if (field instanceof AbstractNumberField<?, ?> number && number.getValue() == null && unreadable(number)) {
                number.setErrorMessage(number instanceof IntegerField
                        ? "Not a whole number up to 2,147,483,647" : "Not a number");
                number.setInvalid(true);
                unread.add(number.getLabel() == null ? "a number field" : number.getLabel());
            }
        }
        if (!unread.isEmpty()) {
            showGeneral("Nothing was saved: what is typed in " + String.join(", ", unread)
                    + " is not a number " + (unread.size() == 1 ? "it" : "they") + " can hold.");
        }
        return unread.isEmpty();
    }

    /** The field's own check of its text: an error while its value is empty means the text could not be read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean unreadable(AbstractNumberField<?, ?> field) {
        if (field.isRequiredIndicatorVisible()) {
            return false; // empty and required is the service's to say
        }
        com.vaadin.flow.data.binder.Validator validator = field.getDefaultValidator();
        return validator.apply(null, new ValueContext(field, field)).isError();
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
