package org.flaskapp.platform.assets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.flaskapp.platform.cache.KeptDocument;

/**
 * The site's one stylesheet ({@code static/site.css} in the WAR), read once and sent minified
 * ({@link CssText}) from {@code /static/site.VERSION.css}, where VERSION is drawn from its bytes:
 * every page names that address ({@code #{stylesheet.address}}), so a browser may keep it for a
 * year, and a new stylesheet comes under a new address.
 */
@ApplicationScoped
@Named("stylesheet")
public class Stylesheet {

    static final String SOURCE = "/static/site.css";
    static final String FOLDER = "/static/";
    static final String CONTENT_TYPE = "text/css; charset=utf-8";

    @Inject
    private ServletContext servletContext;

    private KeptDocument document;
    private String address;

    @PostConstruct
    void load() {
        byte[] body = CssText.minified(read()).getBytes(StandardCharsets.UTF_8);
        document = KeptDocument.of(CONTENT_TYPE, body, null, Clock.systemUTC());
        // the entity tag is a digest of the bytes: its first characters name the version
        address = FOLDER + "site." + document.etag().replaceAll("[^A-Za-z0-9]", "").substring(0, 10) + ".css";
    }

    /** The stylesheet's address under the site's root, such as {@code /static/site.4f2a9c1e0b.css}. */
    public String getAddress() {
        return address;
    }

    KeptDocument document() {
        return document;
    }

    private String read() {
        try (InputStream in = servletContext.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is not in the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
