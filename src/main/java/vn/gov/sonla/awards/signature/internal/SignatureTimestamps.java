package vn.gov.sonla.awards.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/** The RFC 3161 timestamp of a signature, believed only when it verifies as the signature itself does. */
final class SignatureTimestamps {

    private SignatureTimestamps() {
    }

    /** The signature's RFC 3161 timestamp: whether it has one, and its time when the token verifies (else null). */
    record Stamp(boolean present, Instant verified) {

        static final Stamp NONE = new Stamp(false, null);
        static final Stamp UNVERIFIED = new Stamp(true, null);
    }

    /**
     * The signature's timestamp token, verified as the signature itself is: its imprint is over this signature's
     * value, its own signature holds under the time-stamping authority's certificate (which the token names, and
     * which was valid and marked for time-stamping at the token's time), and that certificate chains, at that time,
     * to a trust anchor the administrator installed. A token that fails any of these is not believed.
     */
    static Stamp of(SignerInformation signer, List<X509Certificate> embedded, PadesVerifier.Trust trust) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Stamp.NONE;
        }
        if (attribute.getAttrValues().size() != 1) {
            return Stamp.UNVERIFIED;
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            String algorithm = new DefaultAlgorithmNameFinder().getAlgorithmName(token.getTimeStampInfo().getHashAlgorithm());
            byte[] imprint = MessageDigest.getInstance(algorithm, BouncyCastle.PROVIDER).digest(signer.getSignature());
            if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                return Stamp.UNVERIFIED;
            }
            // the authority's certificate: in the token when the request asked for it, else among those the
            // signature carries or the administrator installed
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
            List<X509Certificate> candidates = new ArrayList<>();
            for (X509CertificateHolder c : token.getCertificates().getMatches(null)) {
                candidates.add(converter.getCertificate(c));
            }
            candidates.addAll(embedded);
            candidates.addAll(trust.intermediates());
            X509Certificate authority = null;
            for (X509Certificate c : candidates) {
                if (token.getSID().match(new X509CertificateHolder(c.getEncoded()))) {
                    authority = c;
                    break;
                }
            }
            if (authority == null) {
                return Stamp.UNVERIFIED;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(authority));
            Instant at = token.getTimeStampInfo().getGenTime().toInstant();
            if (PadesVerifier.path(authority, candidates, trust, at).isEmpty()) {
                return Stamp.UNVERIFIED;
            }
            return new Stamp(true, at);
        } catch (TSPException | IOException | OperatorCreationException | GeneralSecurityException
                 | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return Stamp.UNVERIFIED;
        }
    }
}
