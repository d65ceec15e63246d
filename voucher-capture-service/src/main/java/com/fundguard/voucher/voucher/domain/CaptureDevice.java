package com.fundguard.voucher.voucher.domain;

/** The kinds of device vouchers are captured with (the patent's 凭证采集设备); each has its own capture profile. */
public enum CaptureDevice {
    /** A phone's camera: hand-held, uneven light, the most common source of blur. */
    PHONE_CAMERA,
    /** A document camera on the desk (高拍仪): fixed distance, even light. */
    DOCUMENT_CAMERA,
    /** A flatbed or sheet-fed scanner: pure white paper is normal, not blown out. */
    SCANNER
}
