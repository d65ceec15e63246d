-- Which transfer each voucher was submitted with (from approval-service's TransferSubmitted events), and who may
-- therefore see it: the transfer's applicant and the holders of the roles on its route.
CREATE TABLE voucher_attachment (
    transfer_id     UUID        NOT NULL,
    voucher_id      UUID        NOT NULL REFERENCES voucher (id),
    enterprise_id   UUID        NOT NULL,
    applicant_id    UUID        NOT NULL,
    approver_roles  TEXT[]      NOT NULL,
    attached_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (transfer_id, voucher_id)
);
CREATE INDEX voucher_attachment_by_voucher ON voucher_attachment (voucher_id);
CREATE INDEX voucher_attachment_by_enterprise ON voucher_attachment (enterprise_id);

-- A pair of vouchers of two different transfers that show the same picture (or are the same file), told once.
CREATE TABLE voucher_reuse (
    voucher_id        UUID        NOT NULL,
    transfer_id       UUID        NOT NULL,
    other_voucher_id  UUID        NOT NULL,
    other_transfer_id UUID        NOT NULL,
    distance          INT         NOT NULL,
    detected_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (voucher_id, transfer_id, other_voucher_id, other_transfer_id)
);
