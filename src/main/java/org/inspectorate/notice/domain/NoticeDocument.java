package org.inspectorate.notice.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF of a notice exactly as served; never changed. */
@Entity
@Table(name = "notice_document")
public class NoticeDocument {

    @Id
    @Column(name = "notice_id")
    private Long noticeId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected NoticeDocument() {
    }

    public NoticeDocument(Long noticeId, String fileName, byte[] content, String sha256) {
        this.noticeId = noticeId;
        this.fileName = fileName;
        this.contentType = "application/pdf";
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long noticeId() { return noticeId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
}
