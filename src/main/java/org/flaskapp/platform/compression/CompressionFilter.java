package org.flaskapp.platform.compression;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends text answers gzip-compressed to a client that accepts gzip: pages rendered for this
 * request, JSON made for it, the errors. The app does it rather than each server, so that both
 * send the same bytes and a kept body is compressed once ({@link KeptBodies}) rather than per
 * request. See {@link CompressingResponse} for what is compressed.
 */
public class CompressionFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod()) || !Gzip.acceptedBy(request)) {
            chain.doFilter(request, response);
            return;
        }
        CompressingResponse compressing = new CompressingResponse(response);
        chain.doFilter(request, compressing);
        compressing.finish();
    }
}
