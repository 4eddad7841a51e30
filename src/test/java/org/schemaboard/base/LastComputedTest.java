package org.schemaboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LastComputedTest {

    final List<String> computed = new ArrayList<>();
    final LastComputed<StringBuilder, String> last = new LastComputed<>(2);

    String compute(StringBuilder source) {
        computed.add(source.toString());
        return source.toString().toUpperCase();
    }

    @Test
    void the_same_source_is_computed_once_and_an_equal_but_other_source_again() {
        UUID design = UUID.randomUUID();
        StringBuilder v1 = new StringBuilder("v1");

        assertThat(last.get(design, v1, this::compute)).isEqualTo("V1");
        assertThat(last.get(design, v1, this::compute)).isEqualTo("V1");
        assertThat(last.get(design, new StringBuilder("v1"), this::compute)).isEqualTo("V1");

        assertThat(computed).containsExactly("v1", "v1");
    }

    @Test
    void at_most_the_given_number_of_designs_is_kept_the_least_recently_used_dropped() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        StringBuilder sa = new StringBuilder("a");
        StringBuilder sb = new StringBuilder("b");
        last.get(a, sa, this::compute);
        last.get(b, sb, this::compute);
        last.get(a, sa, this::compute); // a used last: b is the eldest
        last.get(c, new StringBuilder("c"), this::compute);

        last.get(a, sa, this::compute);
        last.get(b, sb, this::compute);

        assertThat(computed).containsExactly("a", "b", "c", "b");
    }

    @Test
    void without_a_design_nothing_is_kept() {
        StringBuilder file = new StringBuilder("file");
        last.get(null, file, this::compute);
        last.get(null, file, this::compute);
        assertThat(computed).containsExactly("file", "file");
    }
}
