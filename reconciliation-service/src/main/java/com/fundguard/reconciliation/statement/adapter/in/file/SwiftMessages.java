package com.fundguard.reconciliation.statement.adapter.in.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * Splits a file of SWIFT MT statement messages (MT940, MT942) as banks export them into one message's text at a
 * time: the text block (:20: ... ) with or without the FIN envelope, after whatever header lines the bank puts first
 * (ABN AMRO's "ABNANL2A / 940", ING's "0000 01INGBNL2AXXXX00001"), each message ended by a line starting with '-' or
 * by the next :20:. Only one message is held at a time.
 */
final class SwiftMessages implements Iterator<SwiftMessages.MessageText> {

    private static final Pattern TAG_START = Pattern.compile("^:(\\d{2}[A-Z]?):");

    /** One message's lines as read: text and the line number where each tag starts. */
    record MessageText(int number, int firstLine, String text, List<Integer> tagLines) {
    }

    private final BufferedReader lines;
    private final String source;
    private final String messageType;
    private int lineNumber;
    private int messageCount;
    private String pendingLine; // a :20: that ended the previous message without a '-' line
    private MessageText next;
    private boolean done;

    /** @param messageType "MT940" or "MT942", for the error a file without any message gets */
    SwiftMessages(BufferedReader lines, String source, String messageType) {
        this.lines = lines;
        this.source = source;
        this.messageType = messageType;
    }

    /**
     * The bytes as text: SWIFT's character set is a subset of ASCII, so UTF-8 reads every conforming file. Bytes that
     * are not UTF-8 (an export in a national code page) become U+FFFD here and are refused by line in
     * {@link #nextLine()}; a reporting decoder would fail while filling its buffer, lines ahead of the fault.
     */
    static BufferedReader utf8(InputStream content) {
        return new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = readMessage();
            done = next == null;
            if (done && messageCount == 0) {
                throw new MalformedStatementFileException(source, 1, lineNumber,
                        "no " + messageType + " message (:20: ... " + (messageType.equals("MT940") ? ":62F:" : ":90C:")
                                + ") in the file", null);
            }
        }
        return next != null;
    }

    @Override
    public MessageText next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MessageText message = next;
        next = null;
        return message;
    }

    private MessageText readMessage() {
        StringBuilder text = new StringBuilder();
        List<Integer> tagLines = new ArrayList<>();
        int firstLine = 0;
        String line;
        while ((line = nextLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            boolean tag = TAG_START.matcher(line).find();
            if (firstLine == 0) {
                if (line.startsWith(":20:")) {
                    firstLine = lineNumber;
                    messageCount++;
                } else if (tag) {
                    throw new MalformedStatementFileException(source, messageCount + 1, lineNumber,
                            "a message starts with :20:, found " + line.substring(0, Math.min(line.length(), 5)),
                            null);
                } else {
                    continue; // the bank's file or message header
                }
            } else if (line.startsWith("-")) {
                break;
            } else if (line.startsWith(":20:")) {
                pendingLine = line;
                lineNumber--;
                break;
            }
            if (tag) {
                tagLines.add(lineNumber);
            }
            text.append(line).append('\n');
        }
        return firstLine == 0 ? null : new MessageText(messageCount, firstLine, text.toString(), tagLines);
    }

    private String nextLine() {
        if (pendingLine != null) {
            String line = pendingLine;
            pendingLine = null;
            lineNumber++;
            return line;
        }
        try {
            String line = lines.readLine();
            if (line != null) {
                lineNumber++;
                if (line.indexOf('\uFFFD') >= 0) {
                    throw new MalformedStatementFileException(source, Math.max(messageCount, 1), lineNumber,
                            "the text is not UTF-8 (SWIFT MT files are ASCII)", null);
                }
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " after line " + lineNumber, e);
        }
    }
}
