package org.inspectorate.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An uploaded file's record; its bytes are in chunks beside it. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "declared_type", nullable = false)
    private String declaredType;

    @Column(name = "detected_type")
    private String detectedType;

    @Column(name = "declared_size", nullable = false)
    private long declaredSize;

    @Column(name = "received_size", nullable = false)
    private long receivedSize;

    @Column(name = "sha256")
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FileStatus status;

    @Column(name = "rejection")
    private String rejection;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploader_name", nullable = false)
    private String uploaderName;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "owner_scope", updatable = false)
    private String ownerScope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StoredFile() {
    }

    public StoredFile(String name, String declaredType, long declaredSize, Long uploadedBy, String uploaderName,
            String providerId, Instant now) {
        this(name, declaredType, declaredSize, uploadedBy, uploaderName, providerId, null, now);
    }

    /** A file owned by a scope (see the files context's FileScope) rather than by an organisation. */
    public StoredFile(String name, String declaredType, long declaredSize, Long uploadedBy, String uploaderName,
            String providerId, String ownerScope, Instant now) {
        this.ownerScope = ownerScope;
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.declaredType = FilePolicy.normalise(declaredType);
        this.declaredSize = declaredSize;
        this.uploadedBy = uploadedBy;
        this.uploaderName = uploaderName;
        this.providerId = providerId;
        this.createdAt = now;
        this.status = FileStatus.UPLOADING;
    }

    /** Checks that a chunk continues the file exactly where it stands and does not overrun it. */
    public void accept(long offset, long length) {
        if (status != FileStatus.UPLOADING) {
            throw new IllegalStateException("The upload is already " + status.name().toLowerCase());
        }
        if (offset != receivedSize) {
            throw new IllegalArgumentException("The upload continues at byte " + receivedSize + ", not " + offset);
        }
        if (receivedSize + length > declaredSize) {
            throw new IllegalArgumentException("More bytes arrived than the " + declaredSize + " declared");
        }
        receivedSize += length;
    }

    public boolean complete() {
        return receivedSize == declaredSize;
    }

    public void stored(String detected, String digest, Instant now) {
        detectedType = detected;
        sha256 = digest;
        status = FileStatus.STORED;
        completedAt = now;
    }

    public void reject(String detected, String reason, Instant now) {
        detectedType = detected;
        rejection = reason;
        status = FileStatus.REJECTED;
        completedAt = now;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", detectedType == null ? declaredType : detectedType);
        s.put("size", declaredSize);
        s.put("status", status.name());
        s.put("sha256", sha256);
        s.put("rejection", rejection);
        return s;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String declaredType() {
        return declaredType;
    }

    public String detectedType() {
        return detectedType;
    }

    public long declaredSize() {
        return declaredSize;
    }

    public long receivedSize() {
        return receivedSize;
    }

    public String sha256() {
        return sha256;
    }

    public FileStatus status() {
        return status;
    }

    public String rejection() {
        return rejection;
    }

    public Long uploadedBy() {
        return uploadedBy;
    }

    public String uploaderName() {
        return uploaderName;
    }

    public String providerId() {
        return providerId;
    }

    public String ownerScope() {
        return ownerScope;
    }

    /** Whether a caller acting for {@code scope} (null: for no scope) may reach this file. */
    public boolean ownedBy(String scope) {
        return ownerScope != null && ownerScope.equals(scope);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
