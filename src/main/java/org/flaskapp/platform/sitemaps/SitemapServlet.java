package org.flaskapp.platform.sitemaps;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.flaskapp.platform.urls.SiteAddress;

/**
 * {@code /sitemap.xml}, a sitemap index (sitemaps.org) of the parts of every section's
 * {@link SitemapList}s, and each part at {@code /sitemaps/NAME-N.xml}. A part is read in batches and
 * written as it is read, so that its time and memory do not grow with the site. Each is read
 * from the database as it is now (queries of columns, never JPA's cache), not kept.
 */
public class SitemapServlet extends HttpServlet {

    static final String INDEX = "/sitemap.xml";
    static final String PARTS = "/sitemaps/";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    private static final Pattern PART = Pattern.compile("/([a-z]+)-([0-9]{1,6})\\.xml");
    /** Rows read at a time: large enough for few queries, small enough to keep memory flat. */
    static final int BATCH = 2_000;
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    @Inject
    private Instance<SitemapSource> sources;

    @Inject
    private SiteAddress site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = site.absolute(request, "");
        if (INDEX.equals(request.getServletPath())) {
            write(response, xml -> index(xml, root));
            return;
        }
        Matcher part = PART.matcher(String.valueOf(request.getPathInfo()));
        Optional<SitemapList> list = part.matches() ? list(part.group(1)) : Optional.empty();
        int number = list.isPresent() ? Integer.parseInt(part.group(2)) : 0;
        if (list.isEmpty() || !list.get().hasPart(number)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        write(response, xml -> part(xml, root, list.get(), number));
    }

    private Optional<SitemapList> list(String name) {
        return lists().stream().filter(list -> list.name().equals(name)).findFirst();
    }

    private List<SitemapList> lists() {
        return sources.stream().flatMap(source -> source.lists().stream())
                .sorted(Comparator.comparing(SitemapList::name)).toList();
    }

    private void index(XMLStreamWriter xml, String root) throws XMLStreamException {
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NAMESPACE);
        for (SitemapList list : lists()) {
            for (int part : list.parts()) {
                xml.writeStartElement("sitemap");
                text(xml, "loc", root + PARTS + list.name() + "-" + part + ".xml");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    private static void part(XMLStreamWriter xml, String root, SitemapList list, int part) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        long after = SitemapList.lastIdOf(part - 1);
        long through = SitemapList.lastIdOf(part);
        List<SitemapItem> batch;
        do {
            batch = list.items().between(after, through, BATCH);
            for (SitemapItem item : batch) {
                xml.writeStartElement("url");
                text(xml, "loc", root + item.path());
                if (item.lastmod() != null) {
                    text(xml, "lastmod", item.lastmod().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
                after = item.id();
            }
            xml.flush();
        } while (batch.size() == BATCH);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Body body) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-cache");
        OutputStream out = response.getOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IOException(failed);
        }
    }
}
