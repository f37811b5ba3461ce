package org.flaskapp.scaleout;

import static org.flaskapp.scaleout.ScaleOutIT.whenTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out balancer (server-config/nginx/balancer.sh, real nginx) follows its servers'
 * readiness: a server whose /health/ready says 503 gets no requests until it says 200 again.
 * The two servers here are small HTTP servers of the test, so that one can be made not ready
 * while it runs.
 */
class BalancerReadinessIT {

    private static final String SCRIPT = "server-config/nginx/balancer.sh";

    @TempDir
    Path runDir;

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<AtomicBoolean> ready = List.of(new AtomicBoolean(true), new AtomicBoolean(true));
    private int balancerPort;

    @BeforeEach
    void startServersAndBalancer() throws Exception {
        for (int n = 0; n < 2; n++) {
            int number = n + 1;
            AtomicBoolean isReady = ready.get(n);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                boolean probe = exchange.getRequestURI().getPath().equals("/health/ready");
                answer(exchange, probe && !isReady.get() ? 503 : 200, probe ? "probe" : "server " + number);
            });
            server.start();
            servers.add(server);
        }
        try (ServerSocket free = new ServerSocket(0)) {
            balancerPort = free.getLocalPort();
        }
        run("start", runDir.toString(), String.valueOf(balancerPort), port(0), port(1));
    }

    @AfterEach
    void stopAll() throws Exception {
        run("stop", runDir.toString());
        servers.forEach(server -> server.stop(0));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String port(int n) {
        return String.valueOf(servers.get(n).getAddress().getPort());
    }

    private void run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(arguments));
        ProcessBuilder script = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        script.environment().put("READINESS_SECONDS", "1");
        assertEquals(0, script.start().waitFor(), String.join(" ", command));
    }

    private String lastReadinessLine() {
        try {
            Path log = runDir.resolve("readiness.log");
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who answered 20 requests through the balancer. */
    private Set<String> answeredBy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Set<String> who = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            who.add(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + balancerPort + "/posts/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        return who;
    }

    @Test
    void aServerThatIsNotReadyGetsNoRequestsUntilItIsReadyAgain() throws Exception {
        assertEquals(Set.of("server 1", "server 2"), answeredBy());

        ready.get(1).set(false);
        whenTrue(() -> lastReadinessLine().endsWith("not ready: " + port(1)));

        assertEquals(Set.of("server 1"), answeredBy());

        ready.get(1).set(true);
        whenTrue(() -> lastReadinessLine().endsWith("not ready: none"));

        assertEquals(Set.of("server 1", "server 2"), answeredBy());
    }

    @Test
    void whenNoServerIsReadyAllStayIn() throws Exception {
        ready.get(0).set(false);
        ready.get(1).set(false);
        Thread.sleep(3000); // three rounds of probes

        assertEquals(Set.of("server 1", "server 2"), answeredBy(), "nginx's own failure handling decides");
    }
}
