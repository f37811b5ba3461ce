package org.flaskapp.platform.guards;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form post whose body {@link FormPostFilter} has read and decoded: the body comes from memory,
 * and the fields are those of the query string and then of the body, decoded strictly (see
 * {@link UrlEncodedForm}), so that every server hands the views the same fields.
 */
final class DecodedFormRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    private DecodedFormRequest(HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
        super(request);
        this.body = body;
        this.parameters = parameters;
    }

    /**
     * The request with {@code body}, a urlencoded form, as its body.
     *
     * @throws UrlEncodedForm.MalformedFormException when the query string or the body is not a
     *                                               well-formed form in UTF-8, or names a field twice
     */
    static DecodedFormRequest of(HttpServletRequest request, byte[] body) throws UrlEncodedForm.MalformedFormException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            UrlEncodedForm.decodeInto(fields, request.getQueryString().getBytes(StandardCharsets.ISO_8859_1));
        }
        UrlEncodedForm.decodeInto(fields, body);
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getValue().size() > 1) {
                throw new UrlEncodedForm.MalformedFormException("the field " + field.getKey() + " is sent twice");
            }
            parameters.put(field.getKey(), field.getValue().toArray(String[]::new));
        }
        return new DecodedFormRequest(request, body, Collections.unmodifiableMap(parameters));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has been read already");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
