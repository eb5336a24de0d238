package org.inspectorate.audit.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking every hash chain of the audit trail: how many rows were checked, the rows that are in
 * no chain (inserted behind the trigger's back), and the first break of each broken chain.
 */
public record ChainVerification(Instant verifiedAt, int chains, long checkedRows, long unlinkedRows,
        List<ChainBreak> breaks) {

    public ChainVerification {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty() && unlinkedRows == 0;
    }

    /** The earliest break, by the audit row's id where it has one. */
    public Optional<ChainBreak> firstBreak() {
        return breaks.stream().min(Comparator.comparing((ChainBreak b) -> b.auditId() == null ? Long.MAX_VALUE : b.auditId())
                .thenComparingInt(ChainBreak::chain));
    }
}
