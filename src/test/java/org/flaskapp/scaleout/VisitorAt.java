package org.flaskapp.scaleout;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A visitor at a loopback address of its own (127.0.0.2, 127.0.0.3, ...): every request goes over a
 * socket bound to it, so the balancer sees that address as the client's (Java's HttpClient cannot
 * choose its source address). One request per connection; no cookies (a visitor has none).
 */
final class VisitorAt {

    private final InetAddress address;
    private final URL site;

    VisitorAt(String address, URL site) {
        try {
            this.address = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.site = site;
    }

    /** Signs in on /login/ as a browser would; returns the status (302 signed in, 401 refused, 429 held). */
    int signIn(String name, String password) {
        String page = exchange("GET " + site.getPath() + "login/ HTTP/1.1\r\n", new byte[0]).body;
        Element form = Jsoup.parse(page).getElementById("sign-in-form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]:not([type=submit])").forEach(field -> fields.put(field.attr("name"), field.val()));
        fields.put("name", name);
        fields.put("password", password);
        fields.put("sign-in", form.select("[name=sign-in]").val());
        byte[] body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
        return exchange("POST " + form.attr("action") + " HTTP/1.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n", body).status;
    }

    private record Answer(int status, String body) {
    }

    private Answer exchange(String head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(site.getHost(), site.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: " + site.getHost() + ":" + site.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.split(" ", 3)[1]);
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
