package org.inspectorate.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static ChainedRow row(long id, String detail) {
        return new ChainedRow(id, 1_765_000_000_000_000L + id, 7L, "Ann Inspector", "STAFF", "10.0.0.1", "THING_DONE",
                "Report", "R-" + id, null, "{\"a\": 1}", detail);
    }

    private record Link(long seq, long auditId, byte[] hash, ChainedRow row) {
    }

    /** A chain of n rows as the trigger would have written it. */
    private static List<Link> chain(int chain, int n) {
        List<Link> links = new ArrayList<>();
        byte[] previous = ChainedRow.GENESIS;
        for (int i = 1; i <= n; i++) {
            ChainedRow r = row(i * 50L, "detail " + i);
            byte[] h = r.linkHash(previous, chain, i);
            links.add(new Link(i, r.id(), h, r));
            previous = h;
        }
        return links;
    }

    private static ChainWalk walk(int chain, List<Link> links, long headSeq, byte[] headHash) {
        ChainWalk w = new ChainWalk(chain, 1, ChainedRow.GENESIS);
        for (Link l : links) {
            if (!w.next(l.seq, l.auditId, l.hash, l.row)) {
                break;
            }
        }
        w.end(headSeq, headHash);
        return w;
    }

    @Test
    void anUntouchedChainHolds() {
        List<Link> links = chain(3, 5);
        ChainWalk w = walk(3, links, 5, links.get(4).hash);
        assertTrue(w.broken().isEmpty());
        assertEquals(5, w.checked());
    }

    @Test
    void anEditedRowBreaksItsLink() {
        List<Link> links = new ArrayList<>(chain(3, 5));
        Link third = links.get(2);
        links.set(2, new Link(3, third.auditId, third.hash, row(third.auditId, "nothing to see here")));
        ChainBreak b = walk(3, links, 5, links.get(4).hash).broken().orElseThrow();
        assertEquals(ChainBreak.Problem.ROW_CHANGED, b.problem());
        assertEquals(3, b.seq());
        assertEquals(150L, b.auditId());
    }

    @Test
    void aDeletedRowOrLinkAndATruncatedEndAreFound() {
        List<Link> links = new ArrayList<>(chain(0, 5));
        Link second = links.get(1);
        links.set(1, new Link(2, second.auditId, second.hash, null));
        assertEquals(ChainBreak.Problem.ROW_REMOVED, walk(0, links, 5, links.get(4).hash).broken().orElseThrow().problem());

        List<Link> gap = new ArrayList<>(chain(0, 5));
        gap.remove(3);
        ChainBreak missing = walk(0, gap, 5, gap.get(3).hash).broken().orElseThrow();
        assertEquals(ChainBreak.Problem.LINK_MISSING, missing.problem());
        assertEquals(4, missing.seq());

        List<Link> shortened = chain(0, 5).subList(0, 3);
        assertEquals(ChainBreak.Problem.CHAIN_TRUNCATED,
                walk(0, shortened, 5, new byte[32]).broken().orElseThrow().problem());
    }

    @Test
    void theSameRowInAnotherPlaceHashesDifferently() {
        ChainedRow r = row(50, "x");
        assertNotEquals(new String(r.linkHash(ChainedRow.GENESIS, 0, 1)), new String(r.linkHash(ChainedRow.GENESIS, 1, 1)));
        assertNotEquals(new String(r.linkHash(ChainedRow.GENESIS, 0, 1)), new String(r.linkHash(ChainedRow.GENESIS, 0, 2)));
    }

    @Test
    void canonicalTextTellsNullFromADashAndCountsBytes() {
        ChainedRow withNull = new ChainedRow(1, 2, null, "é", "K", null, "A", null, null, null, null, null);
        ChainedRow withDash = new ChainedRow(1, 2, null, "é", "K", "-", "A", null, null, null, null, null);
        assertFalse(withNull.canonicalText(0, 1).equals(withDash.canonicalText(0, 1)));
        assertEquals("1:11:2-2:é1:K-1:A-----1:01:1", withNull.canonicalText(0, 1));
    }
}
