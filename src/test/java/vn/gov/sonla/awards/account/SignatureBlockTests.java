package vn.gov.sonla.awards.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signature blocks as Decree 30/2020/NĐ-CP sets them. */
class SignatureBlockTests {

    @Test
    void theHeadSignsUnderTheOfficesTitle() {
        SignatureBlock block = SignatureBlock.of(LeaderPosition.HEAD, "Giám đốc", "Trần Quốc Việt");

        assertThat(block.authority()).containsExactly("GIÁM ĐỐC");
        assertThat(block.name()).isEqualTo("Trần Quốc Việt");
    }

    @Test
    void aDeputySignsForTheHead() {
        assertThat(SignatureBlock.of(LeaderPosition.DEPUTY, "Phó Giám đốc", "Lê Thị Minh Hằng").authority())
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(SignatureBlock.of(LeaderPosition.DEPUTY, "Phó Chủ tịch", "Đặng Ngọc Hậu").authorityLine())
                .isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(SignatureBlock.of(LeaderPosition.DEPUTY, " phó Chánh Văn phòng ", "X").authority())
                .containsExactly("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG");
    }

    @Test
    void theChairmanSignsAsChairman() {
        assertThat(SignatureBlock.of(LeaderPosition.HEAD, "Chủ tịch", "Hoàng Quốc Khánh").authorityLine())
                .isEqualTo("CHỦ TỊCH");
    }
}
