package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTextTest {

    @Test
    void aSentenceSaidShorterInOtherWordsIsReportedAsSuchNotAsLeftOut() {
        // a hand session's "/limit 200" named the fuller who-line as left out and never said a shorter one took its place
        String before = "Hi Ramon, you stopped by our booth at HR Tech Summit Manila. I'm a sales development representative at "
                + "Cloudbridge Payroll. As promised, here is our 13th month pay checklist. Bea";
        String after = "Hi Ramon, you stopped by our booth at HR Tech Summit Manila. I work at Cloudbridge Payroll. "
                + "As promised, here is our 13th month pay checklist. Bea";
        assertThat(NoteText.replaced(before, after)).containsExactly(List.of(
                "I'm a sales development representative at Cloudbridge Payroll.", "I work at Cloudbridge Payroll."));
        assertThat(NoteText.leftOut(before, after)).isEmpty();
        // a sentence gone with nothing in its place is left out, as before
        String without = "Hi Ramon, you stopped by our booth at HR Tech Summit Manila. As promised, here is our 13th month pay checklist. Bea";
        assertThat(NoteText.replaced(before, without)).isEmpty();
        assertThat(NoteText.leftOut(before, without)).containsExactly("I'm a sales development representative at Cloudbridge Payroll.");
    }
}
