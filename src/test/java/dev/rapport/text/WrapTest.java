package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one wrapper: breaks only at spaces, counts terminal columns (wide CJK, no-width marks and colour codes). */
class WrapTest {
    @Test
    void breaksOnlyAtSpacesAndNeverPastTheWidth() {
        String text = "Refine in your own words (shorter, warmer, more formal, mention X, drop the question, "
                + "use variant 2) or /copy N to learn from it.";
        String wrapped = Wrap.wrap(text, 30, "  ");
        for (String line : wrapped.split("\n")) {
            assertThat(Wrap.columns(line)).as(line).isLessThanOrEqualTo(30);
        }
        assertThat(wrapped.replace("\n  ", " ").strip()).isEqualTo(text);
        assertThat(wrapped).contains("learn").doesNotContain("lear\n");
    }

    @Test
    void countsEastAsianWideCharactersAsTwoColumnsAndMarksAndColoursAsNone() {
        assertThat(Wrap.columns("王小明")).isEqualTo(6);
        assertThat(Wrap.columns("김민준")).isEqualTo(6);
        assertThat(Wrap.columns("José")).isEqualTo(4);
        assertThat(Wrap.columns("Jose\u0301")).isEqualTo(4);
        assertThat(Wrap.columns("\u001B[1;32mconnect\u001B[0m")).isEqualTo(7);
        assertThat(Wrap.pad("王小明", 10)).isEqualTo("王小明    ");
        String cjk = Wrap.wrap("日本語 の 文章 を 折り返す 試験 です", 10, "");
        for (String line : cjk.split("\n")) {
            assertThat(Wrap.columns(line)).as(line).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void keepingIndentWrapsEachLineUnderItsOwnIndent() {
        String text = "Notes:\n  • " + "word ".repeat(20).strip();
        String wrapped = Wrap.keepingIndent(text, 40);
        String[] lines = wrapped.split("\n");
        assertThat(lines[0]).isEqualTo("Notes:");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("  ");
            assertThat(Wrap.columns(lines[i])).isLessThanOrEqualTo(40);
        }
        assertThat(Wrap.keepingIndent(text, 0)).isEqualTo(text);
    }
}
