package vn.gov.sonla.awards.signature.internal;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider, passed to each call rather than installed in the JVM's provider list. */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
