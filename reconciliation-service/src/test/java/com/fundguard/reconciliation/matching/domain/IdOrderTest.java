package com.fundguard.reconciliation.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdOrderTest {

    @Test
    void ordersAsUuidCompareToEvenWhereTheHighBitsAreShared() {
        Random random = new Random(3);
        UUID[] ids = new UUID[5_000];
        for (int i = 0; i < ids.length; i++) {
            // every third id shares its high half with another, so the packed keys tie and the full id decides
            long most = i % 3 == 0 && i > 0 ? ids[i - 1].getMostSignificantBits() : random.nextLong();
            ids[i] = new UUID(most, random.nextLong());
        }
        long[] most = Arrays.stream(ids).mapToLong(UUID::getMostSignificantBits).toArray();
        long[] least = Arrays.stream(ids).mapToLong(UUID::getLeastSignificantBits).toArray();

        int[] order = IdOrder.of(most, least);

        UUID[] expected = ids.clone();
        Arrays.sort(expected, Comparator.naturalOrder());
        assertThat(Arrays.stream(order).mapToObj(i -> ids[i]).toArray(UUID[]::new)).containsExactly(expected);
    }
}
