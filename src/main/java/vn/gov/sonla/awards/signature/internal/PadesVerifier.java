package vn.gov.sonla.awards.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

import vn.gov.sonla.awards.document.PdfDocuments;
import vn.gov.sonla.awards.signature.Refusal;
import vn.gov.sonla.awards.signature.SignedDocument;
import vn.gov.sonla.awards.signature.TimeSource;

/**
 * Verifies the PAdES signature of an uploaded PDF offline, in the order a reader would ask: is it a signed PDF, do
 * the signed bytes match the signature, does the signature cover the whole file (validation data appended later
 * aside), is it this document, was the signer's certificate valid when it signed, and does it chain to a trust
 * anchor the administrator installed. Revocation is never checked (no network): the verdict says so.
 */
public final class PadesVerifier {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final Set<String> DETACHED = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private PadesVerifier() {
    }

    /** The trust material: installed roots (trust anchors) and installed intermediates (path candidates only). */
    public record Trust(List<X509Certificate> roots, List<X509Certificate> intermediates) {
    }

    /** The verdict: a refusal, or what the signature says (signer, time, trust path from signer to root). */
    public record Result(Refusal refusal, String signerName, String signerSubject, Instant signedAt,
                         TimeSource timeSource, List<String> trustPath) {

        static Result refused(Refusal refusal) {
            return new Result(refusal, null, null, null, null, List.of());
        }

        Result refusedAs(Refusal r) {
            return new Result(r, signerName, signerSubject, signedAt, timeSource, trustPath);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    public static Result verify(byte[] bytes, SignedDocument expected, Trust trust) {
        if (bytes.length < PDF_MAGIC.length || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Result.refused(Refusal.NOT_PDF);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Optional<PDSignature> found = document.getSignatureDictionaries().stream()
                    .filter(s -> !DOCUMENT_TIMESTAMP.equals(s.getSubFilter()))
                    .filter(s -> s.getByteRange() != null && s.getByteRange().length == 4)
                    .max(Comparator.comparingLong(s -> (long) s.getByteRange()[2] + s.getByteRange()[3]));
            if (found.isEmpty()) {
                return Result.refused(Refusal.NO_SIGNATURE);
            }
            return verify(bytes, document, found.get(), expected, trust);
        } catch (IOException e) {
            return Result.refused(Refusal.NOT_PDF);
        }
    }

    private static Result verify(byte[] bytes, PDDocument document, PDSignature signature, SignedDocument expected,
                                 Trust trust) throws IOException {
        if (!DETACHED.contains(signature.getSubFilter())) {
            return Result.refused(Refusal.UNSUPPORTED_SIGNATURE);
        }
        int[] range = signature.getByteRange();
        long signedEnd = (long) range[2] + range[3];
        // The gap must be exactly the hex string /Contents: anything else unsigned could hide changes.
        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1 || range[3] < 0 || signedEnd > bytes.length
                || bytes[range[1]] != '<' || bytes[range[2] - 1] != '>') {
            return Result.refused(Refusal.DIGEST_MISMATCH);
        }
        byte[] signedContent = new byte[range[1] + range[3]];
        System.arraycopy(bytes, 0, signedContent, 0, range[1]);
        System.arraycopy(bytes, range[2], signedContent, range[1], range[3]);

        CMSSignedData cms;
        SignerInformation signer;
        X509Certificate signerCertificate;
        List<X509Certificate> embedded;
        try {
            cms = cms(hex(bytes, range[1] + 1, range[2] - 1), signedContent);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Result.refused(Refusal.UNSUPPORTED_SIGNATURE);
            }
            signer = signers.iterator().next();
            embedded = certificates(cms, null);
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
            List<X509Certificate> matching = certificates(cms, sid);
            if (matching.isEmpty()) {
                return Result.refused(Refusal.UNSUPPORTED_SIGNATURE);
            }
            signerCertificate = matching.get(0);
            // by its public key: the certificate's validity is judged below, at the signing time found there
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                    .build(signerCertificate.getPublicKey()))) {
                return Result.refused(Refusal.DIGEST_MISMATCH);
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IllegalArgumentException
                 | IllegalStateException | ClassCastException e) {
            return Result.refused(Refusal.DIGEST_MISMATCH);
        }

        Result result = signedBy(signer, signature, signerCertificate, embedded, trust);
        if (signedEnd < bytes.length && !onlyValidationDataAfter(bytes, (int) signedEnd, document)) {
            return result.refusedAs(Refusal.CHANGED_AFTER_SIGNING);
        }
        if (!isTheDocument(Arrays.copyOf(bytes, (int) signedEnd), expected)) {
            return result.refusedAs(Refusal.OTHER_DOCUMENT);
        }
        try {
            signerCertificate.checkValidity(Date.from(result.signedAt()));
        } catch (CertificateExpiredException e) {
            return result.refusedAs(Refusal.CERTIFICATE_EXPIRED);
        } catch (CertificateNotYetValidException e) {
            return result.refusedAs(Refusal.CERTIFICATE_NOT_YET_VALID);
        }
        Optional<List<X509Certificate>> path = path(signerCertificate, embedded, trust, result.signedAt());
        if (path.isEmpty()) {
            return result.refusedAs(Refusal.UNTRUSTED_ISSUER);
        }
        return new Result(null, result.signerName(), result.signerSubject(), result.signedAt(), result.timeSource(),
                path.get().stream().map(PadesVerifier::commonName).toList());
    }

    /**
     * The CMS in /Contents: read as one ASN.1 object, because the hex string is zero-padded to its reserved size
     * and Bouncy Castle (from 1.85) refuses trailing bytes when given the whole array.
     */
    private static CMSSignedData cms(byte[] contents, byte[] signedContent) throws CMSException {
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(contents))) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new CMSException("empty /Contents");
            }
            return new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(object));
        } catch (IOException e) {
            throw new CMSException("unreadable /Contents", e);
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms, Selector<X509CertificateHolder> selector)
            throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        List<X509Certificate> out = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(selector)) {
            out.add(converter.getCertificate(holder));
        }
        return out;
    }

    /**
     * Who signed and when: the time of the signature's timestamp when it verifies, else the claimed time, saying
     * which (and whether a timestamp was there but could not be verified).
     */
    private static Result signedBy(SignerInformation signer, PDSignature signature, X509Certificate certificate,
                                   List<X509Certificate> embedded, Trust trust) {
        Instant at = null;
        TimeSource source = TimeSource.CLAIMED;
        SignatureTimestamps.Stamp stamp = SignatureTimestamps.of(signer, embedded, trust);
        if (stamp.verified() != null) {
            at = stamp.verified();
            source = TimeSource.TIMESTAMP;
        } else {
            if (stamp.present()) {
                source = TimeSource.TIMESTAMP_UNVERIFIED;
            }
            AttributeTable signed = signer.getSignedAttributes();
            Attribute signingTime = signed == null ? null : signed.get(CMSAttributes.signingTime);
            if (signingTime != null && signingTime.getAttrValues().size() == 1) {
                at = Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant();
            } else if (signature.getSignDate() != null) {
                at = signature.getSignDate().toInstant();
            }
        }
        if (at == null) {
            at = Instant.EPOCH;
        }
        return new Result(null, commonName(certificate), certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                at, source, List.of());
    }

    /**
     * Whether what follows the signed revision only adds validation data (a DSS, document timestamps): every page's
     * content, text and annotations (signature widgets aside) are those of the signed revision, and every signature
     * added later is a document timestamp.
     */
    private static boolean onlyValidationDataAfter(byte[] bytes, int signedEnd, PDDocument full) throws IOException {
        boolean onlyWhitespace = true;
        for (int i = signedEnd; i < bytes.length && onlyWhitespace; i++) {
            onlyWhitespace = Character.isWhitespace(bytes[i]) || bytes[i] == 0;
        }
        if (onlyWhitespace) {
            return true;
        }
        for (PDSignature later : full.getSignatureDictionaries()) {
            int[] r = later.getByteRange();
            if (r != null && r.length == 4 && (long) r[2] + r[3] > signedEnd && !DOCUMENT_TIMESTAMP.equals(later.getSubFilter())) {
                return false;
            }
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(bytes, signedEnd))) {
            if (signed.getNumberOfPages() != full.getNumberOfPages()) {
                return false;
            }
            for (int i = 0; i < signed.getNumberOfPages(); i++) {
                PDPage before = signed.getPage(i);
                PDPage after = full.getPage(i);
                if (!Arrays.equals(before.getContents().readAllBytes(), after.getContents().readAllBytes())
                        || !Objects.equals(before.getMediaBox().toString(), after.getMediaBox().toString())
                        || !annotations(before).equals(annotations(after))) {
                    return false;
                }
            }
            return text(signed).equals(text(full));
        }
    }

    private static List<String> annotations(PDPage page) throws IOException {
        List<String> kinds = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (!"Widget".equals(a.getSubtype())) {
                kinds.add(a.getSubtype() + "|" + a.getRectangle() + "|" + a.getContents());
            }
        }
        return kinds;
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The signed revision is the system's PDF of this record: its identifier, its number and its date. */
    private static boolean isTheDocument(byte[] signedRevision, SignedDocument expected) throws IOException {
        try (PDDocument signed = Loader.loadPDF(signedRevision)) {
            String identifier = signed.getDocumentInformation().getCustomMetadataValue(PdfDocuments.IDENTIFIER_KEY);
            if (!expected.kind().identifier(expected.id()).equals(identifier)) {
                return false;
            }
            String text = text(signed).replaceAll("\\s+", " ");
            String date = expected.issuedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            return text.contains(expected.number()) && text.contains(date);
        }
    }

    /** The path from the signer to an installed root, valid at the signing time; revocation not checked. */
    static Optional<List<X509Certificate>> path(X509Certificate signer, List<X509Certificate> embedded, Trust trust,
                                                        Instant at) {
        if (trust.roots().isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            trust.roots().forEach(root -> anchors.add(new TrustAnchor(root, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> candidates = new ArrayList<>(embedded);
            candidates.addAll(trust.intermediates());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            PKIXCertPathBuilderResult built = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            built.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(built.getTrustAnchor().getTrustedCert());
            return Optional.of(path);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static byte[] hex(byte[] bytes, int from, int to) {
        return HexFormat.of().parseHex(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.US_ASCII).strip());
    }
}
