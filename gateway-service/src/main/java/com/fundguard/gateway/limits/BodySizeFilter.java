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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * 413 problem details for a body larger than the path accepts, before any service reads a byte of it. A declared
 * Content-Length over the limit is refused at once. A body without one (chunked) is read here up to the limit
 * first: a service must never get the beginning of a body that turns out too large, as it could not tell it from
 * a whole one. That costs at most one limit of memory per such request, and clients that declare their length
 * (every browser and the apps) never pay it.
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
        long declared = request.getContentLengthLong();
        if (declared > allowed) {
            refuse(request, response, allowed);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, allowed + 1));
        if (body.length > allowed) {
            refuse(request, response, allowed);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
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
        // The rest of the body is not read: the connection cannot be reused.
        response.setHeader("Connection", "close");
        Problems.write(response, problem);
    }

    /** The request with its body already read, now of known length. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
