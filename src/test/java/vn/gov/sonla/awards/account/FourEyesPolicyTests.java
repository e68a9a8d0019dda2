package vn.gov.sonla.awards.account;

import org.junit.jupiter.api.Test;

import vn.gov.sonla.awards.common.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whoever prepared a document never signs it. */
class FourEyesPolicyTests {

    @Test
    void thePreparerMayNotSign() {
        assertThat(FourEyesPolicy.refusal(7L, 7L)).contains("error.signing.fourEyes");
        assertThatThrownBy(() -> FourEyesPolicy.check(7L, 7L)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherAccountMaySign() {
        assertThat(FourEyesPolicy.refusal(7L, 8L)).isEmpty();
        FourEyesPolicy.check(7L, 8L);
    }
}
