package org.schemaboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.diagram.AutoLayout;
import org.schemaboard.diagram.Box;
import org.schemaboard.diagram.DiagramLayout;
import org.schemaboard.diagram.DiagramSvg;
import org.schemaboard.diagram.Models;
import org.schemaboard.diagram.Placement;
import org.schemaboard.diagram.Point;
import org.schemaboard.model.DesignModel;

/**
 * Diagram benchmark (issue 9), outside mvn verify:
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.DiagramBenchmark}.
 *
 * <p>Layout (ELK) and SVG of generated designs of 100, 500 and 2,000 entities (goal: under 2 s for 2,000), and the
 * server-side work of opening a 50-entity subject area of the 500-entity design (goal: under 300 ms) — first open
 * (automatic layout) and later opens (stored positions). Pure functions, so no database: the model load is measured
 * by ModelBenchmark. Wall-clock and CPU time of the measuring thread are both printed; on a shared, loaded machine
 * CPU time is the steadier figure. Writes the drawn SVGs to target/bench/ for looking at.
 */
public final class DiagramBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DiagramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        System.out.println("# Diagram benchmark " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average before: "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        int[] sizes = Arrays.stream(System.getProperty("bench.diagramSizes", "100,500,2000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        System.out.println("| entities | relationships | layout wall ms (median / max) | layout CPU ms | "
                + "SVG wall ms | SVG CPU ms | total wall ms (median) | SVG size | overlaps |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            DesignModel model = Models.large(n);
            int runs = n >= 2000 ? 5 : 7;
            int warmups = n >= 2000 ? 2 : 4;
            long[][] t = new long[runs][4];
            DiagramLayout layout = null;
            String svg = null;
            for (int i = 0; i < warmups + runs; i++) {
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                layout = AutoLayout.of(model);
                long w1 = System.nanoTime();
                long c1 = THREADS.getCurrentThreadCpuTime();
                svg = DiagramSvg.svg(model, layout);
                long w2 = System.nanoTime();
                long c2 = THREADS.getCurrentThreadCpuTime();
                if (i >= warmups) {
                    t[i - warmups] = new long[] {w1 - w0, c1 - c0, w2 - w1, c2 - c1};
                }
            }
            Files.writeString(out.resolve("diagram-" + n + ".svg"), svg);
            System.out.printf("| %,d | %,d | %s / %s | %s | %s | %s | %s | %,d KB | %d |%n", n,
                    model.relationships().size(), ms(median(t, 0)), ms(max(t, 0)), ms(median(t, 1)),
                    ms(median(t, 2)), ms(median(t, 3)), ms(medianSum(t)), svg.length() / 1024, overlaps(layout));
        }

        DesignModel design = Models.large(500);
        Set<UUID> area = Placement.neighbourhoodOfHub(design, 50);
        long[] first = new long[9];
        long[] later = new long[9];
        Map<UUID, Point> stored = new LinkedHashMap<>();
        DiagramLayout areaLayout = null;
        String areaSvg = null;
        for (int i = 0; i < 5 + first.length; i++) {
            long w0 = System.nanoTime();
            areaLayout = Placement.complete(design, area, Map.of(), Map.of());
            areaSvg = DiagramSvg.svg(design, areaLayout);
            long w1 = System.nanoTime();
            if (stored.isEmpty()) {
                areaLayout.boxes().forEach((id, b) -> stored.put(id, new Point(b.x(), b.y())));
            }
            DiagramLayout again = Placement.complete(design, area, stored, areaLayout.routes());
            DiagramSvg.svg(design, again);
            long w2 = System.nanoTime();
            if (i >= 5) {
                first[i - 5] = w1 - w0;
                later[i - 5] = w2 - w1;
            }
        }
        Files.writeString(out.resolve("diagram-500-area-50.svg"), areaSvg);
        Arrays.sort(first);
        Arrays.sort(later);
        System.out.printf("%nSubject area of %d entities in the 500-entity design: first open (automatic layout + SVG) "
                        + "median %s ms, max %s ms; later opens (stored positions + SVG) median %s ms, max %s ms; "
                        + "overlaps %d%n", area.size(), ms(first[first.length / 2]), ms(first[first.length - 1]),
                ms(later[later.length / 2]), ms(later[later.length - 1]), overlaps(areaLayout));
        System.out.println("Load average after: "
                + String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private static int overlaps(DiagramLayout layout) {
        Box[] boxes = layout.boxes().values().toArray(Box[]::new);
        int count = 0;
        for (int i = 0; i < boxes.length; i++) {
            for (int j = i + 1; j < boxes.length; j++) {
                if (boxes[i].overlaps(boxes[j])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long median(long[][] t, int column) {
        long[] v = Arrays.stream(t).mapToLong(r -> r[column]).sorted().toArray();
        return v[v.length / 2];
    }

    private static long max(long[][] t, int column) {
        return Arrays.stream(t).mapToLong(r -> r[column]).max().orElse(0);
    }

    private static long medianSum(long[][] t) {
        long[] v = Arrays.stream(t).mapToLong(r -> r[0] + r[2]).sorted().toArray();
        return v[v.length / 2];
    }

    private static String ms(long nanos) {
        return String.format("%,d", nanos / 1_000_000);
    }
}
