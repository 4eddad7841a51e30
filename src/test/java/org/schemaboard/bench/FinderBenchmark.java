package org.schemaboard.bench;

import java.util.List;
import org.schemaboard.finder.FinderDesigns;
import org.schemaboard.finder.FinderIndex;
import org.schemaboard.finder.FinderItems;
import org.schemaboard.model.DesignModel;

/**
 * The finder at 10,000 tables: building the index of a loaded model, and one query (as typed, letter by letter).
 * {@code mvn -Pbenchmark -DskipTests test-compile exec:java -Dbench.main=org.schemaboard.bench.FinderBenchmark}
 * ({@code -Dbench.tables=…} changes the size).
 */
public final class FinderBenchmark {

    private FinderBenchmark() {
    }

    public static void main(String[] args) {
        int tables = Integer.getInteger("bench.tables", 10_000);
        System.out.println("Machine: " + Machine.describe() + " · load " + Machine.load());
        DesignModel model = FinderDesigns.large(tables);
        Stats build = new Stats();
        FinderIndex index = null;
        for (int i = 0; i < 8; i++) {
            long t = System.nanoTime();
            index = FinderItems.index(model, List.of(), List.of());
            if (i >= 3) {
                build.add((System.nanoTime() - t) / 1e6);
            }
        }
        List<String> typed = List.of("c", "cu", "cus", "cust", "custo", "customer_inv", "ix_pay", "fk_ship",
                "wrhs", "find order", "zzzz", "ledger_note_7");
        for (int i = 0; i < 20; i++) {
            for (String q : typed) {
                index.search(q, 12);
            }
        }
        Stats query = new Stats();
        for (int i = 0; i < 20; i++) {
            for (String q : typed) {
                long t = System.nanoTime();
                index.search(q, 12);
                query.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.println(tables + " tables, " + index.size() + " names");
        System.out.println(Stats.header());
        System.out.println(build.row("build the index"));
        System.out.println(query.row("one query (12 typed queries × 20)"));
        System.out.println("Load after: " + Machine.load());
    }
}
