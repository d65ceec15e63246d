package com.fundguard.voucher.voucher.adapter.out.storage;

import com.fundguard.voucher.voucher.application.VoucherStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Vouchers as objects in one S3 bucket (AWS S3, MinIO, Ceph RGW), under {@code <prefix>/<enterprise>/<voucher>}.
 *
 * <p>An upload is first written to a private temporary file and then sent as one PutObject of known length. S3
 * makes a single PUT visible whole or not at all, so a stream that fails midway never reaches the bucket and a
 * failed PUT leaves nothing. A multipart upload would hold a 5 MiB part in memory per concurrent upload instead
 * of a file on disk, and a multipart upload whose abort fails leaves invisible, billed parts until a lifecycle rule
 * removes them; vouchers are at most 20 MB, well within one PUT. The file also lets the SDK retry the PUT and
 * checksum the body, which a one-pass stream of unknown length would not.
 */
public final class S3VoucherStorage implements VoucherStorage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3VoucherStorage.class);

    private final S3Client s3;
    private final S3StorageSettings settings;

    /** Uses a client made by the caller, for instance from {@link #clientFor(S3StorageSettings)}; closing closes it. */
    S3VoucherStorage(S3Client s3, S3StorageSettings settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    public static S3VoucherStorage connect(S3StorageSettings settings) {
        return new S3VoucherStorage(clientFor(settings).build(), settings);
    }

    /** A client for the settings' store, region, addressing, credentials and checksum behaviour. */
    static S3ClientBuilder clientFor(S3StorageSettings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyleAccess())
                .requestChecksumCalculation(settings.checksumCalculation())
                .responseChecksumValidation(ResponseChecksumValidation.valueOf(settings.checksumCalculation().name()));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.region() != null && !settings.region().isBlank()) {
            builder.region(Region.of(settings.region()));
        }
        return builder;
    }

    private static AwsCredentialsProvider credentials(S3StorageSettings settings) {
        if (settings.hasStaticCredentials()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void store(String key, InputStream content) {
        Path buffer = createBuffer(key);
        try {
            try (OutputStream out = Files.newOutputStream(buffer)) {
                content.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read voucher " + key + " for storage", e);
            }
            s3.putObject(putRequest(key), RequestBody.fromFile(buffer));
        } finally {
            discard(buffer);
        }
    }

    /** A file of known length goes up as it is, without a second buffer. */
    @Override
    public void store(String key, Path file) {
        s3.putObject(putRequest(key), RequestBody.fromFile(file));
    }

    private PutObjectRequest putRequest(String key) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(objectKey(key))
                .contentType("application/octet-stream");
        switch (settings.serverSideEncryption()) {
            case NONE -> { }
            case SSE_S3 -> request.serverSideEncryption(ServerSideEncryption.AES256);
            case SSE_KMS -> {
                request.serverSideEncryption(ServerSideEncryption.AWS_KMS);
                if (settings.kmsKeyId() != null && !settings.kmsKeyId().isBlank()) {
                    request.ssekmsKeyId(settings.kmsKeyId());
                }
            }
        }
        return request.build();
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(request -> request.bucket(settings.bucket()).key(objectKey(key)));
    }

    @Override
    public void delete(String key) {
        // S3 answers a delete of a missing key with success, as deleteIfExists does.
        s3.deleteObject(request -> request.bucket(settings.bucket()).key(objectKey(key)));
    }

    /** The object's key in the bucket for a voucher's storage key. */
    String objectKey(String key) {
        return settings.keyPrefix().isEmpty() ? key : settings.keyPrefix() + "/" + key;
    }

    private Path createBuffer(String key) {
        try {
            // Owner-only: the file holds a person's identity card or bank card as much as an invoice.
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return settings.bufferDirectory() == null
                    ? Files.createTempFile("voucher-", ".s3-upload", ownerOnly)
                    : Files.createTempFile(settings.bufferDirectory(), "voucher-", ".s3-upload", ownerOnly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer voucher " + key + " for storage", e);
        }
    }

    private static void discard(Path buffer) {
        try {
            Files.deleteIfExists(buffer);
        } catch (IOException e) {
            // The upload's outcome is already decided; a left-over file is the temporary directory cleaner's.
            log.warn("could not delete the upload buffer {}", buffer, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
