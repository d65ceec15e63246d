-- A small upright JPEG of each voucher for lists, checked against this hash on every read. Vouchers captured
-- before thumbnails existed have none (null).
ALTER TABLE voucher ADD COLUMN thumbnail_sha256 CHAR(64);
