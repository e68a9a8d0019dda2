package vn.gov.sonla.awards.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.ForbiddenException;
import vn.gov.sonla.awards.common.NotFoundException;
import vn.gov.sonla.awards.signature.internal.PadesVerifier;
import vn.gov.sonla.awards.signature.internal.SignedOriginalStore;
import vn.gov.sonla.awards.signature.internal.TrustAnchors;

/**
 * The signed originals of numbered documents: an office uploads the PDF it signed, the upload is verified and kept
 * in the document's history with its verdict; the newest accepted upload is the document's signed original.
 * A refused upload replaces nothing.
 */
@Service
@Transactional
public class SignedOriginals {

    private final Map<DocumentKind, SignableDocuments> documents = new EnumMap<>(DocumentKind.class);
    private final TrustAnchors anchors;
    private final SignedOriginalStore store;
    private final Clock clock;
    private final long maxBytes;

    SignedOriginals(List<SignableDocuments> documents, TrustAnchors anchors, SignedOriginalStore store, Clock clock,
                    @Value("${awards.upload.max-file-size:20MB}") DataSize maxFileSize) {
        documents.forEach(d -> this.documents.put(d.kind(), d));
        this.anchors = anchors;
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxFileSize.toBytes();
    }

    /** The document as the person may see it; 404 when they may not, or when no module knows the kind. */
    @Transactional(readOnly = true)
    public SignedDocument document(DocumentKind kind, long id, Actor user) {
        SignableDocuments owner = documents.get(kind);
        if (owner == null) {
            throw new NotFoundException(kind + " " + id);
        }
        return owner.find(id, user);
    }

    /** Verifies the uploaded file as the signed original of the document and records the upload with its verdict. */
    public SignedOriginal upload(DocumentKind kind, long id, String fileName, byte[] bytes, Actor user) {
        SignedDocument document = document(kind, id, user);
        if (!documents.get(kind).mayUpload(document, user)) {
            throw new ForbiddenException("signature.upload.forbidden");
        }
        byte[] content = bytes == null ? new byte[0] : bytes;
        PadesVerifier.Result result;
        if (content.length == 0) {
            result = new PadesVerifier.Result(Refusal.EMPTY, null, null, null, null, List.of());
        } else if (content.length > maxBytes) {
            result = new PadesVerifier.Result(Refusal.TOO_LARGE, null, null, null, null, List.of());
        } else {
            result = PadesVerifier.verify(content, document, anchors.trust());
        }
        long rowId = store.insert(kind, id, SignedOriginalStore.safeName(fileName), content, sha256(content), result, user,
                clock.instant());
        return store.get(rowId);
    }

    /** The document's signed original: its newest accepted upload. */
    @Transactional(readOnly = true)
    public Optional<SignedOriginal> current(DocumentKind kind, long id) {
        return store.current(kind, id);
    }

    /** Every upload for the document, newest first, accepted or refused. */
    @Transactional(readOnly = true)
    public List<SignedOriginal> history(DocumentKind kind, long id) {
        return store.history(kind, id);
    }

    /** The file of the document's signed original, for those who may see the document; 404 when there is none. */
    @Transactional(readOnly = true)
    public Download download(DocumentKind kind, long id, Actor user) {
        SignedDocument document = document(kind, id, user);
        SignedOriginal current = current(kind, id).orElseThrow(() -> new NotFoundException("signed original of " + kind + " " + id));
        return new Download(document, current, store.content(current.id()));
    }

    /** What a document page shows of its signed original; null when the person may not see the document. */
    @Transactional(readOnly = true)
    public Panel panel(String kind, long id, Actor user) {
        DocumentKind k = DocumentKind.valueOf(kind);
        SignedDocument document;
        try {
            document = document(k, id, user);
        } catch (NotFoundException e) {
            return null;
        }
        return new Panel(document, current(k, id).orElse(null), history(k, id), documents.get(k).mayUpload(document, user));
    }

    public record Download(SignedDocument document, SignedOriginal original, byte[] content) {
    }

    public record Panel(SignedDocument document, SignedOriginal current, List<SignedOriginal> history, boolean mayUpload) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
