package com.fundguard.bank.iso20022;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxCamt02900109;
import com.prowidesoftware.swift.model.mx.MxCamt05500108;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The recall messages' XML, on prowide's model classes (there is no camt.055 or camt.029 XSD to generate ours from).
 * Their JAXB contexts are built once, here, and handed to prowide for every write: by default prowide builds a new
 * context per message (about a second). Reading bypasses prowide's parser ({@link ProwideXml}): hardened StAX, the
 * root {@code Document} in the version's namespace, every unexpected element an error.
 */
final class RecallXml {

    static final String CAMT055_V08 = MxCamt05500108.NAMESPACE;
    static final String CAMT029_V09 = MxCamt02900109.NAMESPACE;

    private static final JAXBContext CAMT055_V08_CONTEXT = ProwideXml.context(MxCamt05500108._classes);
    private static final JAXBContext CAMT029_V09_CONTEXT = ProwideXml.context(MxCamt02900109._classes);

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
        String version = namespace.substring(namespace.lastIndexOf(':') + 1);
        return ProwideXml.readMessage(IsoXml.atRoot(new ByteArrayInputStream(xml)), Set.of(namespace), version, messageElement, context, type);
    }
}
