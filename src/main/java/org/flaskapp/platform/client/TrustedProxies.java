package org.flaskapp.platform.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@value #SETTING}: addresses separated by
 * commas; none by default, so that no visitor can name their own address by sending the header).
 */
@ApplicationScoped
public class TrustedProxies {

    public static final String SETTING = "flaskapp.trusted-proxies";

    /** Only IP literals are parsed: a host name must never cause a DNS lookup per request. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private Set<String> proxies;

    @Inject // a String, not a List: Payara's MicroProfile Config cannot give an Optional<List>
    TrustedProxies(@ConfigProperty(name = SETTING) Optional<String> proxies) {
        this(List.of(proxies.orElse("").split(",")));
    }

    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).map(TrustedProxies::canonical).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    protected TrustedProxies() {
        // for the container's proxy
    }

    /**
     * The client's address: {@code peer} (the connection's other end) unless it is a trusted proxy;
     * then the hops that proxy forwarded for, read from the nearest, the first one that is not a
     * trusted proxy itself. Hops further out are the client's own word and are never read.
     *
     * @param forwardedFor the {@code X-Forwarded-For} header lines, in the order they came
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        String client = canonical(peer).orElse(peer);
        List<String> hops = forwardedFor.stream()
                .flatMap(line -> List.of(line.split(",")).stream())
                .map(String::strip)
                .toList();
        for (int i = hops.size() - 1; i >= 0 && proxies.contains(client); i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                break; // not an address: the nearest one that is stays the client
            }
            client = hop.get();
        }
        return client;
    }

    /** One spelling per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same). */
    static Optional<String> canonical(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
