package org.schemaboard.diagram;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample diagrams to target/ for looking at them (not a test). */
public final class DiagramSmoke {
    public static void main(String[] args) throws Exception {
        var shop = Models.shop();
        Files.writeString(Path.of("target/shop.svg"), DiagramSvg.svg(shop, AutoLayout.of(shop)));
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var large = Models.large(n);
        for (int i = 0; i < Integer.getInteger("warm", 0); i++) {
            DiagramSvg.svg(large, AutoLayout.of(large));
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = mx.getCurrentThreadCpuTime();
        var layout = AutoLayout.of(large);
        long t2 = mx.getCurrentThreadCpuTime();
        String svg = DiagramSvg.svg(large, layout);
        long t3 = mx.getCurrentThreadCpuTime();
        System.out.printf("layout %d ms, svg %d ms, %d KB%n", (t2 - t) / 1_000_000, (t3 - t2) / 1_000_000, svg.length() / 1024);
        Files.writeString(Path.of("target/large.svg"), svg);
    }
}
