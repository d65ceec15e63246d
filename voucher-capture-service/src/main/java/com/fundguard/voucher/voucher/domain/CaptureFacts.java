package com.fundguard.voucher.voucher.domain;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What inspecting an upload found, kept with the voucher.
 *
 * @param quality        for images: the measurements the capture profile is applied to
 * @param differenceHash for images: the perceptual hash used to find the same voucher used twice
 * @param pages          1 for an image, the page count of a PDF
 * @param capturedAt     when the camera says it took the picture (EXIF DateTimeOriginal, local time of the camera)
 * @param hadLocation    whether the file carried a GPS position (it is not kept)
 */
public record CaptureFacts(Optional<QualityMeasurement> quality, OptionalLong differenceHash, int pages,
                         Optional<LocalDateTime> capturedAt, boolean hadLocation) {
}
