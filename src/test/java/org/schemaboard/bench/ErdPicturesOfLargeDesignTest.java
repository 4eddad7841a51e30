package org.schemaboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.ExportSources;
import org.schemaboard.export.SpecificationZip;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ER pictures of the export over a 600-entity generated design with ten subject areas (more than the 150 an overview draws one by one;
 * smaller than the 2,000 of the benchmarks to keep CI quick): the overview shows
 * the areas as boxes (not 600 entities), each area has a figure of its own, the ZIP holds them as SVG files, the
 * HTML embeds them and the Markdown links them; no picture grows past a bound.
 */
@ServiceTest
class ErdPicturesOfLargeDesignTest {

    /** The largest picture allowed, in pixels along either side, and in bytes. */
    static final int MAX_SIDE = 8_000;
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Autowired
    TestData data;
    @Autowired
    DesignService designs;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DiagramService diagrams;
    @Autowired
    DesignModelService models;
    @Autowired
    ExportSources exportSources;

    @Test
    void a_600_entity_design_exports_an_area_overview_and_one_bounded_figure_per_subject_area() {
        String owner = data.account("erd");
        UUID designId = data.as(owner, () -> designs.create(new DesignDraft(TestData.designName("Large ERD"),
                TargetDatabase.POSTGRESQL, null)));
        UUID actor = accounts.findByUsername(owner).orElseThrow().id();
        new LargeDesignGenerator(db, transaction, 21L).generate(designId, actor,
                new LargeDesignGenerator.Size(600, 12_000, 900, 60, 0));
        List<Entity> entities = data.as(owner, () -> models.load(designId)).entities();
        for (int a = 0; a < 10; a++) {
            List<UUID> members = new ArrayList<>(entities.subList(a * 40, a * 40 + 40).stream().map(Entity::id)
                    .toList());
            String name = "Area " + (a + 1);
            data.as(owner, () -> diagrams.createArea(designId, name, members));
        }

        long start = System.nanoTime();
        ExportSource source = data.as(owner, () -> exportSources.of(designId));
        Map<String, String> files = SpecificationZip.files(source, file -> { }, Runnable::run);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(files).containsKey("erd.svg").containsKey("erd-area-1.svg").containsKey("erd-area-10.svg");
        String overview = files.get("erd.svg");
        assertThat(overview).contains("sb-overview").contains(">Area 7<").contains("Entities in no subject area")
                .contains("200 entities");
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().endsWith(".svg")) {
                int[] size = size(file.getValue());
                System.out.printf("%s: %d x %d px, %,d bytes%n", file.getKey(), size[0], size[1],
                        file.getValue().length());
                assertThat(size[0]).as(file.getKey() + " width").isLessThanOrEqualTo(MAX_SIDE);
                assertThat(size[1]).as(file.getKey() + " height").isLessThanOrEqualTo(MAX_SIDE);
                assertThat(file.getValue().length()).as(file.getKey() + " bytes").isLessThan(MAX_BYTES);
            }
        }
        String html = files.get("database-design.html");
        assertThat(html).contains("sb-overview").contains("<figcaption>Subject area: Area 1</figcaption>")
                .contains("<figcaption>Subject area: Area 10</figcaption>");
        assertThat(files.get("database-design.md")).contains("[whole design](erd.svg)")
                .contains("[Area 3](erd-area-3.svg)");
        try {
            // kept for looking at: target/erd-large/erd.svg and an area
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "erd-large"));
            java.nio.file.Files.writeString(dir.resolve("erd.svg"), overview);
            java.nio.file.Files.writeString(dir.resolve("erd-area-1.svg"), files.get("erd-area-1.svg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.printf("export of the 600-entity design with its pictures: %,d ms%n", millis);
    }

    /** The width and height an SVG declares. */
    static int[] size(String svg) {
        Matcher w = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)").matcher(svg);
        Matcher h = Pattern.compile("<svg[^>]*?\\sheight=\"([0-9.]+)").matcher(svg);
        return new int[] {w.find() ? (int) Double.parseDouble(w.group(1)) : -1,
                h.find() ? (int) Double.parseDouble(h.group(1)) : -1};
    }
}
