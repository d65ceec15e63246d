package com.fundguard.bank.iso20022;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.InputStream;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The XML machinery for bank messages, made once: JAXB contexts (each costs hundreds of milliseconds to build), the
 * ISO schemas, and a StAX factory hardened against what a hostile or broken file can do — no DTDs, no external
 * entities, nothing fetched from anywhere. With DTDs off no entity can be declared, so the JDK's entity-size limits,
 * which also count every {@code &amp;} of a large statement, are lifted on this factory only.
 */
final class IsoXml {

    static final JAXBContext PAIN001_V09 = context(com.fundguard.bank.iso20022.pain001v09.ObjectFactory.class);
    static final JAXBContext PAIN002_V10 = context(com.fundguard.bank.iso20022.pain002v10.ObjectFactory.class);
    static final JAXBContext CAMT053_V08 = context(com.fundguard.bank.iso20022.camt053v08.ObjectFactory.class);
    static final Schema PAIN001_V09_SCHEMA = schema("pain.001.001.09.xsd");
    static final Schema PAIN002_V10_SCHEMA = schema("pain.002.001.10.xsd");
    static final Schema CAMT053_V08_SCHEMA = schema("camt.053.001.08.xsd");

    private static final XMLInputFactory INPUT = hardenedInput();
    private static final DatatypeFactory DATES = DatatypeFactory.newDefaultInstance();

    private IsoXml() {
    }

    static XMLStreamReader reader(InputStream in) {
        try {
            return INPUT.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IsoMessageException("not readable XML: " + e.getMessage());
        }
    }

    /**
     * A reader on the document's root element. Only comments, processing instructions and white space may come before
     * it: a DOCTYPE is refused here, before anything is bound.
     */
    static XMLStreamReader atRoot(InputStream in) {
        XMLStreamReader reader = reader(in);
        try {
            reader.nextTag();
            return reader;
        } catch (XMLStreamException e) {
            throw new IsoMessageException("not readable XML: " + e.getMessage());
        }
    }

    /** The root's namespace, "" where it has none. */
    static String namespaceOf(XMLStreamReader atRoot) {
        String namespace = atRoot.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /**
     * The reader with its elements' namespaces as {@code rename} gives them for the ones they have ("" for none);
     * attributes keep theirs (ISO's attributes, such as {@code Ccy}, are unqualified).
     */
    static XMLStreamReader renamingElementNamespaces(XMLStreamReader reader, UnaryOperator<String> rename) {
        return new StreamReaderDelegate(reader) {
            private boolean onElement() {
                int event = getEventType();
                return event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT;
            }

            @Override
            public String getNamespaceURI() {
                String uri = super.getNamespaceURI();
                return onElement() ? rename.apply(uri == null ? "" : uri) : uri;
            }

            @Override
            public QName getName() {
                QName name = super.getName();
                return new QName(rename.apply(name.getNamespaceURI()), name.getLocalPart());
            }
        };
    }

    /** A JAXB failure's own words (the schema's complaint sits in the linked exception). */
    static String causeOf(JAXBException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
        return String.valueOf(cause.getMessage());
    }

    static XMLGregorianCalendar date(LocalDate day) {
        return DATES.newXMLGregorianCalendar(day.toString());
    }

    /** To the second, in UTC; always with seconds (OffsetDateTime.toString drops ":00", which xs:dateTime refuses). */
    static XMLGregorianCalendar dateTime(Instant at) {
        return DATES.newXMLGregorianCalendar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
    }

    private static XMLInputFactory hardenedInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        factory.setProperty("jdk.xml.totalEntitySizeLimit", 0);
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", 0);
        return factory;
    }

    private static JAXBContext context(Class<?> objectFactory) {
        try {
            return JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException("the ISO 20022 classes cannot be bound: " + e.getMessage(), e);
        }
    }

    private static Schema schema(String file) {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = IsoXml.class.getResource("/iso20022/xsd/" + file);
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the ISO 20022 schema " + file + " cannot be read", e);
        }
    }
}
