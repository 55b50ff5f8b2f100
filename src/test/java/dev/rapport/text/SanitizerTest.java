package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void stripsEscapeSequencesAndControlCharacters() {
        String hostile = "Priya\u001B[31m Red\u001B[0m\u001B]52;c;aGVsbG8=\u0007 ok\u0008\r\nnext";
        assertThat(Sanitizer.clean(hostile)).isEqualTo("Priya Red ok\nnext");
    }

    @Test
    void dropsByteOrderMarkAndKeepsEmoji() {
        assertThat(Sanitizer.clean("\uFEFFHi 👋\tthere")).isEqualTo("Hi 👋\tthere");
    }

    @Test
    void countsCodePointsLikeLinkedIn() {
        assertThat(Sanitizer.length("👋 Hi")).isEqualTo(4);
    }

    @Property
    void cleanedTextNeverContainsControlCharacters(@ForAll String any) {
        assertThat(Sanitizer.clean(any).chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();
    }

    @Test
    void theFastPathPassesOnlyCharactersTheFullCleaningWouldKeep() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            if (!Sanitizer.scrub(text).equals(text)) {
                assertThat(Sanitizer.clean(text)).as("U+%04X", c).isEqualTo(Sanitizer.scrub(text));
            }
        }
    }
}
