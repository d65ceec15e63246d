package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.CaptureDevice;
import com.fundguard.voucher.voucher.domain.CaptureProfile;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The capture profiles an enterprise's admins set; a device without one uses {@link CaptureProfile#standard}. */
public interface CaptureProfiles {

    Optional<CaptureProfile> find(UUID enterpriseId, CaptureDevice device);

    void save(UUID enterpriseId, CaptureProfile profile, UUID changedBy, Instant changedAt);

    default CaptureProfile of(UUID enterpriseId, CaptureDevice device) {
        return find(enterpriseId, device).orElseGet(() -> CaptureProfile.standard(device));
    }
}
