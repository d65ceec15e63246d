package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxCamt02900109;
import com.prowidesoftware.swift.model.mx.MxCamt05500108;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The recall messages' XML, on prowide's model classes (there is no camt.055 or camt.029 XSD to generate ours from).
 * Their JAXB contexts are built once, here, and handed to prowide for every write: by default prowide builds a new
 * context per message (about a second). Reading bypasses prowide's parser (whole-document Strings, namespace-blind,
 * null and a log line on bad input): the document goes through {@link IsoXml}'s hardened StAX reader (no DTD, no
 * external entity), its root must be {@code Document} in the version's namespace, and the message element is
 * unmarshalled into prowide's class with every unexpected element an error, as close to a schema check as there is
 * without the schema.
 */
final class RecallXml {

    static final String CAMT055_V08 = MxCamt05500108.NAMESPACE;
    static final String CAMT029_V09 = MxCamt02900109.NAMESPACE;

    private static final JAXBContext CAMT055_V08_CONTEXT = context(MxCamt05500108._classes);
    private static final JAXBContext CAMT029_V09_CONTEXT = context(MxCamt02900109._classes);

    private RecallXml() {
    }

    /** Builds both contexts now (class initialisation) rather than on the first recall. */
    static void prepare() {
        // Loading this class did the work.
    }

    static byte[] writeCamt055(MxCamt05500108 message) {
        return write(message, CAMT055_V08_CONTEXT);
    }

    static byte[] writeCamt029(MxCamt02900109 message) {
        return write(message, CAMT029_V09_CONTEXT);
    }

    static <T> T readCamt055(byte[] xml, Class<T> type) {
        return read(xml, CAMT055_V08, "CstmrPmtCxlReq", CAMT055_V08_CONTEXT, type);
    }

    static <T> T readCamt029(byte[] xml, Class<T> type) {
        return read(xml, CAMT029_V09, "RsltnOfInvstgtn", CAMT029_V09_CONTEXT, type);
    }

    private static byte[] write(AbstractMX message, JAXBContext context) {
        MxWriteConfiguration configuration = new MxWriteConfiguration(context);
        configuration.documentPrefix = null;
        configuration.includeXMLDeclaration = true;
        String xml = message.message(configuration);
        if (xml == null || xml.isBlank()) {
            throw new IsoMessageException("prowide could not write the " + message.getClass().getSimpleName());
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T read(byte[] xml, String namespace, String messageElement, JAXBContext context, Class<T> type) {
        XMLStreamReader reader = IsoXml.reader(new ByteArrayInputStream(xml));
        String version = namespace.substring(namespace.lastIndexOf(':') + 1);
        try {
            // nextTag refuses a DOCTYPE (and anything else) before the root: a document with a DTD is not read at all.
            reader.nextTag();
            if (!"Document".equals(reader.getLocalName()) || !namespace.equals(reader.getNamespaceURI())) {
                throw new IsoMessageException("not a " + version + " document: the root is {" + reader.getNamespaceURI() + "}" + reader.getLocalName());
            }
            reader.nextTag();
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT || !messageElement.equals(reader.getLocalName())) {
                throw new IsoMessageException("not a " + version + " document: " + messageElement + " expected");
            }
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setEventHandler(event -> false);
            return unmarshaller.unmarshal(withoutNamespace(reader), type).getValue();
        } catch (XMLStreamException e) {
            throw new IsoMessageException("not readable XML: " + e.getMessage());
        } catch (JAXBException e) {
            throw new IsoMessageException("not a valid " + version + ": " + IsoXml.causeOf(e));
        }
    }

    /** prowide's classes are bound without a namespace; the root's namespace was checked before this. */
    private static XMLStreamReader withoutNamespace(XMLStreamReader reader) {
        return new StreamReaderDelegate(reader) {
            private boolean onElement() {
                int event = getEventType();
                return event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT;
            }

            @Override
            public String getNamespaceURI() {
                return onElement() ? "" : super.getNamespaceURI();
            }

            @Override
            public QName getName() {
                return new QName(super.getName().getLocalPart());
            }
        };
    }

    private static JAXBContext context(Class<?>[] classes) {
        try {
            return JAXBContext.newInstance(classes);
        } catch (JAXBException e) {
            throw new IllegalStateException("prowide's recall classes cannot be bound: " + e.getMessage(), e);
        }
    }
}
