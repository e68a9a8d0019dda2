package vn.gov.sonla.awards.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A certification authority made at test time with Bouncy Castle: a root, an intermediate under it, and signers
 * (valid, expired) under the intermediate; {@link #untrusted()} is another, unrelated root with its own signer.
 * {@link #sign} signs a PDF the way an office's signing software does: an incremental update holding a detached
 * CMS signature (PAdES baseline) with the signer's chain, and on request a signature timestamp from {@link #tsa}.
 */
public final class TestCa {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static final TestCa INSTANCE = new TestCa("Ban Cơ yếu Thử nghiệm");
    private static final TestCa UNTRUSTED = new TestCa("Tổ chức Không tin cậy");

    public final Party root;
    public final Party intermediate;
    public final Party signer;
    public final Party expiredSigner;
    /** A time-stamping authority (RFC 3161) under the intermediate, valid long before and after now. */
    public final Party tsa;

    /** A certificate with its key. */
    public record Party(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {

        public String pem() {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der())
                    + "\n-----END CERTIFICATE-----\n";
        }

        public byte[] der() {
            try {
                return certificate.getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static TestCa get() {
        return INSTANCE;
    }

    public static TestCa untrusted() {
        return UNTRUSTED;
    }

    private TestCa(String name) {
        try {
            Instant now = Instant.now();
            KeyPair rootKeys = keys();
            X509Certificate rootCert = certificate("CN=" + name + " Root CA, O=" + name + ", C=VN", rootKeys,
                    new X500Name("CN=" + name + " Root CA, O=" + name + ", C=VN"), rootKeys.getPrivate(), now.minus(Duration.ofDays(3650)),
                    now.plus(Duration.ofDays(3650)), true);
            root = new Party(rootCert, rootKeys.getPrivate(), List.of(rootCert));
            KeyPair subKeys = keys();
            X509Certificate subCert = certificate("CN=" + name + " Sub CA, O=" + name + ", C=VN", subKeys,
                    subject(rootCert), rootKeys.getPrivate(), now.minus(Duration.ofDays(1000)),
                    now.plus(Duration.ofDays(1000)), true);
            intermediate = new Party(subCert, subKeys.getPrivate(), List.of(subCert, rootCert));
            signer = endEntity("CN=Văn phòng UBND tỉnh Sơn La, O=UBND tỉnh Sơn La, C=VN", now.minus(Duration.ofDays(30)),
                    now.plus(Duration.ofDays(700)));
            expiredSigner = endEntity("CN=Chứng thư hết hạn, O=UBND tỉnh Sơn La, C=VN", now.minus(Duration.ofDays(800)),
                    now.minus(Duration.ofDays(10)));
            KeyPair tsaKeys = keys();
            X509v3CertificateBuilder tsaBuilder = builder("CN=" + name + " TSA, O=" + name + ", C=VN", tsaKeys,
                    subject(subCert), now.minus(Duration.ofDays(900)), now.plus(Duration.ofDays(900)), false,
                    KeyUsage.digitalSignature);
            tsaBuilder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            X509Certificate tsaCert = new JcaX509CertificateConverter().getCertificate(
                    tsaBuilder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(subKeys.getPrivate())));
            tsa = new Party(tsaCert, tsaKeys.getPrivate(), List.of(tsaCert, subCert, rootCert));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Party endEntity(String subject, Instant from, Instant to)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException, IOException {
        KeyPair keys = keys();
        X509Certificate cert = certificate(subject, keys, subject(intermediate.certificate()),
                intermediate.key(), from, to, false);
        return new Party(cert, keys.getPrivate(), List.of(cert, intermediate.certificate(), root.certificate()));
    }

    /** The PDF signed by the party, as an incremental update (the signing time claimed is now). */
    public static byte[] sign(byte[] pdf, Party party) {
        return sign(pdf, party, null, null);
    }

    /**
     * The PDF signed by the party (the signing time claimed is now), its signature carrying an RFC 3161 timestamp
     * token that the time-stamping authority {@code tsa} signs with its key, stating the time {@code stampedAt}.
     */
    public static byte[] sign(byte[] pdf, Party party, Party tsa, Instant stampedAt) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(party.certificate().getSubjectX500Principal().getName());
            signature.setReason("Phát hành");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> cms(content, party, tsa, stampedAt));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(InputStream content, Party party, Party tsa, Instant stampedAt) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(party.key()), party.certificate()));
            generator.addCertificates(new JcaCertStore(new ArrayList<>(party.chain())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            if (tsa != null) {
                signed = stamped(signed, tsa, stampedAt);
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.cms.CMSException | org.bouncycastle.tsp.TSPException e) {
            throw new IOException(e);
        }
    }

    /** The signature with a signature-timestamp token (unsigned attribute) over its value, as a TSA answers. */
    private static CMSSignedData stamped(CMSSignedData signed, Party tsa, Instant at)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException,
                   org.bouncycastle.tsp.TSPException, IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsa.key(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        generator.addCertificates(new JcaCertStore(new ArrayList<>(tsa.chain())));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, imprint);
        TimeStampToken token = generator.generate(request, BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(at));
        Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure()));
        SignerInformation withToken = SignerInformation.replaceUnsignedAttributes(signer,
                new AttributeTable(new DERSet(attribute)));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withToken));
    }

    private static X500Name subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
                                               Instant from, Instant to, boolean ca)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = builder(subject, keys, issuer, from, to, ca,
                ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static X509v3CertificateBuilder builder(String subject, KeyPair keys, X500Name issuer, Instant from,
                                                    Instant to, boolean ca, int keyUsage) throws IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), new X500Name(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return builder;
    }
}
