package com.fundguard.bank.iso20022;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading into prowide's model classes (pw-iso20022), for the messages whose ISO XSD is not here to generate ours
 * from: the recall (camt.055, camt.029) and the older versions banks still send (pain.002.001.03, camt.053.001.02 and
 * .04). prowide's own parser is never used (whole-document Strings, namespace-blind, null and a log line on bad
 * input): the document goes through {@link IsoXml}'s hardened StAX reader (no DTD, no external entity), the caller
 * checks the root's namespace, and the message element is unmarshalled into prowide's class with every unexpected
 * element an error, as close to a schema check as there is without the schema. prowide is an optional dependency of
 * this library; this class names none of its classes, so asking whether it is there is safe without it.
 */
final class ProwideXml {

    private static final String PROWIDE_MODEL = "com.prowidesoftware.swift.model.mx.AbstractMX";

    private ProwideXml() {
    }

    static boolean onClassPath() {
        try {
            Class.forName(PROWIDE_MODEL, false, ProwideXml.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Refuses, naming what is missing, a {@code version} that only prowide's classes read where they are absent. */
    static void requireFor(String version) {
        if (!onClassPath()) {
            throw new IsoMessageException(version + " is read with prowide's model classes, and com.prowidesoftware:pw-iso20022 (an "
                    + "optional dependency of bank-channel, see its README) is not on this class path");
        }
    }

    static JAXBContext context(Class<?>... classes) {
        try {
            return JAXBContext.newInstance(classes);
        } catch (JAXBException e) {
            throw new IllegalStateException("prowide's ISO 20022 classes cannot be bound: " + e.getMessage(), e);
        }
    }

    /** An unmarshaller that refuses, rather than skips, every element prowide's classes do not have. */
    static Unmarshaller strictUnmarshaller(JAXBContext context) throws JAXBException {
        Unmarshaller unmarshaller = context.createUnmarshaller();
        unmarshaller.setEventHandler(event -> false);
        return unmarshaller;
    }

    /**
     * Reads the message element, the root's only child, of a document whose root {@code reader} is on; the root must
     * be {@code Document} in one of {@code namespaces}.
     */
    static <T> T readMessage(XMLStreamReader reader, Set<String> namespaces, String version, String messageElement, JAXBContext context,
                             Class<T> type) {
        try {
            if (!"Document".equals(reader.getLocalName()) || !namespaces.contains(IsoXml.namespaceOf(reader))) {
                throw new IsoMessageException("not a " + version + " document: the root is {" + reader.getNamespaceURI() + "}" + reader.getLocalName());
            }
            reader.nextTag();
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT || !messageElement.equals(reader.getLocalName())) {
                throw new IsoMessageException("not a " + version + " document: " + messageElement + " expected");
            }
            return strictUnmarshaller(context).unmarshal(withoutNamespace(reader), type).getValue();
        } catch (XMLStreamException e) {
            throw new IsoMessageException("not readable XML: " + e.getMessage());
        } catch (JAXBException e) {
            throw new IsoMessageException("not a valid " + version + ": " + IsoXml.causeOf(e));
        }
    }

    /** prowide's classes are bound without a namespace; the root's namespace is checked before this. */
    static XMLStreamReader withoutNamespace(XMLStreamReader reader) {
        return IsoXml.renamingElementNamespaces(reader, namespace -> "");
    }
}
