package org.schemaboard.model.ui;

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
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.model.DesignModel;

/**
 * "Export specification": the whole Database Design Specification as one ZIP, each file alone, and a preview of the
 * HTML document. The files are rendered from the model as it was when the dialog opened.
 */
@SuppressWarnings("removal") // StreamResource: still the simplest download that works with Vaadin 24.9's security
class ExportDialog extends Dialog {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "database-design.md", "the specification, Markdown",
            "database-design.html", "the specification, one self-contained HTML page",
            "schema-postgresql.sql", "DDL for PostgreSQL",
            "schema-mysql.sql", "DDL for MySQL",
            "schema-h2.sql", "DDL for H2",
            "erd.mmd", "ER diagram, Mermaid",
            "design.json", "the whole design, lossless, to import again");

    ExportDialog(DesignModel model) {
        setHeaderTitle("Export specification");
        setWidth("38rem");
        String base = slug(model.name());

        Anchor zip = new Anchor(new StreamResource(base + "-specification.zip", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificationZip.write(model, out);
            return new ByteArrayInputStream(out.toByteArray());
        }), "");
        zip.getElement().setAttribute("download", true);
        Button zipButton = new Button("Download all files (ZIP)", VaadinIcon.DOWNLOAD.create());
        zipButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        zipButton.setTabIndex(-1); // the link around it takes the focus
        zip.add(zipButton);
        zip.getElement().setAttribute("aria-label", "Download all files (ZIP)");

        Paragraph lead = new Paragraph("The Database Design Specification of \"" + model.name() + "\" with its DDL, "
                + "ER diagram and a lossless JSON copy. Files are generated when you download them; a large design "
                + "takes a second or two.");
        lead.addClassName("sb-hint");

        UnorderedList files = new UnorderedList();
        files.addClassName("sb-export-files");
        SpecificationZip.files(model).forEach((name, content) -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            Anchor link = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(bytes)), name);
            link.getElement().setAttribute("download", true);
            Span what = new Span(" — " + DESCRIPTIONS.getOrDefault(name, "") + " (" + size(bytes.length) + ")");
            what.addClassName("sb-hint");
            files.add(new ListItem(link, what));
        });

        Button preview = new Button("Preview the specification", VaadinIcon.EYE.create(),
                e -> openPreview(model));
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(lead, zip, new Div(files), preview);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static void openPreview(DesignModel model) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Preview: " + model.name());
        dialog.setWidth("min(70rem, 95vw)");
        dialog.setHeight("90vh");
        IFrame frame = new IFrame();
        // The document carries no script; the sandbox makes sure nothing in it could run.
        frame.getElement().setAttribute("sandbox", "");
        frame.getElement().setAttribute("title", "Specification preview");
        frame.getElement().setAttribute("srcdoc", SpecificationExport.html(model));
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
