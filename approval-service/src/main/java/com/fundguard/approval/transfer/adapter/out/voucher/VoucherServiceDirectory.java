package com.fundguard.approval.transfer.adapter.out.voucher;

import com.fundguard.approval.transfer.application.RoutingUnavailableException;
import com.fundguard.approval.transfer.application.VoucherDirectory;
import com.fundguard.approval.transfer.domain.InvalidTransferException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Asks voucher-capture-service for each voucher of the enterprise; an unknown voucher cannot justify a payment. */
public class VoucherServiceDirectory implements VoucherDirectory {

    private final RestClient vouchers;

    public VoucherServiceDirectory(RestClient vouchers) {
        this.vouchers = vouchers;
    }

    record VoucherView(UUID id, String type, List<UUID> transfersWithThisEvidence) {
    }

    @Override
    public List<VoucherFacts> factsOf(UUID enterpriseId, List<UUID> voucherIds) {
        List<VoucherFacts> types = new ArrayList<>();
        for (UUID voucherId : voucherIds) {
            try {
                VoucherView voucher = vouchers.get().uri("/api/enterprises/{e}/vouchers/{v}", enterpriseId, voucherId)
                        .retrieve().body(VoucherView.class);
                types.add(voucher == null ? new VoucherFacts("OTHER", false) : new VoucherFacts(voucher.type(),
                        voucher.transfersWithThisEvidence() != null && !voucher.transfersWithThisEvidence().isEmpty()));
            } catch (HttpClientErrorException e) {
                if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                    throw new InvalidTransferException("voucherIds", "names voucher " + voucherId + ", which this enterprise does not have");
                }
                throw new RoutingUnavailableException("voucher-capture-service refused: " + e.getStatusCode());
            } catch (RuntimeException e) {
                if (e instanceof InvalidTransferException) {
                    throw e;
                }
                throw new RoutingUnavailableException("voucher-capture-service did not answer: " + e.getClass().getSimpleName());
            }
        }
        return types;
    }
}
