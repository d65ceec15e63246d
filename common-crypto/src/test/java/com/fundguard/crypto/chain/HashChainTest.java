package com.fundguard.crypto.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashChainTest {

    static List<ChainLink> chainOf(int length) {
        List<ChainLink> links = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Optional<ChainLink> previous = links.isEmpty() ? Optional.empty() : Optional.of(links.getLast());
            links.add(HashChain.append(previous, "{\"act\":\"authorize\",\"transfer\":\"TR-" + i + "\",\"by\":\"owner\"}"));
        }
        return links;
    }

    @Test
    void anUntouchedChainVerifies() {
        HashChain.Verification verification = HashChain.verify(chainOf(5));

        assertThat(verification.intact()).isTrue();
        assertThat(verification.linksChecked()).isEqualTo(5);
    }

    @Test
    void changedContentIsPinpointedAtItsLink() {
        List<ChainLink> links = chainOf(5);
        ChainLink original = links.get(2);
        links.set(2, new ChainLink(original.sequence(), original.previousHash(), original.content().replace("owner", "cashier"), original.hash()));

        assertThat(HashChain.verify(links)).extracting(HashChain.Verification::intact, HashChain.Verification::firstBrokenIndex)
                .containsExactly(false, 2);
    }

    @Test
    void aRemovedLinkIsPinpointedWhereTheGapIs() {
        List<ChainLink> links = chainOf(5);
        links.remove(3);

        assertThat(HashChain.verify(links).firstBrokenIndex()).isEqualTo(3);
    }

    @Test
    void swappedLinksArePinpointedAtTheFirstOfThem() {
        List<ChainLink> links = chainOf(5);
        ChainLink one = links.get(1);
        links.set(1, links.get(2));
        links.set(2, one);

        assertThat(HashChain.verify(links).firstBrokenIndex()).isEqualTo(1);
    }

    @Test
    void aRecomputedLinkStillBreaksTheNextOne() {
        List<ChainLink> links = chainOf(5);
        ChainLink original = links.get(1);
        String forged = original.content().replace("TR-1", "TR-9");
        links.set(1, new ChainLink(1, original.previousHash(), forged, HashChain.hash(1, original.previousHash(), forged)));

        assertThat(HashChain.verify(links).firstBrokenIndex()).isEqualTo(2);
    }

    @Test
    void tamperingAnyCharacterOfAnyLinkIsDetected() {
        List<ChainLink> links = chainOf(3);
        for (int index = 0; index < links.size(); index++) {
            ChainLink link = links.get(index);
            for (int c = 0; c < link.hash().length(); c++) {
                List<ChainLink> copy = new ArrayList<>(links);
                char[] hash = link.hash().toCharArray();
                hash[c] = hash[c] == '0' ? '1' : '0';
                copy.set(index, new ChainLink(link.sequence(), link.previousHash(), link.content(), new String(hash)));
                assertThat(HashChain.verify(copy).intact()).isFalse();
            }
            for (int c = 0; c < link.content().length(); c++) {
                List<ChainLink> copy = new ArrayList<>(links);
                char[] content = link.content().toCharArray();
                content[c] = (char) (content[c] ^ 1);
                copy.set(index, new ChainLink(link.sequence(), link.previousHash(), new String(content), link.hash()));
                assertThat(HashChain.verify(copy).firstBrokenIndex()).isEqualTo(index);
            }
        }
    }
}
