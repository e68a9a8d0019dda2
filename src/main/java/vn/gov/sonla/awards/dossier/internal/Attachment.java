package vn.gov.sonla.awards.dossier.internal;

import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import vn.gov.sonla.awards.dossier.AttachmentKind;

import vn.gov.sonla.awards.common.PlainText;

/** A file attached to a dossier: its kind, safe name, checked type, size and SHA-256. */
@Entity
@Table(name = "dossier_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "content_id")
    private AttachmentContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected Attachment() {
    }

    Attachment(Dossier dossier, AttachmentKind kind, InspectedFile file, String uploadedBy, Instant uploadedAt) {
        this.dossier = dossier;
        this.kind = kind;
        this.content = new AttachmentContent(file.bytes());
        this.fileName = file.safeName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.bytes().length;
        this.sha256 = file.sha256();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public byte[] bytes() {
        return content.bytes();
    }

    public Long getId() {
        return id;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    /** The name shown and sent: without control characters even if it was stored before they were refused. */
    public String getFileName() {
        return PlainText.withoutControls(fileName);
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
