-- Above which amount an enterprise's decisions need a content-bound second factor, per currency, and who set it.
CREATE TABLE confirmation_threshold (
    enterprise_id UUID           NOT NULL,
    currency      CHAR(3)        NOT NULL,
    threshold     NUMERIC(19, 4) NOT NULL CHECK (threshold >= 0),
    set_by        UUID           NOT NULL,
    set_at        TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (enterprise_id, currency)
);

-- A proof is kept with the decision it confirmed and confirms no other.
CREATE UNIQUE INDEX transfer_decision_one_use_per_proof ON transfer_decision (md5(second_factor_proof))
    WHERE second_factor_proof IS NOT NULL;
