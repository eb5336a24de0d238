package org.inspectorate.audit.api;

import java.time.Instant;
import java.util.List;
import org.inspectorate.audit.domain.ChainBreak;
import org.inspectorate.audit.domain.ChainVerification;

/** What the hash-chain check found, for the API. */
public record ChainReport(boolean intact, Instant verifiedAt, int chains, long checkedRows, long unlinkedRows,
        Link firstBreak, List<Link> breaks) {

    public record Link(int chain, long position, Long auditId, String problem) {
        static Link of(ChainBreak b) {
            return new Link(b.chain(), b.seq(), b.auditId(), b.problem().name());
        }
    }

    public static ChainReport of(ChainVerification v) {
        return new ChainReport(v.intact(), v.verifiedAt(), v.chains(), v.checkedRows(), v.unlinkedRows(),
                v.firstBreak().map(Link::of).orElse(null), v.breaks().stream().map(Link::of).toList());
    }
}
