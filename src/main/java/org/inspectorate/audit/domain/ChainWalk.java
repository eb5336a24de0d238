package org.inspectorate.audit.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Walks one hash chain link by link, from its anchor to its head, and stops at the first link that does not
 * hold. Feed it the links in position order; then {@link #end} checks that nothing is missing at the end.
 */
public final class ChainWalk {

    private final int chain;
    private long expectedSeq;
    private byte[] previous;
    private long checked;
    private ChainBreak broken;

    public ChainWalk(int chain, long fromSeq, byte[] anchorHash) {
        this.chain = chain;
        this.expectedSeq = fromSeq;
        this.previous = anchorHash.clone();
    }

    /** One link; {@code row} is null when the link's row is gone. Returns false once the chain is broken. */
    public boolean next(long seq, long auditId, byte[] storedHash, ChainedRow row) {
        if (broken != null) {
            return false;
        }
        if (seq != expectedSeq) {
            broken = new ChainBreak(chain, expectedSeq, null, ChainBreak.Problem.LINK_MISSING);
            return false;
        }
        if (row == null) {
            broken = new ChainBreak(chain, seq, auditId, ChainBreak.Problem.ROW_REMOVED);
            return false;
        }
        if (!Arrays.equals(row.linkHash(previous, chain, seq), storedHash)) {
            broken = new ChainBreak(chain, seq, auditId, ChainBreak.Problem.ROW_CHANGED);
            return false;
        }
        previous = storedHash.clone();
        expectedSeq++;
        checked++;
        return true;
    }

    /** The chain's recorded head: its last position and hash must be the last link walked. */
    public void end(long headSeq, byte[] headHash) {
        if (broken != null) {
            return;
        }
        if (headSeq >= expectedSeq) {
            broken = new ChainBreak(chain, expectedSeq, null, ChainBreak.Problem.CHAIN_TRUNCATED);
        } else if (headSeq != expectedSeq - 1 || !Arrays.equals(headHash, previous)) {
            broken = new ChainBreak(chain, headSeq, null, ChainBreak.Problem.LINK_CHANGED);
        }
    }

    public long checked() {
        return checked;
    }

    public Optional<ChainBreak> broken() {
        return Optional.ofNullable(broken);
    }
}
