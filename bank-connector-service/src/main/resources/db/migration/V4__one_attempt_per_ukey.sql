-- One UKEY does one thing at a time: at most one attempt under way (claimed or sending) per enterprise and payer
-- account, held by the database, whatever path a claim comes by.
CREATE UNIQUE INDEX execution_one_attempt_per_payer_account ON execution (enterprise_id, payer_account)
    WHERE state IN ('CLAIMED', 'SENDING');

-- One release of the credentials per claim: the one-time key is one time.
CREATE UNIQUE INDEX credential_release_once_per_claim ON credential_release (claim_id);
