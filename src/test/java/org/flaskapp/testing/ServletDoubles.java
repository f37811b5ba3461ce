package org.flaskapp.testing;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Just enough of a servlet request and response to run a filter outside a server, for the unit
 * tests of filters. Anything a filter asks that is not here fails loudly, so a test never passes
 * on an answer nobody chose.
 */
public final class ServletDoubles {

    private ServletDoubles() {
    }

    /** A request: method, servlet path, query (or null), session id sent (or null), headers (name, value...). */
    public static HttpServletRequest request(String method, String servletPath, String query, String sessionId,
                                             String... headers) {
        // an id sent here names a live session, but no session is created while a filter runs here
        return request(method, servletPath, query, sessionId, null, null, headers);
    }

    /** A GET of {@code user}, signed in with {@code session}. */
    public static HttpServletRequest signedInGet(String servletPath, String query, HttpSession session, String user) {
        return request("GET", servletPath, query, session.getId(), session, () -> user);
    }

    private static HttpServletRequest request(String method, String servletPath, String query, String sessionId,
            HttpSession session, java.security.Principal user, String... headers) {
        Map<String, String> headerValues = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            headerValues.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
        }
        Map<String, Object> attributes = new HashMap<>();
        return proxy(HttpServletRequest.class, (self, method1, args) -> switch (method1.getName()) {
            case "getMethod" -> method;
            case "getServletPath" -> servletPath;
            case "getQueryString" -> query;
            case "getRequestedSessionId" -> sessionId;
            case "isRequestedSessionIdValid" -> sessionId != null;
            case "getSession" -> session;
            case "getUserPrincipal" -> user;
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getHeader" -> headerValues.get(((String) args[0]).toLowerCase(Locale.ROOT));
            // The address the request came to: its Host header, as the servers read it.
            case "getScheme" -> "http";
            case "getServerName" -> headerValues.getOrDefault("host", "localhost").replaceAll(":[0-9]+$", "");
            case "getServerPort" -> Integer.valueOf(headerValues.getOrDefault("host", "localhost").matches(".*:[0-9]+")
                    ? headerValues.get("host").replaceAll("^.*:", "") : "80");
            case "getContextPath" -> "";
            default -> unsupported(method1);
        });
    }

    /** An HTTP session that holds attributes. */
    public static HttpSession session() {
        return session("session-double");
    }

    /** An HTTP session with the id {@code id} that holds attributes. */
    public static HttpSession session(String id) {
        Map<String, Object> attributes = new HashMap<>();
        return proxy(HttpSession.class, (self, method, args) -> switch (method.getName()) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getId" -> id;
            default -> unsupported(method);
        });
    }

    /** A form post of a visitor with {@code session} (or null), with its decoded fields (name, value...). */
    public static HttpServletRequest post(HttpSession session, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        return proxy(HttpServletRequest.class, (self, method, args) -> switch (method.getName()) {
            case "getMethod" -> "POST";
            case "getSession" -> session;
            case "getParameter" -> values.get((String) args[0]);
            // a refusal's view: forwarding to it renders nothing here
            case "getRequestDispatcher" -> proxy(jakarta.servlet.RequestDispatcher.class, (dispatcher, call, callArgs) -> null);
            default -> unsupported(method);
        });
    }

    /** A response that records what was set and written. */
    public static final class Response {

        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, String> headerNames = new LinkedHashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final StringWriter text = new StringWriter();
        private int status = HttpServletResponse.SC_OK;
        private String contentType;
        private final HttpServletResponse servletResponse = proxy(HttpServletResponse.class, this::answer);

        public HttpServletResponse servletResponse() {
            return servletResponse;
        }

        public int status() {
            return status;
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public String contentType() {
            return contentType;
        }

        /** The body as text: what was written through the writer, then what was written as bytes. */
        public String body() {
            return text + bytes.toString(charset());
        }

        private Object answer(Object self, Method method, Object[] args) {
            return switch (method.getName()) {
                case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                }
                case "getStatus" -> status;
                case "setHeader" -> {
                    headers.put(key((String) args[0]), new ArrayList<>(List.of((String) args[1])));
                    yield null;
                }
                case "addHeader" -> {
                    headers.computeIfAbsent(key((String) args[0]), any -> new ArrayList<>()).add((String) args[1]);
                    yield null;
                }
                case "containsHeader" -> headers.containsKey(((String) args[0]).toLowerCase(Locale.ROOT));
                case "getHeader" -> header((String) args[0]);
                case "getHeaders" -> List.copyOf(headers.getOrDefault(((String) args[0]).toLowerCase(Locale.ROOT), List.of()));
                case "getHeaderNames" -> headers.keySet().stream().map(headerNames::get).toList();
                case "setContentType" -> {
                    contentType = (String) args[0];
                    yield null;
                }
                case "getContentType" -> contentType;
                case "getCharacterEncoding" -> charset().name();
                case "setContentLength", "setContentLengthLong" -> {
                    headers.put(key("Content-Length"), new ArrayList<>(List.of(String.valueOf(args[0]))));
                    yield null;
                }
                case "getWriter" -> new PrintWriter(text, true);
                case "getOutputStream" -> outputStream();
                case "isCommitted" -> false;
                default -> unsupported(method);
            };
        }

        private String key(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            headerNames.put(key, name);
            return key;
        }

        private Charset charset() {
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
                return Charset.forName(contentType.substring(contentType.toLowerCase(Locale.ROOT).indexOf("charset=") + 8));
            }
            return StandardCharsets.ISO_8859_1; // the servlet default
        }

        private ServletOutputStream outputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(ServletDoubles.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> method.getDeclaringClass() == Object.class
                        ? objectMethod(self, method, args)
                        : handler.invoke(self, method, args)));
    }

    private static Object objectMethod(Object self, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "servlet double";
        };
    }

    private static Object unsupported(Method method) {
        throw new UnsupportedOperationException("not in this test double: " + method.getName());
    }
}
