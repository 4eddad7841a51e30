package org.schemaboard.coverage;

/**
 * Query parameters written as {@code $1}, {@code ?} or {@code :name} turned into JDBC's {@code ?}, padded with spaces
 * to the same length, so a position the database reports in the rewritten SQL is the same in the original. String
 * literals, quoted names, comments and PostgreSQL's {@code ::type} casts are left alone.
 */
final class Parameters {

    private Parameters() {
    }

    static String toJdbc(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                out.append('?').append(" ".repeat(end - i - 1));
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                out.append('?').append(" ".repeat(end - i - 1));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The SQL with every parameter written as PostgreSQL's {@code $n} ({@code ?} numbered in order, the same
     * {@code :name} the same number), how many there are, and for each offset of the result the offset in the
     * original, so a position the server reports can be shown where the author wrote it.
     */
    record Numbered(String sql, int count, int[] origin) {
    }

    static Numbered toNumbered(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        java.util.List<Integer> origin = new java.util.ArrayList<>();
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        int count = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            String replacement = null;
            if (c == '\'' || c == '"') {
                end = closing(sql, i, c);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
            } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                count = Math.max(count, Integer.parseInt(sql.substring(i + 1, end)));
            } else if (c == '?') {
                end = i + 1;
                replacement = "$" + (++count);
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                end = i + 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                Integer n = names.get(name);
                if (n == null) {
                    n = ++count;
                    names.put(name, n);
                }
                replacement = "$" + n;
            } else {
                end = i + 1;
            }
            if (replacement == null) {
                for (int k = i; k < end; k++) {
                    origin.add(k);
                }
                out.append(sql, i, end);
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    origin.add(i);
                }
                out.append(replacement);
            }
            i = end;
        }
        origin.add(sql.length());
        return new Numbered(out.toString(), count, origin.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The index just after the literal or quoted name that starts at {@code start} (doubled quotes stay inside). */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
