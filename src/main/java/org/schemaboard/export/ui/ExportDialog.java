package org.schemaboard.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.model.DesignModel;

/**
 * "Export specification": the whole Database Design Specification as one ZIP, each file alone, and a preview of the
 * HTML document. The files are rendered from the model as it was when the dialog opened.
 */
@SuppressWarnings("removal") // StreamResource: still the simplest download that works with Vaadin 24.9's security
public class ExportDialog extends Dialog {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "database-design.md", "the specification, Markdown",
            "database-design.html", "the specification, one self-contained HTML page",
            "schema-postgresql.sql", "DDL for PostgreSQL",
            "schema-mysql.sql", "DDL for MySQL",
            "schema-h2.sql", "DDL for H2",
            "erd.mmd", "ER diagram, Mermaid",
            "design.json", "the whole design, lossless, to import again");

    private final ExportSource source;
    private final DesignModel model;
    private final String base;
    private final Div body = new Div();
    private final ProgressBar progress = new ProgressBar(0, SpecificationZip.FILE_COUNT, 0);
    private final Span progressText = new Span("Preparing the files …");
    private final AtomicInteger ready = new AtomicInteger();

    public ExportDialog(ExportSource source) {
        this.source = source;
        this.model = source.model();
        this.base = slug(model.name());
        setHeaderTitle("Export specification");
        setWidth("38rem");
        Paragraph lead = new Paragraph("The Database Design Specification of \"" + model.name() + "\" with its DDL, "
                + "ER diagram and a lossless JSON copy, generated from the design as it is now.");
        lead.addClassName("sb-hint");
        progress.getElement().setAttribute("aria-label", "Preparing the export");
        progressText.addClassName("sb-hint");
        progressText.getElement().setAttribute("role", "status");
        body.add(progress, progressText);
        add(lead, body);
        getFooter().add(new Button("Close", e -> close()));
        addAttachListener(e -> render(e.getUI()));
    }

    /** Renders the files on a thread of their own, so the page stays responsive and shows how far it has got. */
    private void render(UI ui) {
        if (ready.get() > 0 || body.getChildren().count() > 2) {
            return;
        }
        Thread worker = new Thread(() -> {
            try {
                Map<String, String> files = SpecificationZip.files(source, name -> {
                    int done = ready.incrementAndGet();
                    ui.access(() -> {
                        progress.setValue(done);
                        progressText.setText("Prepared " + done + " of " + SpecificationZip.FILE_COUNT + " files …");
                    });
                });
                ui.access(() -> show(files));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    body.removeAll();
                    Paragraph failed = new Paragraph("The export failed: " + e.getMessage());
                    failed.addClassName("sb-error");
                    body.add(failed);
                });
            }
        }, "export-" + base);
        worker.setDaemon(true);
        worker.start();
    }

    private void show(Map<String, String> rendered) {
        body.removeAll();
        Anchor zip = new Anchor(new StreamResource(base + "-specification.zip", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificationZip.write(rendered, out);
            return new ByteArrayInputStream(out.toByteArray());
        }), "");
        zip.getElement().setAttribute("download", true);
        Button zipButton = new Button("Download all files (ZIP)", VaadinIcon.DOWNLOAD.create());
        zipButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        zipButton.setTabIndex(-1); // the link around it takes the focus
        zip.add(zipButton);
        zip.getElement().setAttribute("aria-label", "Download all files (ZIP)");

        UnorderedList files = new UnorderedList();
        files.addClassName("sb-export-files");
        rendered.forEach((name, content) -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            Anchor link = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(bytes)), name);
            link.getElement().setAttribute("download", true);
            Span what = new Span(" — " + DESCRIPTIONS.getOrDefault(name, "") + " (" + size(bytes.length) + ")");
            what.addClassName("sb-hint");
            files.add(new ListItem(link, what));
        });

        Button preview = new Button("Preview the specification", VaadinIcon.EYE.create(),
                e -> openPreview(model.name(), rendered.get(SpecificationExport.HTML_FILE)));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        body.add(zip, new Div(files), preview);
        zipButton.focus();
    }

    private static void openPreview(String name, String html) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Preview: " + name);
        dialog.setWidth("min(70rem, 95vw)");
        dialog.setHeight("90vh");
        IFrame frame = new IFrame();
        // The document carries no script; the sandbox makes sure nothing in it could run.
        frame.getElement().setAttribute("sandbox", "");
        frame.getElement().setAttribute("title", "Specification preview");
        frame.getElement().setAttribute("srcdoc", html);
        frame.setSizeFull();
        frame.addClassName("sb-preview");
        dialog.add(frame);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "design" : slug;
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " kB";
    }
}
