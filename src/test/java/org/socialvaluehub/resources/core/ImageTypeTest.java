package org.socialvaluehub.resources.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void recognisesEachAcceptedFormatByItsFirstBytes() {
        assertThat(ImageType.detect(padded(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)))
                .contains(ImageType.PNG);
        assertThat(ImageType.detect(padded(0xFF, 0xD8, 0xFF, 0xE0))).contains(ImageType.JPEG);
        assertThat(ImageType.detect(text("GIF89a......"))).contains(ImageType.GIF);
        assertThat(ImageType.detect(text("RIFF\0\0\0\0WEBPVP8 "))).contains(ImageType.WEBP);
    }

    @Test
    void refusesFilesThatOnlyClaimToBeImages() {
        assertThat(ImageType.detect(text("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'>")))
                .isEmpty();
        assertThat(ImageType.detect(text("<html><script>alert(1)</script>"))).isEmpty();
        assertThat(ImageType.detect(text("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
        assertThat(ImageType.detect(new byte[3])).isEmpty();
        assertThat(ImageType.detect(null)).isEmpty();
    }

    private static byte[] padded(int... head) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return bytes;
    }

    private static byte[] text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= 12 ? bytes : Arrays.copyOf(bytes, 12);
    }
}
