package com.fundguard.bank.iso20022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator agent's class path: bank-channel without its optional prowide dependency. The library's classes are
 * loaded afresh from the test class path minus prowide's jars, so what the agent runs is what is tested.
 */
class ReadingWithoutProwideTest {

    static final Path TESTDATA = Path.of(System.getProperty("fundguard.testdata"));

    private URLClassLoader agent;

    @BeforeEach
    void loadTheLibraryWithoutProwide() throws Exception {
        URL[] withoutProwide = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("prowidesoftware")).map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(URL[]::new);
        agent = new URLClassLoader(withoutProwide, ClassLoader.getPlatformClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        agent.close();
    }

    @Test
    void theAgentReadsV10ReportsWithoutProwide() throws Exception {
        assertThatThrownBy(() -> agent.loadClass("com.prowidesoftware.swift.model.mx.AbstractMX")).isInstanceOf(ClassNotFoundException.class);
        String v10 = Iso20022MessagesTest.REPORT.formatted(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"");

        Object report = inAgent(() -> readPain002(v10.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.getClass().getClassLoader()).isSameAs(agent);
        assertThat(report.toString()).contains("FG-MSG-0001", "TR-20261123-000042", "ACSC", "SBX-2026-000981");
    }

    @Test
    void aV03ReportIsRefusedNamingTheMissingLibrary() throws Exception {
        byte[] postFinance = Files.readAllBytes(TESTDATA.resolve(Iso20022MessagesTest.POSTFINANCE_V03));

        assertThatThrownBy(() -> inAgent(() -> readPain002(postFinance)))
                .satisfies(refusal -> assertThat(refusal.getClass().getName()).isEqualTo(IsoMessageException.class.getName()))
                .hasMessageContaining("pain.002.001.03").hasMessageContaining("com.prowidesoftware:pw-iso20022");
    }

    @Test
    void anOlderStatementIsRefusedNamingTheMissingLibrary() throws Exception {
        byte[] finland = Files.readAllBytes(TESTDATA.resolve("iso20022/camt.053.001.02_FinanceFinland_FFFS_sample.xml"));

        assertThatThrownBy(() -> inAgent(() -> readCamt053(finland)))
                .satisfies(refusal -> assertThat(refusal.getClass().getName()).isEqualTo(IsoMessageException.class.getName()))
                .hasMessageContaining("camt.053.001.02").hasMessageContaining("com.prowidesoftware:pw-iso20022");
    }

    private Object readPain002(byte[] xml) throws Exception {
        Method read = agent.loadClass(Pain002Reader.class.getName()).getMethod("read", byte[].class);
        return unwrapped(() -> read.invoke(null, (Object) xml));
    }

    private Object readCamt053(byte[] xml) throws Exception {
        Method read = agent.loadClass(Camt053Reader.class.getName()).getMethod("read", InputStream.class, Consumer.class);
        Consumer<Object> ignored = entry -> { };
        return unwrapped(() -> read.invoke(null, new ByteArrayInputStream(xml), ignored));
    }

    /** JAXB finds its implementation through the context class loader: the agent's, as in the agent. */
    private <T> T inAgent(Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(agent);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Object unwrapped(Callable<Object> reflective) throws Exception {
        try {
            return reflective.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
