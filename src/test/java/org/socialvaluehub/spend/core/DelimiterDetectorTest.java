package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimiterDetectorTest {

    @Test
    void commasThatSplitEveryLineAlikeAreTheDelimiter() {
        assertThat(DelimiterDetector.choose("a,b,c\n1,2,3\n4,5,6\n")).isEqualTo(',');
    }

    @Test
    void semicolonsWinOverTheDecimalCommasInsideTheCells() {
        assertThat(DelimiterDetector.choose("a;b;c\n1;2,50;3\n4;5;6,75\n7;8;9\n"))
                .isEqualTo(';');
    }

    @Test
    void tabsAreFound() {
        assertThat(DelimiterDetector.choose("a\tb\tc\r\n1\t2\t3\r\n")).isEqualTo('\t');
    }

    @Test
    void commasInsideQuotedCellsAreNotCounted() {
        assertThat(DelimiterDetector.choose("a|b\n\"Smith, Jones, Brown\"|2\n\"x, y\"|3\n"))
                .isEqualTo('|');
    }

    @Test
    void textWithNoCandidateHasNoDelimiter() {
        assertThat(DelimiterDetector.choose("just one column\nof words\n")).isEqualTo((char) 0);
    }

    @Test
    void theByteOrderMarkIsSkippedWhenReadingAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spend.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.writeString(file, "a;b\n1;2\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        TextEncoding encoding = new TextEncoding(StandardCharsets.UTF_8, "UTF-8 with BOM", 3);

        assertThat(DelimiterDetector.detect(file, encoding)).isEqualTo(';');
    }
}
