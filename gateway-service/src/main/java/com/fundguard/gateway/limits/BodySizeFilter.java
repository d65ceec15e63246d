package com.fundguard.gateway.limits;

import com.fundguard.gateway.access.AccessDecision;
import com.fundguard.gateway.access.AccessDecision.Outcome;
import com.fundguard.gateway.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * 413 problem details for a body larger than the path accepts, before any service reads it. A declared
 * Content-Length over the limit is refused at once; a chunked body is counted as it streams through and cut off
 * at the limit (the service sees a broken request, never a truncated one it could take for whole).
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    private final List<PathPattern> uploadPaths;

    BodySizeFilter(LimitProperties properties) {
        this.limit = properties.body().toBytes();
        this.uploadLimit = properties.uploadBody().toBytes();
        this.uploadPaths = properties.uploadPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = limitOf(request);
        if (request.getContentLengthLong() > allowed) {
            refuse(request, response, allowed);
            return;
        }
        CountingRequest counted = new CountingRequest(request, allowed);
        try {
            chain.doFilter(counted, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!counted.exceeded) {
                throw e;
            }
            refuse(request, response, allowed);
        }
    }

    private long limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return uploadPaths.stream().anyMatch(p -> p.matches(path)) ? uploadLimit : limit;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long allowed) throws IOException {
        AccessDecision.of(request).orElse(AccessDecision.of(Outcome.BODY_TOO_LARGE, null))
                .refused(Outcome.BODY_TOO_LARGE).keepOn(request);
        Outcome outcome = Outcome.BODY_TOO_LARGE;
        var problem = Problems.of(outcome.status(), outcome.kind(), outcome.title(), outcome.detail());
        problem.setProperty("maxBytes", allowed);
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }

    /** Counts what is read and fails the read that goes past the limit. */
    private static final class CountingRequest extends HttpServletRequestWrapper {

        private final long allowed;
        private long read;
        private boolean exceeded;
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest request, long allowed) {
            super(request);
            this.allowed = allowed;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream original = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = original.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = original.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return original.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        original.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > allowed) {
                exceeded = true;
                throw new IOException("request body larger than " + allowed + " bytes");
            }
        }
    }
}
