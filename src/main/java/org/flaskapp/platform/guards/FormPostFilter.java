package org.flaskapp.platform.guards;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every form post once, before Faces, and refuses what no view could use, with a view that
 * says so and nothing stored: 405 for another method; 413 over {@value #MAX_FORM_BYTES} bytes,
 * announced or chunked (the servers' own limits fail with a 500 or drop fields); 415 for anything
 * but a urlencoded UTF-8 form; 400 for one that does not decode, names a field twice (no form of
 * the site does, and a value would be lost) or ends early. The rest reaches Faces decoded here, the
 * same on every server ({@link DecodedFormRequest}).
 */
public class FormPostFilter extends HttpFilter {

    /** The largest form post accepted, in bytes (1 MiB, well below the servers' own limits). */
    public static final int MAX_FORM_BYTES = 1024 * 1024;

    /** Up to this much of a refused body is read and dropped, so that the browser, which
     *  sends the whole body before it reads the response, gets to see the view. */
    private static final long MAX_DRAINED_BYTES = 16 * 1024 * 1024;

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.setHeader("Allow", String.join(", ", "GET", "HEAD", "POST"));
            Refusal.METHOD_NOT_ALLOWED.send(request, response);
        } else if (!"POST".equals(method)) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > MAX_FORM_BYTES) {
            drain(request.getInputStream(), Math.min(request.getContentLengthLong(), MAX_DRAINED_BYTES));
            Refusal.TOO_LARGE.send(request, response);
        } else if (!isUtf8Form(request.getContentType())) {
            drain(request.getInputStream(), MAX_DRAINED_BYTES);
            Refusal.UNSUPPORTED_MEDIA_TYPE.send(request, response);
        } else {
            readForm(request, response, chain);
        }
    }

    private static void readForm(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        InputStream body = request.getInputStream();
        byte[] upToTheLimit;
        try {
            upToTheLimit = body.readNBytes(MAX_FORM_BYTES + 1); // a chunked body announces no length
        } catch (IOException clientStoppedSending) { // one server's way to say the body ended early
            Refusal.BAD_REQUEST.send(request, response);
            return;
        }
        if (upToTheLimit.length > MAX_FORM_BYTES) {
            drain(body, MAX_DRAINED_BYTES);
            Refusal.TOO_LARGE.send(request, response);
            return;
        }
        if (upToTheLimit.length < request.getContentLengthLong()) { // the client stopped half-way
            Refusal.BAD_REQUEST.send(request, response);
            return;
        }
        DecodedFormRequest decoded;
        try {
            decoded = DecodedFormRequest.of(request, upToTheLimit);
        } catch (UrlEncodedForm.MalformedFormException malformed) {
            Refusal.BAD_REQUEST.send(request, response);
            return;
        }
        chain.doFilter(decoded, response);
    }

    /** Whether a Content-Type names a urlencoded form, in UTF-8 if it names a charset at all. */
    static boolean isUtf8Form(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals(FORM)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** Reads and drops up to {@code atMost} bytes of a refused body; a client that stops sending ends it. */
    private static void drain(InputStream body, long atMost) {
        byte[] buffer = new byte[8192];
        long left = atMost;
        int read;
        try {
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException clientStoppedSending) {
            // the refusal is sent all the same; the connection closes after it
        }
    }
}
