package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.MigrationStrategy;
import org.schemaboard.spec.SpecSection;

/** Migration strategy: framework, practices, rollback, the deployment checklist, seeding. */
final class MigrationForm extends SectionForm<MigrationStrategy> {

    private final TextField framework = Inputs.line("Migration framework", "e.g. Flyway, Liquibase, sqitch");
    private final TextArea practices = Inputs.prose("Migration practices",
            "Atomic migrations, non-destructive changes, backward compatibility");
    private final TextArea rollback = Inputs.prose("Rollback procedure", "How every migration is undone");
    private final RowList<MigrationStrategy.ChecklistItem> checklist;
    private final TextArea process = Inputs.prose("Deployment process", "The steps, in order");
    private final TextArea seeding = Inputs.prose("Data seeding", "Reference data, test data generation");

    MigrationForm(SpecContext context) {
        super(context, SpecSection.MIGRATION, MigrationStrategy.class,
                "How the schema evolves in production without losing data, and how a change is undone.");
        checklist = new RowList<>("deploymentChecklist", "check", "No pre-deployment checks yet.", ItemRow::new,
                errors, this::changed);
        errors.bind("framework", framework).bind("practices", practices).bind("rollback", rollback)
                .bind("deploymentProcess", process).bind("seeding", seeding);
        body.add(framework, practices, rollback, new H3("Pre-deployment checklist"), checklist, process, seeding);
        start();
    }

    @Override
    protected void show(MigrationStrategy c) {
        framework.setValue(Inputs.text(c.framework()));
        practices.setValue(Inputs.text(c.practices()));
        rollback.setValue(Inputs.text(c.rollback()));
        checklist.show(c.deploymentChecklist());
        process.setValue(Inputs.text(c.deploymentProcess()));
        seeding.setValue(Inputs.text(c.seeding()));
    }

    @Override
    protected MigrationStrategy read() {
        return new MigrationStrategy(framework.getValue(), practices.getValue(), rollback.getValue(),
                checklist.values(), process.getValue(), seeding.getValue());
    }

    private static final class ItemRow implements RowList.Row<MigrationStrategy.ChecklistItem> {

        private final Checkbox done = new Checkbox("Done");
        private final TextField text = Inputs.line("Check", null);
        private final Div root = new Div(text, done);

        ItemRow() {
            root.addClassName("sb-spec-inline");
            text.addClassName("sb-spec-wide");
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(MigrationStrategy.ChecklistItem v) {
            text.setValue(Inputs.text(v.text()));
            done.setValue(v.done());
        }

        @Override
        public MigrationStrategy.ChecklistItem value() {
            return new MigrationStrategy.ChecklistItem(text.getValue(), done.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "text", text);
        }
    }
}
