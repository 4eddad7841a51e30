package org.schemaboard.spec.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.schemaboard.base.ValidationException;
import org.schemaboard.spec.Requirements;
import org.schemaboard.spec.RequirementsFile;
import org.schemaboard.spec.RequirementsScan;
import org.schemaboard.spec.SpecSection;
import org.schemaboard.spec.suggestion.SuggestionService;

/**
 * The requirements the design starts from: the architecture and requirements notes (Markdown or text), written here
 * or uploaded as files, and where they came from. Kept with the design, commentable like an element (the button
 * beside the title), exported with the specification. Below them, what they name as the author types, and the
 * suggestions the saved notes lead to. Dismissed suggestions are kept as stored; this form does not edit them.
 */
final class RequirementsForm extends SectionForm<Requirements> {

    /** The comment-thread type of the requirements (they have no model element). */
    static final String COMMENT_TYPE = "REQUIREMENTS";

    private final TextArea text = Inputs.prose("Requirements notes",
            "The architecture and requirements documents, pasted or written here");
    private final TextField source = Inputs.line("Source", "Where the notes come from, e.g. requirements.md");
    private final Upload upload = new Upload();
    private final Paragraph uploadError = new Paragraph();
    private final Div detected = new Div();
    private List<String> dismissed = List.of();
    private Requirements shown = Requirements.EMPTY;
    private SuggestionsPanel suggestions;

    RequirementsForm(SpecContext context) {
        this(context, null);
    }

    /** @param suggestions the service of the suggestions panel, or null for the form alone */
    RequirementsForm(SpecContext context, SuggestionService suggestions) {
        super(context, SpecSection.REQUIREMENTS, Requirements.class, "What the design must satisfy: the "
                + "architecture and requirements notes the design starts from. Reviewers comment on them like on "
                + "any element.");
        text.addClassName("sb-requirements-text");
        // whole documents: the text goes to the server when the person pauses, not at every key
        text.setValueChangeMode(ValueChangeMode.LAZY);
        errors.bind("text", text);
        errors.bind("source", source);
        Button comments = new Button("Comments on the requirements", VaadinIcon.COMMENTS_O.create(),
                e -> context.editor().openComments(COMMENT_TYPE, context.editor().designId(), "Requirements"));
        comments.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        detected.addClassName("sb-requirements-detected");
        detected.getElement().setAttribute("role", "region");
        detected.getElement().setAttribute("aria-label", "Detected in the requirements");
        body.add(comments, uploadField(), source, text, detected);
        watch(text, source);
        start();
        if (suggestions != null) {
            this.suggestions = new SuggestionsPanel(context, suggestions);
            add(this.suggestions);
        }
    }

    /** "Upload requirements file…": a Markdown or text file added after the notes, then saved. */
    private Div uploadField() {
        // the browser refuses larger files before sending them; the size is checked again here
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> upload.getUI().ifPresent(ui ->
                ui.access(() -> received(meta.fileName(), bytes.length, bytes)))));
        upload.setMaxFileSize(RequirementsFile.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", "text/markdown", "text/plain");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Upload requirements file…")
                .setMany("Upload requirements file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Markdown or text, UTF-8, up to 512 KB")
                .setMany("Markdown or text, UTF-8, up to 512 KB"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("The file is over 512 KB")
                .setIncorrectFileType("Choose a Markdown (.md) or text (.txt) file").setTooManyFiles("One file at a "
                        + "time"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> refuse(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addClassName("sb-requirements-upload");
        uploadError.addClassName("sb-upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        Div field = new Div(upload, uploadError);
        field.setVisible(context.canEdit());
        return field;
    }

    /** Adds the file's text after the notes and saves; a refused file changes nothing and says why. */
    private void received(String fileName, long size, byte[] bytes) {
        upload.clearFileList();
        uploadError.setVisible(false);
        try {
            RequirementsFile.checkSize(fileName, size);
            Requirements merged = RequirementsFile.append(read(), fileName, RequirementsFile.read(fileName, bytes));
            text.setValue(merged.text());
            source.setValue(merged.source());
            saveNow();
        } catch (ValidationException e) {
            refuse(e.getMessage());
        }
    }

    private void refuse(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    @Override
    protected void show(Requirements content) {
        text.setValue(Inputs.text(content.text()));
        source.setValue(Inputs.text(content.source()));
        dismissed = content.dismissed();
        shown = content;
    }

    /** Whether the notes or their source differ from those last shown from the database. */
    private boolean unsaved() {
        return !same(text.getValue(), shown.text()) || !same(source.getValue(), shown.source());
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    /** The technologies and data patterns the notes name, with the sentence that shows each, as the author types. */
    @Override
    protected void changed() {
        if (suggestions != null) {
            suggestions.unsaved(unsaved());
        }
        detected.removeAll();
        List<RequirementsScan.Detection> found = RequirementsScan.scan(text.getValue());
        detected.add(new H3("Detected in the requirements"));
        if (found.isEmpty()) {
            detected.add(new Paragraph("No database technology or data pattern is "
                    + "named yet (PostgreSQL, MongoDB, Redis…; audit, multi-tenancy, analytics, time series…)."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (RequirementsScan.Detection d : found) {
            Span name = new Span(d.label());
            name.addClassName("sb-requirements-detection");
            list.add(new ListItem(name, new Span(
                    (d.kind() == RequirementsScan.Kind.TECHNOLOGY ? " (technology): " : " (data pattern): ")
                            + "“" + d.sentences().get(0) + "”")));
        }
        detected.add(list);
    }

    @Override
    protected Requirements read() {
        return new Requirements(text.getValue(), source.getValue(), dismissed);
    }
}
