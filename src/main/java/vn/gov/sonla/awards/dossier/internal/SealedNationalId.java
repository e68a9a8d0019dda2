package vn.gov.sonla.awards.dossier.internal;

import jakarta.persistence.AttributeConverter;

/**
 * Writes a nominee's ID card number sealed ({@link NationalIdCipher}) and reads it back in clear: the domain and
 * the pages see the number, the table never holds it. Created by Hibernate through Spring, which gives it the
 * cipher.
 */
public class SealedNationalId implements AttributeConverter<String, String> {

    private final NationalIdCipher cipher;

    SealedNationalId(NationalIdCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String number) {
        return cipher.seal(number);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher.open(sealed);
    }
}
