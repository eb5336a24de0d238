package org.inspectorate.files.application;

import java.time.Instant;
import java.util.UUID;
import org.inspectorate.files.domain.StoredFile;

/** What callers may know about a stored file. */
public record FileInfo(UUID id, String name, String type, long size, long received, String status,
        String rejection, String sha256, String uploaderName, Instant createdAt) {

    static FileInfo of(StoredFile f) {
        return new FileInfo(f.id(), f.name(), f.detectedType() == null ? f.declaredType() : f.detectedType(),
                f.declaredSize(), f.receivedSize(), f.status().name(), f.rejection(), f.sha256(), f.uploaderName(),
                f.createdAt());
    }

    public boolean stored() {
        return "STORED".equals(status);
    }
}
