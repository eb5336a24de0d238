package org.inspectorate.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An audit row as the hash chain sees it, and its link hash: sha256(previous hash || canonical text). The
 * canonical text is the one the database trigger builds (V73, {@code audit_canonical}): each field as '-' when
 * null, else its length in UTF-8 bytes, ':' and the value; the time in microseconds since the epoch, the JSON
 * values in PostgreSQL's own text form, then the chain and position.
 */
public record ChainedRow(long id, long occurredMicros, Long actorId, String actorName, String actorKind,
        String sourceIp, String action, String entityType, String entityId, String before, String after,
        String detail) {

    public static final byte[] GENESIS = new byte[32];

    public String canonicalText(int chain, long seq) {
        StringBuilder s = new StringBuilder(256);
        for (String v : new String[] {Long.toString(id), Long.toString(occurredMicros),
                actorId == null ? null : actorId.toString(), actorName, actorKind, sourceIp, action, entityType,
                entityId, before, after, detail, Integer.toString(chain), Long.toString(seq)}) {
            field(s, v);
        }
        return s.toString();
    }

    public byte[] linkHash(byte[] previous, int chain, long seq) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(canonicalText(chain, seq).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void field(StringBuilder s, String v) {
        if (v == null) {
            s.append('-');
        } else {
            s.append(v.getBytes(StandardCharsets.UTF_8).length).append(':').append(v);
        }
    }
}
