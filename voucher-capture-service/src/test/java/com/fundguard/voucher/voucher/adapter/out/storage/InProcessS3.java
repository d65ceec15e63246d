package com.fundguard.voucher.voucher.adapter.out.storage;

import static org.awaitility.Awaitility.await;

import com.fundguard.voucher.voucher.adapter.out.storage.S3StorageSettings.ServerSideEncryption;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in the test JVM: S3Proxy on a free loopback port, objects in memory, requests checked against
 * AWS signature V4 with its own access key and secret, one bucket created. {@link #bucket()} is a client of its own,
 * for looking into the bucket and changing it behind the storage's back.
 */
final class InProcessS3 implements AutoCloseable {

    static final String BUCKET = "fundguard-vouchers";
    static final String REGION = "us-east-1";
    static final String ACCESS_KEY = "voucher-tests";
    static final String SECRET_KEY = "in-process-s3-secret-" + UUID.randomUUID();

    private final S3Proxy server;
    private final S3Client bucket;

    private InProcessS3(S3Proxy server) {
        this.server = server;
        this.bucket = S3VoucherStorage.clientFor(settings().build()).build();
        bucket.createBucket(request -> request.bucket(BUCKET));
    }

    static InProcessS3 start() {
        S3Proxy server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-process S3 server", e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "STARTED".equals(server.getState()));
        return new InProcessS3(server);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    S3Client bucket() {
        return bucket;
    }

    /** Settings that reach this server with its credentials and path-style addressing, to be varied per test. */
    Settings settings() {
        return new Settings();
    }

    final class Settings {
        private String keyPrefix = "";
        private String accessKey = ACCESS_KEY;
        private String secretKey = SECRET_KEY;
        private ServerSideEncryption encryption = ServerSideEncryption.NONE;
        private String kmsKeyId;
        private RequestChecksumCalculation checksums = RequestChecksumCalculation.WHEN_SUPPORTED;
        private Path bufferDirectory;

        Settings keyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
            return this;
        }

        Settings credentials(String accessKey, String secretKey) {
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }

        Settings encryption(ServerSideEncryption encryption, String kmsKeyId) {
            this.encryption = encryption;
            this.kmsKeyId = kmsKeyId;
            return this;
        }

        Settings checksums(RequestChecksumCalculation checksums) {
            this.checksums = checksums;
            return this;
        }

        Settings bufferDirectory(Path bufferDirectory) {
            this.bufferDirectory = bufferDirectory;
            return this;
        }

        S3StorageSettings build() {
            return new S3StorageSettings(BUCKET, keyPrefix, endpoint(), REGION, true, accessKey, secretKey, encryption,
                    kmsKeyId, checksums, bufferDirectory);
        }
    }

    @Override
    public void close() throws Exception {
        bucket.close();
        server.stop();
    }
}
