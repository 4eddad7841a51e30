package org.schemaboard.finder;

/**
 * Scores how well a typed query matches a name, higher is better, {@link #NONE} for no match. Both are lower case.
 * The order a person expects: the whole name, then a prefix, then a word of the name starting with the query
 * ({@code cust} in {@code orders.customer_id}), then the query anywhere, then its letters in order with gaps
 * ({@code ordcu} for {@code order_customer}); fewer and shorter gaps and shorter names rank higher.
 */
final class FuzzyMatch {

    static final int NONE = Integer.MIN_VALUE;

    private FuzzyMatch() {
    }

    static int score(String query, String name) {
        if (query.isEmpty()) {
            return 0;
        }
        int lengthPenalty = Math.min(name.length(), 200);
        if (name.equals(query)) {
            return 100_000;
        }
        if (name.startsWith(query)) {
            return 80_000 - lengthPenalty;
        }
        int at = name.indexOf(query);
        if (at > 0) {
            boolean wordStart = !Character.isLetterOrDigit(name.charAt(at - 1));
            return (wordStart ? 60_000 : 40_000) - at - lengthPenalty;
        }
        return subsequence(query, name, lengthPenalty);
    }

    /** The query's letters in order: each gap costs, a letter at a word start earns. */
    private static int subsequence(String query, String name, int lengthPenalty) {
        int score = 20_000 - lengthPenalty;
        int from = 0;
        int previous = -1;
        for (int q = 0; q < query.length(); q++) {
            char c = query.charAt(q);
            int found = name.indexOf(c, from);
            if (found < 0) {
                return NONE;
            }
            if (found == 0 || !Character.isLetterOrDigit(name.charAt(found - 1))) {
                score += 30;
            } else if (previous >= 0 && found != previous + 1) {
                score -= 20 + Math.min(found - previous, 50);
            }
            previous = found;
            from = found + 1;
        }
        return score;
    }
}
