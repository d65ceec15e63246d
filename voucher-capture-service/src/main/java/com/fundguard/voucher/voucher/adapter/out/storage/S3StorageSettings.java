package com.fundguard.voucher.voucher.adapter.out.storage;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.DefaultValue;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

/**
 * {@code fundguard.vouchers.storage.s3.*}: which bucket holds the vouchers and how to reach it. The same settings
 * serve AWS S3 (no endpoint, virtual-hosted addressing), MinIO and Ceph RGW (an endpoint and path-style access).
 *
 * @param bucket               the bucket, which must exist
 * @param keyPrefix            put before every voucher's key ({@code <enterprise>/<voucher>}), e.g. {@code vouchers};
 *                             empty for none
 * @param endpoint             the S3 API's address for a store other than AWS; none for AWS, reached through the region
 * @param region               the signing region; none to take it from the SDK's default region chain (AWS_REGION, the
 *                             profile, instance metadata)
 * @param pathStyleAccess      {@code http://host/bucket/key} rather than {@code http://bucket.host/key}, as MinIO and
 *                             Ceph usually need
 * @param accessKey            with {@code secretKey}: fixed credentials; neither: the SDK's default credential chain
 *                             (environment, system properties, profile, container and instance roles)
 * @param secretKey            never shown by {@link #toString()}
 * @param serverSideEncryption what the store is asked to encrypt each object with
 * @param kmsKeyId             the KMS key for {@code sse-kms}; none for the account's default {@code aws/s3} key
 * @param checksumCalculation  {@code when-supported} (the SDK's default: a CRC32 with every upload, checked on every
 *                             download) or {@code when-required} for stores that reject those checksums with a 400, such
 *                             as Ceph RGW before 19 (Squid)
 * @param bufferDirectory      where an upload is written before it is sent; none for the JVM's temporary directory
 */
public record S3StorageSettings(String bucket,
                                @DefaultValue("") String keyPrefix,
                                URI endpoint,
                                String region,
                                boolean pathStyleAccess,
                                String accessKey,
                                String secretKey,
                                @DefaultValue("none") ServerSideEncryption serverSideEncryption,
                                String kmsKeyId,
                                @DefaultValue("when-supported") RequestChecksumCalculation checksumCalculation,
                                Path bufferDirectory) {

    public enum ServerSideEncryption {
        /** Whatever the bucket's default is. */
        NONE,
        /** S3-managed keys (AES256). */
        SSE_S3,
        /** A KMS key (aws:kms). */
        SSE_KMS
    }

    public S3StorageSettings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("fundguard.vouchers.storage.s3.bucket names the bucket that holds the vouchers");
        }
        if ((accessKey == null || accessKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
            throw new IllegalArgumentException("fundguard.vouchers.storage.s3.access-key and secret-key go together: "
                    + "set both, or neither to use the default credential chain");
        }
        serverSideEncryption = serverSideEncryption == null ? ServerSideEncryption.NONE : serverSideEncryption;
        if (kmsKeyId != null && !kmsKeyId.isBlank() && serverSideEncryption != ServerSideEncryption.SSE_KMS) {
            throw new IllegalArgumentException("fundguard.vouchers.storage.s3.kms-key-id is used only with "
                    + "server-side-encryption sse-kms, not " + serverSideEncryption);
        }
        keyPrefix = keyPrefix == null ? "" : keyPrefix.replaceAll("^/+|/+$", "");
        checksumCalculation = checksumCalculation == null ? RequestChecksumCalculation.WHEN_SUPPORTED : checksumCalculation;
    }

    boolean hasStaticCredentials() {
        return accessKey != null && !accessKey.isBlank();
    }

    /** The settings as they may be logged: the secret key only as present or not. */
    @Override
    public String toString() {
        return "S3StorageSettings[bucket=" + bucket + ", keyPrefix=" + keyPrefix + ", endpoint=" + endpoint
                + ", region=" + region + ", pathStyleAccess=" + pathStyleAccess + ", accessKey=" + accessKey
                + ", secretKey=" + (secretKey == null || secretKey.isBlank() ? "none" : "(hidden)")
                + ", serverSideEncryption=" + serverSideEncryption + ", kmsKeyId=" + kmsKeyId
                + ", checksumCalculation=" + checksumCalculation + ", bufferDirectory=" + bufferDirectory + "]";
    }
}
