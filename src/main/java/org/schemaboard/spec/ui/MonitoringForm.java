package org.schemaboard.spec.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.Monitoring;
import org.schemaboard.spec.SpecSection;

/** Monitoring: what is watched, capacity metrics, and the alert thresholds as rows. */
final class MonitoringForm extends SectionForm<Monitoring> {

    private final TextArea performance = Inputs.prose("Performance monitoring",
            "Slow queries, index usage, connection pool, lock contention, replication lag");
    private final TextArea capacity = Inputs.prose("Capacity planning metrics",
            "Storage growth, query volume, CPU / memory / I/O, connections");
    private final RowList<Monitoring.AlertThreshold> alerts;

    MonitoringForm(SpecContext context) {
        super(context, SpecSection.MONITORING, Monitoring.class,
                "What operations watch, and when an alert fires.");
        alerts = new RowList<>("alerts", "alert threshold", "No alert thresholds yet, e.g. slow query > 5 s.",
                AlertRow::new, errors, this::changed);
        errors.bind("performanceMetrics", performance).bind("capacityMetrics", capacity);
        body.add(performance, capacity, new H3("Alert thresholds"), alerts);
        start();
    }

    @Override
    protected void show(Monitoring content) {
        performance.setValue(Inputs.text(content.performanceMetrics()));
        capacity.setValue(Inputs.text(content.capacityMetrics()));
        alerts.show(content.alerts());
    }

    @Override
    protected Monitoring read() {
        return new Monitoring(performance.getValue(), capacity.getValue(), alerts.values());
    }

    private static final class AlertRow implements RowList.Row<Monitoring.AlertThreshold> {

        private final TextField metric = Inputs.line("Metric", null);
        private final TextField threshold = Inputs.line("Threshold", "e.g. > 30 s");
        private final TextField action = Inputs.line("Action", "Who is alerted, what they do");
        private final Div root = new Div(metric, threshold, action);

        AlertRow() {
            root.addClassName("sb-spec-inline");
            action.addClassName("sb-spec-wide");
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(Monitoring.AlertThreshold value) {
            metric.setValue(Inputs.text(value.metric()));
            threshold.setValue(Inputs.text(value.threshold()));
            action.setValue(Inputs.text(value.action()));
        }

        @Override
        public Monitoring.AlertThreshold value() {
            return new Monitoring.AlertThreshold(metric.getValue(), threshold.getValue(), action.getValue());
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "metric", metric).bind(prefix + "threshold", threshold)
                    .bind(prefix + "action", action);
        }
    }
}
