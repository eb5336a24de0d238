package org.inspectorate.audit.domain;

/** The first link of one hash chain that does not hold, and why. */
public record ChainBreak(int chain, long seq, Long auditId, Problem problem) {

    public enum Problem {
        /** The row's content no longer gives the hash its link recorded: it was changed. */
        ROW_CHANGED,
        /** A link points to a row that is not there any more: it was deleted. */
        ROW_REMOVED,
        /** A position in the chain has no link: a link (and maybe its row) was deleted. */
        LINK_MISSING,
        /** The chain ends before its recorded head: its newest links were deleted. */
        CHAIN_TRUNCATED,
        /** The link's own hash does not follow from the one before: the link itself was rewritten. */
        LINK_CHANGED
    }
}
