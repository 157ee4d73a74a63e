package org.equityaccelerator.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body once, up to a limit: a larger one is refused with 400 naming {@code body} before anything
 * else runs (nothing is appended). The bytes are kept so that an access rule can read the target from the body and
 * the controller still gets the whole body.
 */
public final class BoundedBody extends OncePerRequestFilter {
    private static final String BYTES = BoundedBody.class.getName() + ".bytes";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final int maxBytes;

    public BoundedBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            Problems.invalidInput(request, response, "body", "at most " + maxBytes + " bytes");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            Problems.invalidInput(request, response, "body", "at most " + maxBytes + " bytes");
            return;
        }
        if (body.length > 0 && !isUtf8(declaredCharset(request.getContentType()))) {
            Problems.invalidInput(request, response, "Content-Type", "request bodies must be JSON in UTF-8");
            return;
        }
        if (body.length > 0 && !strictUtf8(body)) {
            Problems.invalidInput(request, response, "body", "is not valid UTF-8");
            return;
        }
        request.setAttribute(BYTES, body);
        chain.doFilter(new Cached(request, body), response);
    }

    /**
     * An access rule reads the target from these bytes, the controller binds the same bytes: both must read one text.
     * Another declared charset, or bytes a lenient decoder reads differently (overlong sequences), would let a rule
     * see one id and the command act on another.
     */
    /**
     * The charset the Content-Type header declares, which is what Spring's JSON converter decodes with; not
     * {@code getCharacterEncoding()}, which the servlet container's encoding filter may already have forced to UTF-8.
     */
    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            java.nio.charset.Charset charset = org.springframework.http.MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? null : charset.name();
        } catch (org.springframework.http.InvalidMediaTypeException | java.nio.charset.UnsupportedCharsetException e) {
            return "unreadable";
        }
    }

    private static boolean isUtf8(String declared) {
        return declared == null || declared.equalsIgnoreCase("UTF-8") || declared.equalsIgnoreCase("UTF8");
    }

    private static boolean strictUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A top-level text field of the JSON body, if the body is JSON and has it. */
    public static Optional<String> field(HttpServletRequest request, String name) {
        Object bytes = request.getAttribute(BYTES);
        if (!(bytes instanceof byte[] body) || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode value = JSON.readTree(body).get(name);
            return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static final class Cached extends HttpServletRequestWrapper {
        private final byte[] body;

        Cached(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.markSupported() && available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException e) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
