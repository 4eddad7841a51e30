package org.schemaboard.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.schemaboard.export.DbmlWriter;
import org.schemaboard.export.PlantUmlErd;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.export.ExportSource;

/** The formats {@code export --format} knows, by the names typed on the command line. */
enum ExportFormat {
    ZIP("zip"), MARKDOWN("md"), HTML("html"), JSON("json"), DDL_POSTGRESQL("ddl-postgresql"), DDL_MYSQL("ddl-mysql"),
    DDL_H2("ddl-h2"), MERMAID("mermaid"), DBML("dbml"), PLANTUML("plantuml");

    private final String option;

    ExportFormat(String option) {
        this.option = option;
    }

    /** The name typed after {@code --format}. */
    String option() {
        return option;
    }

    static Optional<ExportFormat> of(String option) {
        return Arrays.stream(values()).filter(f -> f.option.equals(option)).findFirst();
    }

    static String options() {
        return Arrays.stream(values()).map(f -> f.option).collect(Collectors.joining(", "));
    }

    /** The file's bytes: UTF-8 text, or the ZIP of every format (its files rendered side by side on {@code work}). */
    byte[] render(ExportSource source, Executor work) {
        return switch (this) {
            case ZIP -> {
                ByteArrayOutputStream zip = new ByteArrayOutputStream();
                SpecificationZip.write(source, zip, work);
                yield zip.toByteArray();
            }
            case MARKDOWN -> utf8(SpecificationExport.markdown(source));
            case HTML -> utf8(SpecificationExport.html(source));
            case JSON -> utf8(DesignJson.write(source));
            case DDL_POSTGRESQL -> utf8(SpecificationExport.ddl(source, SqlDialectChoice.POSTGRESQL));
            case DDL_MYSQL -> utf8(SpecificationExport.ddl(source, SqlDialectChoice.MYSQL));
            case DDL_H2 -> utf8(SpecificationExport.ddl(source, SqlDialectChoice.H2));
            case MERMAID -> utf8(SpecificationExport.mermaid(source.model()));
            case DBML -> utf8(DbmlWriter.write(source.model(), source.subjectAreas()));
            case PLANTUML -> utf8(PlantUmlErd.render(source.model()));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
