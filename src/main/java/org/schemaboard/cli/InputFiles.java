package org.schemaboard.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.schemaboard.base.ValidationException;
import org.schemaboard.export.DesignJson;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.importing.BoundedInput;
import org.schemaboard.importing.InputTooLargeException;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.dbml.DbmlPlan;
import org.schemaboard.importing.er.ErImportService;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;

/**
 * The files a command reads or writes, checked before Spring starts: an output file that cannot be written, or an
 * input that is missing, too large, not UTF-8 or broken, is refused with its reason (and its line and column) before
 * any database is opened.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The output file, refused before any work when it cannot be written. */
    static Path writableFile(String name) {
        Path file = Path.of(name).toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new BadInputException("Cannot write " + file + ": it is a directory");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("Cannot write " + file + ": the directory " + folder + " does not exist");
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new BadInputException("Cannot write " + file + ": permission denied");
        }
        return file;
    }

    /** The file's text, already checked to be a design file, so a broken one is refused before Spring starts. */
    static String readDesignFile(Path file) {
        String json;
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException("Cannot read " + file + ": it is a directory");
            }
            json = BoundedInput.readUtf8(file, DesignImportService.MAX_BYTES, "file", DesignImportService.TOO_LARGE);
        } catch (InputTooLargeException e) {
            throw new BadInputException("Cannot import " + file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new BadInputException("Cannot read " + file + ": there is no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("Cannot read " + file + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + CommandLine.describe(e));
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        try {
            DesignJson.read(json);
        } catch (DesignJsonException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        return json;
    }

    /**
     * The dump read into a plan before Spring starts, so a missing, oversized or broken file is refused without
     * opening (or creating) a database. The plan's findings are what the preview shows; a plan that cannot be
     * imported is bad input, reported with the line and column where the trouble is.
     */
    static ImportPlan readSqlFile(Path file, ImportDialect dialect) {
        String sql = readTextFile(file);
        ImportPlan plan;
        try {
            plan = SqlImportService.read(sql, dialect);
        } catch (ValidationException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        if (plan.problem() != null) {
            throw new BadInputException(file + ": " + plan.problem() + ". Nothing was imported.");
        }
        return plan;
    }

    /** A DBML file read and checked before Spring starts: a broken one names its line and column. */
    static DbmlPlan readDbmlFile(Path file) {
        DbmlPlan plan;
        try {
            plan = DbmlImportService.read(readTextFile(file), null);
        } catch (ValidationException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        if (!plan.importable()) {
            throw new BadInputException(file + ": " + plan.plan().problem() + ". Nothing was imported.");
        }
        return plan;
    }

    /** A Mermaid or PlantUML ER diagram read and checked before Spring starts: a broken one names line and column. */
    static ImportPlan readErFile(Path file, ErImportService.Format format) {
        ImportPlan plan;
        String text = readTextFile(file);
        try {
            plan = ErImportService.read(text, format != null ? format : ErImportService.Format.detect(text), null);
        } catch (ValidationException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        if (plan.problem() != null) {
            throw new BadInputException(file + ": " + plan.problem() + ". Nothing was imported.");
        }
        return plan;
    }

    /** A UTF-8 text file of at most the import limit, without a byte order mark. */
    static String readTextFile(Path file) {
        String sql;
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException("Cannot read " + file + ": it is a directory");
            }
            // counted while read, so a pipe or a file still growing is stopped at the limit too
            sql = BoundedInput.readUtf8(file, SqlImportService.MAX_CHARACTERS, "file", SqlImportService.TOO_LARGE);
        } catch (InputTooLargeException e) {
            throw new BadInputException("Cannot import " + file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new BadInputException("Cannot read " + file + ": there is no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("Cannot read " + file + ": it is not UTF-8 text (convert it first, e.g. "
                    + "iconv -f latin1 -t utf-8)");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + CommandLine.describe(e));
        }
        return sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
    }
}
