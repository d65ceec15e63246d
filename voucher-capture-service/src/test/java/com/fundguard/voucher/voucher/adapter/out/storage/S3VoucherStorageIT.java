package com.fundguard.voucher.voucher.adapter.out.storage;

import static com.fundguard.test.web.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fundguard.test.infrastructure.WithRealInfrastructure;
import com.fundguard.voucher.voucher.adapter.out.storage.S3StorageSettings.ServerSideEncryption;
import com.fundguard.voucher.voucher.application.VoucherStorage;
import com.fundguard.voucher.voucher.domain.Images;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3 storage against a real S3 server running in this JVM (S3Proxy): the adapter on its own, and the service
 * configured with {@code fundguard.vouchers.storage.kind=s3} on real PostgreSQL, driven through its HTTP API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithRealInfrastructure
class S3VoucherStorageIT {

    static final InProcessS3 S3 = InProcessS3.start();
    static final String API_PREFIX = "api-vouchers";
    static final String API_KMS_KEY = "alias/fundguard-api-vouchers";

    @DynamicPropertySource
    static void s3Storage(DynamicPropertyRegistry registry) {
        registry.add("fundguard.vouchers.storage.kind", () -> "s3");
        registry.add("fundguard.vouchers.storage.s3.endpoint", () -> S3.endpoint().toString());
        registry.add("fundguard.vouchers.storage.s3.region", () -> InProcessS3.REGION);
        registry.add("fundguard.vouchers.storage.s3.path-style-access", () -> "true");
        registry.add("fundguard.vouchers.storage.s3.bucket", () -> InProcessS3.BUCKET);
        registry.add("fundguard.vouchers.storage.s3.key-prefix", () -> API_PREFIX);
        registry.add("fundguard.vouchers.storage.s3.access-key", () -> InProcessS3.ACCESS_KEY);
        registry.add("fundguard.vouchers.storage.s3.secret-key", () -> InProcessS3.SECRET_KEY);
        registry.add("fundguard.vouchers.storage.s3.server-side-encryption", () -> "sse-kms");
        registry.add("fundguard.vouchers.storage.s3.kms-key-id", () -> API_KMS_KEY);
    }

    @AfterAll
    static void stopServer() throws Exception {
        S3.close();
    }

    @Autowired MockMvc mvc;

    final UUID enterprise = UUID.randomUUID();
    final UUID cashier = UUID.randomUUID();
    final List<S3VoucherStorage> opened = new ArrayList<>();

    @AfterEach
    void closeStorages() {
        opened.forEach(S3VoucherStorage::close);
    }

    S3VoucherStorage storage(S3StorageSettings settings) {
        S3VoucherStorage storage = S3VoucherStorage.connect(settings);
        opened.add(storage);
        return storage;
    }

    String newKey() {
        return VoucherStorage.keyOf(enterprise, UUID.randomUUID());
    }

    HeadObjectResponse head(String objectKey) {
        return S3.bucket().headObject(request -> request.bucket(InProcessS3.BUCKET).key(objectKey));
    }

    List<String> objectsOf(UUID enterpriseId) {
        return S3.bucket().listObjectsV2(request -> request.bucket(InProcessS3.BUCKET)).contents().stream()
                .map(object -> object.key()).filter(key -> key.contains(enterpriseId.toString())).toList();
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aMultiMegabyteVoucherReadsBackByteForByte() throws IOException {
        S3VoucherStorage storage = storage(S3.settings().build());
        byte[] scan = randomBytes(12 * 1024 * 1024 + 7);
        String key = newKey();

        storage.store(key, new ByteArrayInputStream(scan));

        assertThat(head(key).contentLength()).isEqualTo(scan.length);
        try (InputStream read = storage.open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void anUploadWhoseStreamBreaksMidwayLeavesNoObjectAndNoBufferFile(@TempDir Path buffers) throws IOException {
        S3VoucherStorage storage = storage(S3.settings().bufferDirectory(buffers).build());
        InputStream breaksAfterThreeMegabytes = new SequenceInputStream(new ByteArrayInputStream(randomBytes(3 * 1024 * 1024)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the client went away");
                    }
                });

        assertThatThrownBy(() -> storage.store(newKey(), breaksAfterThreeMegabytes))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("the client went away");

        assertThat(objectsOf(enterprise)).isEmpty();
        try (var left = Files.list(buffers)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aDeletedVoucherIsGoneFromTheBucket() {
        S3VoucherStorage storage = storage(S3.settings().build());
        String key = newKey();
        storage.store(key, new ByteArrayInputStream(Images.pdf()));
        assertThat(objectsOf(enterprise)).containsExactly(key);

        storage.delete(key);

        assertThat(objectsOf(enterprise)).isEmpty();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void sseS3AsksTheStoreToEncryptEachObjectWithAes256() {
        // S3Proxy, like AWS S3 since 2023, reports AES256 for every object, asked or not: what tells is the request.
        Map<String, List<String>> encrypted = headersOfAnUpload(S3.settings().encryption(ServerSideEncryption.SSE_S3, null).build());
        Map<String, List<String>> plain = headersOfAnUpload(S3.settings().build());

        assertThat(encrypted).containsEntry("x-amz-server-side-encryption", List.of("AES256"));
        assertThat(plain).doesNotContainKey("x-amz-server-side-encryption");
    }

    @Test
    void sseKmsAsksTheStoreToEncryptWithTheConfiguredKmsKey() {
        String key = newKey();

        storage(S3.settings().encryption(ServerSideEncryption.SSE_KMS, "alias/fundguard-vouchers").build())
                .store(key, new ByteArrayInputStream(Images.pdf()));

        HeadObjectResponse stored = head(key);
        assertThat(stored.serverSideEncryptionAsString()).isEqualTo("aws:kms");
        assertThat(stored.ssekmsKeyId()).isEqualTo("alias/fundguard-vouchers");
    }

    @Test
    void vouchersLiveUnderTheConfiguredKeyPrefix() {
        String key = newKey();

        storage(S3.settings().keyPrefix("/tenant-a/vouchers/").build()).store(key, new ByteArrayInputStream(Images.pdf()));

        assertThat(objectsOf(enterprise)).containsExactly("tenant-a/vouchers/" + key);
    }

    @Test
    void aWrongSecretIsRefusedByTheStoreAndNotRepeatedInTheError() {
        String wrongSecret = "not-the-secret-" + UUID.randomUUID();
        S3VoucherStorage storage = storage(S3.settings().credentials(InProcessS3.ACCESS_KEY, wrongSecret).build());

        assertThatThrownBy(() -> storage.store(newKey(), new ByteArrayInputStream(Images.pdf())))
                .isInstanceOfSatisfying(S3Exception.class, refused -> {
                    assertThat(refused.statusCode()).isEqualTo(403);
                    assertThat(refused).hasMessageNotContaining(wrongSecret);
                });
        assertThat(objectsOf(enterprise)).isEmpty();
    }

    @Test
    void withoutConfiguredKeysTheDefaultCredentialChainSignsTheRequests() {
        // The chain's first source is the JVM's system properties; the environment and profiles come after it.
        Map<String, String> before = Map.of("aws.accessKeyId", System.getProperty("aws.accessKeyId", ""),
                "aws.secretAccessKey", System.getProperty("aws.secretAccessKey", ""));
        System.setProperty("aws.accessKeyId", InProcessS3.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", InProcessS3.SECRET_KEY);
        try {
            String key = newKey();

            storage(S3.settings().credentials(null, null).build()).store(key, new ByteArrayInputStream(Images.pdf()));

            assertThat(objectsOf(enterprise)).containsExactly(key);
        } finally {
            before.forEach((name, value) -> {
                if (value.isEmpty()) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    @Test
    void checksumsWhenRequiredSendUploadsWithoutTheSdksCrc32WhichTheDefaultSends() {
        Map<String, List<String>> byDefault = headersOfAnUpload(S3.settings().build());
        Map<String, List<String>> forCeph = headersOfAnUpload(S3.settings().checksums(RequestChecksumCalculation.WHEN_REQUIRED).build());

        assertThat(byDefault.keySet()).anyMatch(S3VoucherStorageIT::isFlexibleChecksumHeader);
        assertThat(forCeph.keySet()).noneMatch(S3VoucherStorageIT::isFlexibleChecksumHeader);
    }

    static boolean isFlexibleChecksumHeader(String name) {
        return name.startsWith("x-amz-checksum-") || name.equals("x-amz-trailer") || name.equals("x-amz-sdk-checksum-algorithm");
    }

    /**
     * Stores a voucher with the settings and returns the PutObject request's headers (names in lower case) as the SDK
     * sent them to the server, seen through the SDK's own interceptor hook.
     */
    private Map<String, List<String>> headersOfAnUpload(S3StorageSettings settings) {
        Map<String, List<String>> sent = new ConcurrentHashMap<>();
        ExecutionInterceptor recordPut = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.httpRequest().method() == SdkHttpMethod.PUT) {
                    context.httpRequest().headers().forEach((name, values) -> sent.put(name.toLowerCase(Locale.ROOT), values));
                }
            }
        };
        S3VoucherStorage storage = new S3VoucherStorage(S3VoucherStorage.clientFor(settings)
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(recordPut)).build(), settings);
        opened.add(storage);
        String key = newKey();

        storage.store(key, new ByteArrayInputStream(Images.pdf()));

        assertThat(objectsOf(enterprise)).contains(key);
        return sent;
    }

    @Test
    void aVoucherUploadedThroughTheApiIsStoredInTheBucketUnderItsKmsKeyAndReadsBack() throws Exception {
        byte[] contract = Images.pdf();

        String location = upload(contract).andReturn().getResponse().getHeader("Location");
        String objectKey = API_PREFIX + "/" + VoucherStorage.keyOf(enterprise, voucherIdIn(location));

        assertThat(S3.bucket().getObjectAsBytes(request -> request.bucket(InProcessS3.BUCKET).key(objectKey)).asByteArray())
                .isEqualTo(contract);
        assertThat(head(objectKey).ssekmsKeyId()).isEqualTo(API_KMS_KEY);
        assertThat(mvc.perform(get(location + "/content").with(as(cashier, enterprise))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(contract);
    }

    @Test
    void aByteFlippedInTheBucketIsDetectedOnRead() throws Exception {
        String location = upload(Images.pdf()).andReturn().getResponse().getHeader("Location");
        String objectKey = API_PREFIX + "/" + VoucherStorage.keyOf(enterprise, voucherIdIn(location));
        byte[] stored = S3.bucket().getObjectAsBytes(request -> request.bucket(InProcessS3.BUCKET).key(objectKey)).asByteArray();
        int digit = new String(stored, StandardCharsets.US_ASCII).indexOf("Contract 17") + "Contract 1".length();
        stored[digit] ^= 0x01; // "Contract 17" becomes "Contract 16"
        S3.bucket().putObject(request -> request.bucket(InProcessS3.BUCKET).key(objectKey), RequestBody.fromBytes(stored));

        mvc.perform(get(location + "/content").with(as(cashier, enterprise)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Integrity check failed"))
                .andExpect(content().string(not(containsString("Contract"))));
    }

    private ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/api/enterprises/{e}/vouchers", enterprise).with(as(cashier, enterprise))
                        .file(new MockMultipartFile("file", "contract.pdf", "application/pdf", file))
                        .param("type", "CONTRACT"))
                .andExpect(status().isCreated());
    }

    private static UUID voucherIdIn(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
