package org.inspectorate.audit.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.inspectorate.audit.domain.ChainBreak;
import org.inspectorate.audit.domain.ChainVerification;
import org.inspectorate.audit.domain.ChainWalk;
import org.inspectorate.audit.domain.ChainedRow;

/**
 * Reads the audit trail's hash chains (V73) in one read-only snapshot, so that rows committed while it runs
 * neither appear half-way nor count as missing, a page of links at a time.
 */
@ApplicationScoped
public class AuditChainStore {

    static final int PAGE = 2_000;

    private static final String LINKS = """
            select l.seq, l.audit_id, l.hash, e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint,
                   e.actor_id, e.actor_name, e.actor_kind, e.source_ip, e.action, e.entity_type, e.entity_id,
                   e.before_data::text, e.after_data::text, e.detail
              from audit_link l left join audit_event e on e.id = l.audit_id
             where l.chain = ? and l.seq >= ? and l.seq <= ?
             order by l.seq
             limit ?""";

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    public ChainVerification verify(Clock clock) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
                return verify(c, clock);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail's hash chains: " + e.getSQLState(), e);
        }
    }

    /** One chain as its head and anchor record it, with the walk that checks it. */
    private record Chain(int chain, long headSeq, byte[] headHash, ChainWalk walk) {
    }

    private ChainVerification verify(Connection c, Clock clock) throws SQLException {
        List<Chain> chains = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select h.chain, h.last_seq, h.last_hash, a.from_seq, a.prev_hash
                  from audit_chain_head h join audit_chain_anchor a on a.chain = h.chain order by h.chain""")) {
            while (rs.next()) {
                int chain = rs.getInt(1);
                chains.add(new Chain(chain, rs.getLong(2), rs.getBytes(3), new ChainWalk(chain, rs.getLong(4),
                        rs.getBytes(5))));
            }
        }
        long checked = 0;
        List<ChainBreak> breaks = new ArrayList<>();
        for (Chain chain : chains) {
            walkChain(c, chain.chain(), chain.walk(), chain.headSeq());
            chain.walk().end(chain.headSeq(), chain.headHash());
            checked += chain.walk().checked();
            chain.walk().broken().ifPresent(breaks::add);
        }
        return new ChainVerification(clock.instant(), chains.size(), checked, unlinkedRows(c), breaks);
    }

    private static void walkChain(Connection c, int chain, ChainWalk walk, long headSeq) throws SQLException {
        long from = Long.MIN_VALUE;
        boolean more = true;
        try (PreparedStatement ps = c.prepareStatement(LINKS)) {
            while (more) {
                ps.setInt(1, chain);
                ps.setLong(2, from);
                ps.setLong(3, headSeq);
                ps.setInt(4, PAGE);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        long seq = rs.getLong(1);
                        from = seq + 1;
                        if (!walk.next(seq, rs.getLong(2), rs.getBytes(3), row(rs))) {
                            return;
                        }
                    }
                }
                more = n == PAGE;
            }
        }
    }

    private static ChainedRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong(4);
        if (rs.wasNull()) {
            return null;
        }
        long actor = rs.getLong(6);
        Long actorId = rs.wasNull() ? null : actor;
        return new ChainedRow(id, rs.getLong(5), actorId, rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    private static long unlinkedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from audit_event e where not exists (select 1 from audit_link l where l.audit_id = e.id)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
