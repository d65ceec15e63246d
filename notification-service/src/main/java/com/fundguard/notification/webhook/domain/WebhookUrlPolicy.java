package com.fundguard.notification.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an enterprise may have its events sent: an absolute {@code https} URL with a host, no credentials in it
 * (they would be shown in every listing) and no fragment. Plain {@code http} only to this machine's loopback and only
 * where the deployment allows it (tests, the local stack), since the payload names amounts and payees. A host given as
 * an address must be a public one (the loopback where allowed): an admin must not make the platform call its own
 * network. Names are checked when they are resolved, at each attempt ({@link #reachable(InetAddress)}).
 *
 * @param allowLoopbackHttp whether {@code http://localhost}, {@code http://127.x.x.x} and {@code http://[::1]} pass
 */
public record WebhookUrlPolicy(boolean allowLoopbackHttp) {

    public static final int MAX_LENGTH = 2048;

    /** The verdict on one URL as the enterprise gave it. */
    public sealed interface Verdict {
        record Allowed(URI url) implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }

    public Verdict check(String url) {
        if (url == null || url.isBlank()) {
            return new Verdict.Refused("must be given");
        }
        if (url.length() > MAX_LENGTH) {
            return new Verdict.Refused("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Verdict.Refused("is not a URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return new Verdict.Refused("must be an absolute URL with a host, e.g. https://erp.example.com/fundguard");
        }
        if (uri.getRawUserInfo() != null) {
            return new Verdict.Refused("must not carry credentials; the signature proves the sender");
        }
        if (uri.getRawFragment() != null) {
            return new Verdict.Refused("must not have a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Optional<InetAddress> literal = literalAddress(uri.getHost());
        if (literal.isPresent() && !reachable(literal.get())) {
            return new Verdict.Refused("must name a public address");
        }
        if (scheme.equals("https")) {
            return new Verdict.Allowed(uri);
        }
        if (scheme.equals("http") && allowLoopbackHttp && loopback(uri.getHost())) {
            return new Verdict.Allowed(uri);
        }
        if (scheme.equals("http")) {
            return new Verdict.Refused(allowLoopbackHttp ? "must use https (http only to this machine's loopback)" : "must use https");
        }
        return new Verdict.Refused("must use https");
    }

    /**
     * Whether a message may go to this address: a public one, or the loopback where allowed. Not this network's own
     * (site-local, unique-local, carrier-grade NAT), not link-local (cloud metadata services), not any-local or multicast.
     */
    public boolean reachable(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopbackHttp;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            return first != 0 && !(first == 100 && second >= 64 && second < 128);
        }
        return !(address instanceof Inet6Address) || (bytes[0] & 0xFE) != 0xFC;
    }

    /**
     * The address a host names literally ({@code 10.0.0.1}, {@code [fd00::1]}; {@code localhost}, which is the loopback
     * by definition, RFC 6761), without asking DNS; empty for any other name.
     */
    static Optional<InetAddress> literalAddress(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return Optional.of(InetAddress.getLoopbackAddress());
        }
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                return Optional.of(InetAddress.getByName(host));
            }
            if (ipv4(host).isPresent()) {
                return Optional.of(InetAddress.getByName(host));
            }
        } catch (java.net.UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** By the literal host only, never by resolving a name: a name could resolve elsewhere later. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]")) {
            return true;
        }
        return ipv4(h).filter(octets -> octets[0] == 127).isPresent();
    }

    private static Optional<int[]> ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}")) {
                return Optional.empty();
            }
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                return Optional.empty();
            }
        }
        return Optional.of(octets);
    }
}
