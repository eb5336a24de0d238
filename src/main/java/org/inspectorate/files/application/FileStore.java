package org.inspectorate.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.inspectorate.audit.application.AuditLog;
import org.inspectorate.files.domain.FilePolicy;
import org.inspectorate.files.domain.FileStatus;
import org.inspectorate.files.domain.PackageCheck;
import org.inspectorate.files.domain.StoredFile;
import org.inspectorate.shared.domain.NotFound;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.security.Caller;
import org.inspectorate.shared.security.RequestActor;

/**
 * Uploading and reading files. An upload is declared (name, type, size), its bytes arrive in one or more
 * appends (each continuing exactly where the last stopped, so an interrupted upload resumes), and when the
 * last byte arrives the content's real type is detected, from the bytes alone, and its SHA-256 computed: a file
 * whose content is not what it claims is rejected. A ZIP is read through as it streams from the database
 * ({@link PackageCheck}): only a real Word, Excel or OpenDocument package of bounded size passes, never one holding a
 * program or a script. The name is stored without folders or hidden characters ({@link FilePolicy#safeName}). Provider users reach only their own organisation's files; staff all. A file
 * uploaded for an owner scope ({@link FileScope}: a caller without an account, authorised by another context)
 * is reached only through the methods taking that same scope, and by staff.
 */
@ApplicationScoped
public class FileStore {

    private static final Tika TIKA = new Tika();
    private static final int SNIFF_BYTES = 64 * 1024;

    @PersistenceContext(unitName = "inspectorate")
    EntityManager em;

    @Inject
    ChunkStore chunks;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor actor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "inspectorate.files.max-bytes", defaultValue = "26214400")
    long maxBytes;

    public FilePolicy policy() {
        return new FilePolicy(maxBytes);
    }

    @Transactional
    public FileInfo begin(String name, String type, long size) {
        return begin(null, name, type, size);
    }

    /** Declares an upload for an owner scope (null: the signed-in caller's organisation). */
    @Transactional
    public FileInfo begin(FileScope scope, String name, String type, long size) {
        String problem = policy().checkDeclared(name, type, size);
        if (problem != null) {
            throw ValidationFailure.of("file", problem);
        }
        Caller caller = actor.caller();
        name = FilePolicy.safeName(name);
        StoredFile file = scope == null
                ? new StoredFile(name, type, size, caller.userId(), caller.name(), caller.providerId(), clock.instant())
                : new StoredFile(name, type, size, null, scope.uploaderName(), null, scope.scope(), clock.instant());
        em.persist(file);
        return FileInfo.of(file);
    }

    /** Appends the next part of an upload; completes it when the last byte has arrived. */
    @Transactional
    public FileInfo append(UUID id, long offset, long length, InputStream in) {
        return append(null, id, offset, length, in);
    }

    /** Appends the next part of an upload of an owner scope (null: the caller's organisation). */
    @Transactional
    public FileInfo append(FileScope scope, UUID id, long offset, long length, InputStream in) {
        StoredFile file = owned(scope, id, LockModeType.PESSIMISTIC_WRITE);
        try {
            file.accept(offset, length);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ValidationFailure.of("offset", e.getMessage());
        }
        long got = chunks.append(id, in, length);
        if (got != length) {
            throw ValidationFailure.of("file", "The upload was cut short: " + got + " of " + length + " bytes arrived");
        }
        if (file.complete()) {
            finish(file);
        }
        return FileInfo.of(file);
    }

    /** A whole file in one go (for example from a form upload), streamed in chunks. */
    @Transactional
    public FileInfo store(String name, String type, long size, InputStream in) {
        return store(null, name, type, size, in);
    }

    /** A whole file in one go for an owner scope (null: the caller's organisation). */
    @Transactional
    public FileInfo store(FileScope scope, String name, String type, long size, InputStream in) {
        FileInfo begun = begin(scope, name, type, size);
        // The chunks are written with plain JDBC in this transaction: the file's row must be there first.
        em.flush();
        return append(scope, begun.id(), 0, size, in);
    }

    @Transactional
    public FileInfo info(UUID id) {
        return FileInfo.of(owned(null, id, LockModeType.NONE));
    }

    /** A file of the owner scope; not found (the attempt audited) for any other file. */
    @Transactional
    public FileInfo info(FileScope scope, UUID id) {
        return FileInfo.of(owned(scope, id, LockModeType.NONE));
    }

    /** Copies a stored file's bytes to {@code out}; the read is audited. */
    @Transactional
    public FileInfo copyTo(UUID id, OutputStream out) {
        StoredFile file = owned(null, id, LockModeType.NONE);
        if (file.status() != FileStatus.STORED) {
            throw new NotFound("file", id.toString());
        }
        chunks.read(id, out::write);
        audit.record("FILE_DOWNLOADED", "StoredFile", id.toString(), null);
        return FileInfo.of(file);
    }

    private void finish(StoredFile file) {
        MessageDigest sha = sha256();
        byte[] head = new byte[SNIFF_BYTES];
        int[] headLength = {0};
        chunks.read(file.id(), chunk -> {
            sha.update(chunk);
            int room = SNIFF_BYTES - headLength[0];
            if (room > 0) {
                int n = Math.min(room, chunk.length);
                System.arraycopy(chunk, 0, head, headLength[0], n);
                headLength[0] += n;
            }
        });
        byte[] start = java.util.Arrays.copyOf(head, headLength[0]);
        // decided by the content alone: the name is the uploader's claim, never evidence
        String detected = FilePolicy.normalise(TIKA.detect(start));
        String problem = null;
        if (isZip(start)) {
            PackageCheck.Result pkg = inspectPackage(file.id());
            detected = pkg.type();
            problem = pkg.problem();
        }
        if (problem == null) {
            problem = policy().checkDetected(file.declaredType(), detected);
        }
        if (problem == null) {
            file.stored(detected, HexFormat.of().formatHex(sha.digest()), clock.instant());
            audit.record("FILE_UPLOADED", "StoredFile", file.id().toString(), null, file.auditSnapshot(), null);
        } else {
            file.reject(detected, problem, clock.instant());
            chunks.delete(file.id());
            audit.record("FILE_REJECTED", "StoredFile", file.id().toString(), null, file.auditSnapshot(), problem);
        }
    }

    private static boolean isZip(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    private PackageCheck.Result inspectPackage(UUID id) {
        try (java.io.InputStream in = chunks.stream(id)) {
            return PackageCheck.inspect(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the stored file", e);
        }
    }

    private StoredFile owned(FileScope scope, UUID id, LockModeType lock) {
        StoredFile file = id == null ? null : em.find(StoredFile.class, id, lock);
        Caller caller = actor.caller();
        boolean allowed = file != null && (scope != null ? file.ownedBy(scope.scope()) : caller.isStaff()
                || file.ownerScope() == null && caller.isProvider() && caller.providerId() != null
                        && caller.providerId().equals(file.providerId()));
        if (!allowed) {
            if (file != null) {
                audit.recordSecurityEvent("ACCESS_REFUSED", "StoredFile", id.toString(), "Not the caller's file");
            }
            throw new NotFound("file", id.toString());
        }
        return file;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes uploads abandoned before completion. */
    @Transactional
    public int purgeAbandoned(java.time.Duration olderThan) {
        java.time.Instant cutoff = clock.instant().minus(olderThan);
        var stale = em.createQuery("select f from StoredFile f where f.status = :s and f.createdAt < :cutoff",
                StoredFile.class).setParameter("s", FileStatus.UPLOADING).setParameter("cutoff", cutoff)
                .setMaxResults(500).getResultList();
        stale.forEach(f -> {
            chunks.delete(f.id());
            em.remove(f);
        });
        return stale.size();
    }
}
