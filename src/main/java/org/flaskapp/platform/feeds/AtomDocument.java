package org.flaskapp.platform.feeds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AtomFeed} as an Atom 1.0 document (RFC 4287) in UTF-8, with every address
 * absolute under the site's root, which is also the feed's {@code xml:base} (so that a relative
 * link in a post's content leads into the site). Text is escaped by the XML writer; content goes
 * as {@code type="html"}, escaped once more, as the RFC asks.
 */
public final class AtomDocument {

    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The author of entries that name none, and of the feed. */
    static final String SITE_NAME = "FlaskApp";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final String root;

    private AtomDocument(XMLStreamWriter xml, String root) {
        this.xml = xml;
        this.root = root;
    }

    /**
     * {@code feed} as a document, its paths under {@code root} (the site's origin and context path,
     * such as {@code https://example.org}).
     */
    public static byte[] write(AtomFeed feed, String root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            new AtomDocument(xml, root).feed(feed);
            xml.close();
        } catch (XMLStreamException cannotHappenInMemory) {
            throw new IllegalStateException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private void feed(AtomFeed feed) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("xml:base", root + "/");
        text("id", root + feed.pagePath());
        text("title", feed.title() + " - " + SITE_NAME);
        text("updated", date(feed.updated()));
        link("self", "application/atom+xml", feed.selfPath());
        link("alternate", "text/html", feed.pagePath());
        author(SITE_NAME);
        text("generator", SITE_NAME);
        for (AtomEntry entry : feed.entries()) {
            entry(entry);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void entry(AtomEntry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        text("id", entry.id());
        text("title", entry.title());
        link("alternate", "text/html", entry.pagePath());
        text("published", date(entry.published()));
        text("updated", date(entry.updated()));
        author(entry.author() == null ? SITE_NAME : entry.author());
        for (AtomEntry.Category category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category.term());
            xml.writeAttribute("scheme", root + category.schemePath());
            xml.writeAttribute("label", xmlSafe(category.label()));
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(xmlSafe(entry.html()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void author(String name) throws XMLStreamException {
        xml.writeStartElement("author");
        text("name", name);
        xml.writeEndElement();
    }

    private void link(String rel, String type, String path) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", root + path);
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /**
     * {@code text} with U+FFFD for each character that XML 1.0 cannot hold (control characters
     * other than tab and line breaks, lone surrogates): a feed reader refuses the whole document
     * for one of them, and nothing the site stores keeps them out.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)
                    || c == '\t' || c == '\n' || c == '\r'
                    || Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** RFC 3339 in UTC, to the second. */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
