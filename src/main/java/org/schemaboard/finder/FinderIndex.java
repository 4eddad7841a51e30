package org.schemaboard.finder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * The searchable names of one loaded design. Built once per model (a linear pass), then each query is one scan of
 * the lower-cased names keeping the best few in a small heap: at 10,000 tables (about 250,000 names) that stays well
 * under the 200 ms a person notices (see BENCHMARKS.md, "Finder").
 */
public final class FinderIndex {

    private final List<FinderItem> items;
    private final String[] names;

    public FinderIndex(List<FinderItem> items) {
        this.items = List.copyOf(items);
        this.names = new String[this.items.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = this.items.get(i).label().toLowerCase(Locale.ROOT);
        }
    }

    public int size() {
        return items.size();
    }

    /** The best matches for what was typed, best first; an empty query finds nothing. */
    public List<FinderItem> search(String typed, int limit) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        Comparator<Hit> worstFirst = Comparator.comparingInt(Hit::score)
                .thenComparing(Comparator.comparingInt(Hit::index).reversed());
        PriorityQueue<Hit> best = new PriorityQueue<>(limit + 1, worstFirst);
        for (int i = 0; i < names.length; i++) {
            int score = FuzzyMatch.score(query, names[i]);
            if (score == FuzzyMatch.NONE) {
                continue;
            }
            score -= items.get(i).kind().ordinal(); // an entity before an attribute of the same name
            if (best.size() < limit || score > best.peek().score()) {
                best.add(new Hit(i, score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Hit> hits = new ArrayList<>(best);
        hits.sort(worstFirst.reversed());
        return hits.stream().map(h -> items.get(h.index())).toList();
    }

    private record Hit(int index, int score) {
    }
}
