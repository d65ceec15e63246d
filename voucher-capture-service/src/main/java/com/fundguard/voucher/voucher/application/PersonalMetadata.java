package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.VoucherMediaType;
import java.nio.file.Path;

/**
 * Takes what says where and by whom a picture was taken out of an image before it is stored (GPS position, camera
 * owner, serial numbers, XMP and IPTC), without re-encoding a pixel; the orientation and the capture time stay.
 * A PDF is stored as uploaded.
 */
public interface PersonalMetadata {

    /** Writes the stripped file to {@code stripped}. */
    void strip(Path original, VoucherMediaType mediaType, Path stripped);
}
