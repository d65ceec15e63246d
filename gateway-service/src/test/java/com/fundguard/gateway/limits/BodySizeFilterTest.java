package com.fundguard.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The default limits read path by path: which bodies may be uploads, and the 413 for what goes beyond. */
class BodySizeFilterTest {

    static final LimitProperties DEFAULTS = new Binder().bindOrCreate("fundguard.gateway.limits", LimitProperties.class);
    static final long UPLOAD = DataSize.ofMegabytes(20).toBytes();
    static final String E = "/api/enterprises/e-1";

    @Test
    void anErrorCasesDocumentsToAndFromTheBankAreUploadsItsOtherActsAreNot() throws Exception {
        long fiveMegabytePdfInAForm = DataSize.ofMegabytes(5).toBytes() + 2_000;

        assertThat(send(E + "/discrepancies/c-1/queries", fiveMegabytePdfInAForm).getStatus()).isEqualTo(200);
        assertThat(send(E + "/discrepancies/c-1/replies", fiveMegabytePdfInAForm).getStatus()).isEqualTo(200);
        assertThat(send(E + "/discrepancies", fiveMegabytePdfInAForm).getStatus()).isEqualTo(413);
        assertThat(send(E + "/discrepancies/c-1/proposal", fiveMegabytePdfInAForm).getStatus()).isEqualTo(413);
    }

    @Test
    void aStatementFileMayBeAsLargeAsTheUploadLimitAndNotAByteMore() throws Exception {
        assertThat(send(E + "/statements", UPLOAD).getStatus()).isEqualTo(200);

        MockHttpServletResponse tooLarge = send(E + "/statements", UPLOAD + 1);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("problems/body-too-large", "\"maxBytes\":" + UPLOAD);
    }

    @Test
    void everyOtherReconciliationBodyKeepsTheOrdinaryLimit() throws Exception {
        long twoMegabytes = DataSize.ofMegabytes(2).toBytes();
        for (String path : new String[] {E + "/statement-mappings/icbc-export", E + "/accounts/CN6222000011119999/books",
                E + "/transfers/t-1/recall"}) {
            MockHttpServletResponse response = send(path, twoMegabytes);
            assertThat(response.getStatus()).as(path).isEqualTo(413);
            assertThat(response.getContentAsString()).as(path).contains("\"maxBytes\":" + DataSize.ofMegabytes(1).toBytes());
        }
    }

    /** A request declaring a body of {@code length} bytes, through the filter; 200 when it was passed on. */
    private static MockHttpServletResponse send(String path, long length) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new BodySizeFilter(DEFAULTS).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            assertThat(response.getStatus()).isEqualTo(200);
        } else {
            assertThat(response.getStatus()).as("refused without passing the request on").isEqualTo(413);
        }
        return response;
    }
}
