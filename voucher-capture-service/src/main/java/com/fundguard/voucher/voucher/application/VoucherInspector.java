package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.CaptureFacts;
import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.nio.file.Path;

/**
 * Opens an upload as the format its content says it is, within limits that stop decompression bombs, and reports
 * what the checks need. Refuses with {@link VoucherRejectedException} what cannot be read safely and completely.
 */
public interface VoucherInspector {

    CaptureFacts inspect(Path file, VoucherMediaType mediaType);
}
