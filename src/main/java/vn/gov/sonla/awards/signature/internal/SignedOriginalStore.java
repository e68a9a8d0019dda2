package vn.gov.sonla.awards.signature.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.common.PlainText;
import vn.gov.sonla.awards.signature.DocumentKind;
import vn.gov.sonla.awards.signature.Refusal;
import vn.gov.sonla.awards.signature.SignedOriginal;
import vn.gov.sonla.awards.signature.TimeSource;

/** The table of uploads of signed originals; rows are only ever added (a trigger refuses changes). */
@Repository
public class SignedOriginalStore {

    private static final String COLUMNS = """
            id, document_kind, document_id, file_name, size_bytes, sha256, refusal, signer_name, signer_subject,
            signed_at, time_source, trust_path, uploaded_by_name, uploaded_at\s""";

    private final JdbcClient jdbc;

    SignedOriginalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(DocumentKind kind, long documentId, String fileName, byte[] content, String sha256,
                       PadesVerifier.Result result, Actor user, Instant at) {
        return jdbc.sql("""
                insert into signed_original (document_kind, document_id, file_name, size_bytes, sha256, content, refusal,
                       signer_name, signer_subject, signed_at, time_source, trust_path, uploaded_by, uploaded_by_name,
                       uploaded_at)
                values (:kind, :id, :name, :size, :sha, :content, :refusal, :signer, :subject, :signedAt, :source,
                        :path, :by, :byName, :at)
                returning id""")
                .param("kind", kind.name())
                .param("id", documentId)
                .param("name", fileName)
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("content", result.accepted() ? content : null)
                .param("refusal", result.accepted() ? null : result.refusal().name())
                .param("signer", result.signerName())
                .param("subject", result.signerSubject())
                .param("signedAt", result.signedAt() == null ? null : OffsetDateTime.ofInstant(result.signedAt(), java.time.ZoneOffset.UTC))
                .param("source", result.timeSource() == null ? null : result.timeSource().name())
                .param("path", result.trustPath().toArray(String[]::new))
                .param("by", user.username())
                .param("byName", user.fullName())
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    public SignedOriginal get(long id) {
        return jdbc.sql("select " + COLUMNS + " from signed_original where id = ?").param(id)
                .query(SignedOriginalStore::row).single();
    }

    public Optional<SignedOriginal> current(DocumentKind kind, long documentId) {
        return jdbc.sql("select " + COLUMNS + """
                 from signed_original where document_kind = ? and document_id = ? and refusal is null
                 order by id desc limit 1""")
                .param(kind.name()).param(documentId).query(SignedOriginalStore::row).optional();
    }

    public List<SignedOriginal> history(DocumentKind kind, long documentId) {
        return jdbc.sql("select " + COLUMNS + " from signed_original where document_kind = ? and document_id = ? order by id desc")
                .param(kind.name()).param(documentId).query(SignedOriginalStore::row).list();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from signed_original where id = ?").param(id).query(byte[].class).single();
    }

    /** The uploaded file's name as kept: no directories, no control or markup characters, bounded. */
    public static String safeName(String name) {
        String s = PlainText.withoutControls(name == null ? "" : name);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).replaceAll("[<>:\"|?*%;]", "").strip();
        if (s.length() > 150) {
            s = s.substring(s.length() - 150);
        }
        return s.isBlank() ? "signed.pdf" : s;
    }

    private static SignedOriginal row(ResultSet rs, int n) throws SQLException {
        String refusal = rs.getString("refusal");
        String source = rs.getString("time_source");
        OffsetDateTime signedAt = rs.getObject("signed_at", OffsetDateTime.class);
        Array path = rs.getArray("trust_path");
        return new SignedOriginal(rs.getLong("id"), DocumentKind.valueOf(rs.getString("document_kind")),
                rs.getLong("document_id"), rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
                refusal == null, refusal == null ? null : Refusal.valueOf(refusal), rs.getString("signer_name"),
                rs.getString("signer_subject"), signedAt == null ? null : signedAt.toInstant(),
                source == null ? null : TimeSource.valueOf(source),
                path == null ? List.of() : Arrays.asList((String[]) path.getArray()),
                rs.getString("uploaded_by_name"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
