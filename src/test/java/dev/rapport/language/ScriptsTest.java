package dev.rapport.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void aTextMostlyInAnotherScriptIsNamedByItsCommonestScript() {
        assertThat(Scripts.mostlyNonLatin("您好 李先生，很高兴认识您。Wang")).contains(UnicodeScript.HAN);
        assertThat(Scripts.mostlyNonLatin("สวัสดีครับ")).contains(UnicodeScript.THAI);
        assertThat(Scripts.name(UnicodeScript.DEVANAGARI)).isEqualTo("Devanagari");
        assertThat(Scripts.name(UnicodeScript.OLD_ITALIC)).isEqualTo("Old Italic");
    }

    @Test
    void latinTextANameInAnotherScriptAndTextWithoutLettersAreNot() {
        assertThat(Scripts.mostlyNonLatin("Hola Ana, me gustaría agregarte a mi red profesional.")).isEmpty();
        assertThat(Scripts.mostlyNonLatin("Hi 李明, great to meet you at the SMU forum.")).isEmpty();
        assertThat(Scripts.mostlyNonLatin("🙌 2026!")).isEmpty();
    }
}
