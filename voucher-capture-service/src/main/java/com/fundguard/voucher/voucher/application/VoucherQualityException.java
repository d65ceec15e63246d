package com.fundguard.voucher.voucher.application;

import com.fundguard.voucher.voucher.domain.CaptureProfile;
import com.fundguard.voucher.voucher.domain.QualityShortfall;
import java.util.List;

/** An image that fails its capture profile: every check it missed, with the measured value and the threshold. */
public class VoucherQualityException extends VoucherRejectedException {

    private final CaptureProfile profile;
    private final List<QualityShortfall> shortfalls;

    public VoucherQualityException(CaptureProfile profile, List<QualityShortfall> shortfalls) {
        super(Reason.POOR_QUALITY, "the image fails the " + profile.device() + " capture profile: "
                + String.join("; ", shortfalls.stream().map(s -> s.check().explanation).toList()));
        this.profile = profile;
        this.shortfalls = List.copyOf(shortfalls);
    }

    public CaptureProfile profile() {
        return profile;
    }

    public List<QualityShortfall> shortfalls() {
        return shortfalls;
    }
}
