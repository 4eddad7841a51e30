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
        long t = System.nanoTime();
        var layout = AutoLayout.of(large);
        long t2 = System.nanoTime();
        String svg = DiagramSvg.svg(large, layout);
        long t3 = System.nanoTime();
        System.out.printf("layout %d ms, svg %d ms, %d KB%n", (t2 - t) / 1_000_000, (t3 - t2) / 1_000_000, svg.length() / 1024);
        Files.writeString(Path.of("target/large.svg"), svg);
    }
}
