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
import java.util.function.Supplier;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export specification": the whole Database Design Specification as one ZIP, each file alone, and a preview of the
 * HTML document. The files are rendered from the design as it was when the dialog opened.
 */
@SuppressWarnings("removal") // StreamResource: still the simplest download that works with Vaadin 24.9's security
public class ExportDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDialog.class);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "database-design.md", "the specification, Markdown",
            "database-design.html", "the specification, one self-contained HTML page",
            "schema-postgresql.sql", "DDL for PostgreSQL",
            "schema-mysql.sql", "DDL for MySQL",
            "schema-h2.sql", "DDL for H2",
            "erd.mmd", "ER diagram, Mermaid",
            "schema.dbml", "the schema as DBML, for dbdiagram.io and ChartDB",
            "design.json", "the whole design, lossless, to import again");

    private final Supplier<ExportSource> source;
    private final BackgroundWork work;
    private final String name;
    private final String base;
    private final Div body = new Div();
    private final ProgressBar progress = new ProgressBar(0, SpecificationZip.FILE_COUNT, 0);
    private final Span progressText = new Span("Reading the design …");
    private boolean started;

    /**
     * @param designName the design's name, for the title and the file names
     * @param source     reads what the specification is made from; called on a background thread as the signed-in
     *                   person, so the page stays responsive while a large design loads
     * @param work       where the reading and rendering run
     */
    public ExportDialog(String designName, Supplier<ExportSource> source, BackgroundWork work) {
        this.source = source;
        this.work = work;
        this.name = designName;
        this.base = slug(designName);
        setHeaderTitle("Export specification");
        setWidth("38rem");
        Paragraph lead = new Paragraph("The Database Design Specification of \"" + designName + "\" with its DDL, "
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

    /**
     * Reads the design and renders the files in the background, so the page stays responsive and shows how far it
     * has got; the UI is only touched with what is ready.
     */
    private void render(UI ui) {
        if (started) {
            return;
        }
        started = true;
        AtomicInteger ready = new AtomicInteger();
        work.start(() -> SpecificationZip.files(source.get(), file -> {
            int done = ready.incrementAndGet();
            ui.access(() -> {
                progress.setValue(done);
                progressText.setText("Prepared " + done + " of " + SpecificationZip.FILE_COUNT + " files …");
            });
        }, work)).whenComplete((files, failure) -> ui.access(() -> {
            if (failure == null) {
                show(files);
            } else {
                failed(failure);
            }
        }));
    }

    private void failed(Throwable failure) {
        body.removeAll();
        String message;
        if (failure instanceof UserFacingException refused) {
            message = refused.getMessage();
        } else {
            LOG.error("Export of \"{}\" failed", name, failure);
            message = "The export failed (" + failure + "). Try again; the server log has the details.";
        }
        Paragraph failed = new Paragraph(message);
        failed.addClassName("sb-error");
        body.add(failed);
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
            // a resource's file name cannot hold a folder: migrations/README.md downloads as migrations-README.md
            Anchor link = new Anchor(new StreamResource(name.replace('/', '-'), () -> new ByteArrayInputStream(bytes)),
                    name);
            link.getElement().setAttribute("download", true);
            Span what = new Span(" — " + DESCRIPTIONS.getOrDefault(name, migration(name)) + " (" + size(bytes.length) + ")");
            what.addClassName("sb-hint");
            files.add(new ListItem(link, what));
        });

        Button preview = new Button("Preview the specification", VaadinIcon.EYE.create(),
                e -> openPreview(name, rendered.get(SpecificationExport.HTML_FILE)));
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

    /** "forward migration, MySQL" for {@code migrations/mysql-forward.sql}: scripts from the last approved version. */
    private static String migration(String file) {
        if (!file.startsWith("migrations/")) {
            return "";
        }
        if (file.endsWith("README.md")) {
            return "what the migration scripts are for";
        }
        String base = file.substring("migrations/".length()).replace(".sql", "");
        int dash = base.lastIndexOf('-');
        return dash < 0 ? "migration script" : base.substring(dash + 1) + " migration from the last approved version, "
                + base.substring(0, dash);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "design" : slug;
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " kB";
    }
}
