package org.equityaccelerator.access.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule and the controller must read one text: a body the rule would read one way and Spring another (a declared
 * charset other than UTF-8, an overlong UTF-8 sequence that a lenient decoder reads as "o") is refused before either.
 */
class BoundedBodyTest {
    private final BoundedBody filter = new BoundedBody(1_024);

    @Test
    void anotherCharsetIsRefusedNamingTheContentType() throws Exception {
        MockHttpServletResponse response = run(request(bytes("{\"orgId\":\"LHJ-B\"}"), "application/json;charset=ISO-8859-1"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"Content-Type\"");
    }

    /** The container's encoding filter forces the request encoding to UTF-8; Spring still decodes by the header. */
    @Test
    void anotherCharsetIsRefusedEvenWhenTheRequestEncodingWasForcedToUtf8() throws Exception {
        MockHttpServletRequest request = request(bytes("{\"orgId\":\"LHJ-B\"}"), "application/json;charset=UTF-16");
        request.setCharacterEncoding("UTF-8");

        assertThat(run(request).getStatus()).isEqualTo(400);
    }

    @Test
    void anOverlongSequenceThatALenientDecoderReadsAsAKeyIsRefused() throws Exception {
        // {"orgId":"LHJ-B","\xC1\xAFrgId":"LHJ-A"}: read leniently, the second key is "orgId" too
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("{\"orgId\":\"LHJ-B\",\""));
        body.write(0xC1);
        body.write(0xAF);
        body.writeBytes(bytes("rgId\":\"LHJ-A\"}"));
        MockHttpServletResponse response = run(request(body.toByteArray(), "application/json"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
    }

    @Test
    void aUtf8BodyPassesAndItsFieldsAreReadable() throws Exception {
        MockHttpServletRequest request = request(bytes("{\"orgId\":\"LHJ-Ä\"}"), "application/json;charset=UTF-8");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(BoundedBody.field(request, "orgId")).hasValue("LHJ-Ä");
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the chain did not run").isNull();
        return response;
    }

    private static MockHttpServletRequest request(byte[] body, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/recommendations/r/endorsements");
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
