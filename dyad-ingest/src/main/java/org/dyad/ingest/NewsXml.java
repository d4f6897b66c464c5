package org.dyad.ingest;

import org.dyad.model.Article;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reads a collection of news articles in XML: {@code <articles><article docid="…"><title/><url/>
 * <dltime>YYYY-MM-DD</dltime><text>…</text></article>…</articles>}, the layout of the TR-News and LGL
 * geoparsing corpora. Other XML is reported as one bad input. External entities are never resolved.
 */
final class NewsXml {

    private NewsXml() {
    }

    static void read(byte[] bytes, String origin, LocalDate defaultDate, Consumer<Input> sink) {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            sink.accept(new Input.Bad(origin, "malformed XML: " + e.getMessage()));
            return;
        } catch (IOException | ParserConfigurationException e) {
            sink.accept(new Input.Bad(origin, "cannot read XML: " + e.getMessage()));
            return;
        }
        NodeList articles = doc.getElementsByTagName("article");
        if (articles.getLength() == 0) {
            sink.accept(new Input.Bad(origin, "XML without <article> elements: not a news collection Dyad reads"));
            return;
        }
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String id = a.getAttribute("docid");
            String where = origin + "#" + (id.isEmpty() ? String.valueOf(i + 1) : id);
            String text = child(a, "text");
            if (text == null || text.isBlank()) {
                sink.accept(new Input.Bad(where, "article without <text>"));
                continue;
            }
            LocalDate date = defaultDate;
            String d = child(a, "dltime");
            if (d != null && !d.isBlank()) {
                try {
                    date = LocalDate.parse(d.strip().substring(0, Math.min(10, d.strip().length())));
                } catch (DateTimeParseException e) {
                    // keep the default date: a bad dltime is not worth losing the article
                }
            }
            String title = child(a, "title");
            String url = child(a, "url");
            sink.accept(new Input.Ok(new Article(id.isEmpty() ? where : id, title == null ? null : title.strip(), text,
                date, child(a, "domain"), url == null ? null : url.strip(), "en"), where, null));
        }
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        if (l.getLength() == 0) {
            return null;
        }
        return l.item(0).getTextContent();
    }
}
