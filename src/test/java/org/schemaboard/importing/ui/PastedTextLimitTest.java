package org.schemaboard.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Pasted SQL is bounded on the server before it is held in memory: the request that carries the paste box's value is
 * refused (413) when it declares more than a full paste box takes, and cut off while read when it declares nothing;
 * the dialog refuses a longer text before reading it.
 */
class PastedTextLimitTest {

    @Test
    void a_page_message_declaring_more_than_the_limit_is_refused_before_its_body_is_read() throws Exception {
        PastedTextLimit limit = new PastedTextLimit(1000);
        MockHttpServletRequest request = uidl(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();

        limit.doFilter(request, response, (req, res) -> passed.set(true));

        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getErrorMessage()).isEqualTo(SqlImportService.PASTED_TOO_LARGE);
    }

    @Test
    void a_page_message_of_unknown_length_is_cut_off_at_the_limit() throws Exception {
        PastedTextLimit limit = new PastedTextLimit(1000);
        MockHttpServletRequest request = uidl(new byte[5000]);
        request.removeHeader("Content-Length");

        limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            byte[] buffer = new byte[100];
            assertThatThrownBy(() -> {
                while (req.getInputStream().read(buffer, 0, buffer.length) > 0) {
                    // reading on
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("over 1000 bytes");
        });
    }

    @Test
    void a_page_message_within_the_limit_passes_whole() throws Exception {
        PastedTextLimit limit = new PastedTextLimit(1000);
        MockHttpServletRequest request = uidl(new byte[1000]);
        AtomicBoolean passed = new AtomicBoolean();

        limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            assertThat(req.getInputStream().readAllBytes()).hasSize(1000);
            passed.set(true);
        });

        assertThat(passed).isTrue();
    }

    @Test
    void the_limit_fits_a_full_paste_box_and_is_far_below_what_an_unbounded_request_could_hold() {
        assertThat(PastedTextLimit.MAX_REQUEST_BYTES)
                .isGreaterThanOrEqualTo((long) SqlImportService.MAX_CHARACTERS * PastedTextLimit.BYTES_PER_CHARACTER)
                .isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void the_dialog_refuses_pasted_text_over_the_import_limit() {
        assertThat(SqlImportDialog.tooLong("x".repeat(SqlImportService.MAX_CHARACTERS))).isFalse();
        assertThat(SqlImportDialog.tooLong("x".repeat(SqlImportService.MAX_CHARACTERS + 1))).isTrue();
    }

    private static MockHttpServletRequest uidl(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContentType("application/json; charset=UTF-8");
        request.setContent(body);
        return request;
    }
}
