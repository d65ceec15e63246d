-- What inspecting an upload found, and what the uploader said about it (issue 5).
ALTER TABLE voucher
    ADD COLUMN capture_device     TEXT NOT NULL DEFAULT 'PHONE_CAMERA',
    ADD COLUMN pages              INT  NOT NULL DEFAULT 1 CHECK (pages >= 1),
    -- Quality measurements of an image (null for a PDF): longer/shorter side, variance of the Laplacian,
    -- mean brightness 0-255, share of blown-out pixels.
    ADD COLUMN long_side          INT,
    ADD COLUMN short_side         INT,
    ADD COLUMN sharpness          DOUBLE PRECISION,
    ADD COLUMN mean_brightness    DOUBLE PRECISION,
    ADD COLUMN overexposed_share  DOUBLE PRECISION,
    -- 64-bit perceptual hash (dHash) of an image, to find the same voucher used twice.
    ADD COLUMN difference_hash    BIGINT,
    -- The camera's own clock (EXIF DateTimeOriginal): a wall-clock time without zone.
    ADD COLUMN captured_at        TIMESTAMP,
    ADD COLUMN had_location       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN invoice_number     TEXT,
    ADD COLUMN amount             NUMERIC(19, 4) CHECK (amount > 0),
    ADD COLUMN currency           CHAR(3),
    -- Only ever the masked form: the last four digits.
    ADD COLUMN masked_number      TEXT CHECK (masked_number ~ '^\**[0-9Xx]{0,4}$'),
    ADD COLUMN warnings           TEXT[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT voucher_amount_has_currency CHECK ((amount IS NULL) = (currency IS NULL));

CREATE TABLE capture_profile (
    enterprise_id          UUID             NOT NULL,
    device                 TEXT             NOT NULL,
    min_long_side          INT              NOT NULL CHECK (min_long_side >= 1),
    min_short_side         INT              NOT NULL CHECK (min_short_side >= 1 AND min_short_side <= min_long_side),
    min_sharpness          DOUBLE PRECISION NOT NULL CHECK (min_sharpness >= 0),
    min_brightness         DOUBLE PRECISION NOT NULL CHECK (min_brightness >= 0),
    max_brightness         DOUBLE PRECISION NOT NULL CHECK (max_brightness <= 255 AND max_brightness > min_brightness),
    max_overexposed_share  DOUBLE PRECISION NOT NULL CHECK (max_overexposed_share > 0 AND max_overexposed_share <= 1),
    changed_by             UUID             NOT NULL,
    changed_at             TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (enterprise_id, device)
);
