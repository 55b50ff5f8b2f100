package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Numbers in a note, and the numbers that support them. */
class NumberClaimsTest {

    @Test
    void anAmountWithThousandsCommasIsOneNumber() {
        // hand session 16: "$10,000" was two unsupported numbers, "10" and "000"
        List<String> numbers = NoteClaims.find("Hi Keisha, we have a $10,000 sign-on bonus and $3,000/week shifts.", 10, Set.of()).stream()
                .filter(c -> c.kind() == NoteClaims.Kind.NUMBER).map(NoteClaims.Claim::text).toList();
        assertThat(numbers).containsExactly("10,000", "3,000");
    }

    @Test
    void aCountSaidInWordsSupportsTheSameCountInDigits() {
        // hand session 16: "congrats on 4 years" was unsupported beside his post "Four years at Mount Carmel Grove City"
        Purpose why = new Purpose("saw his post: Four years at Mount Carmel Grove City this month", Set.of(Intent.RECONNECT), List.of(),
                List.of(), List.of(), List.of());
        Evidence e = Evidence.read(new NoteContext(null, null, why, List.of(), 300));
        assertThat(e.supportsNumber("4")).isTrue();
        assertThat(e.supportsNumber("5")).isFalse();
        Purpose money = new Purpose("we pay a $10,000 sign-on bonus", Set.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(Evidence.read(new NoteContext(null, null, money, List.of(), 300)).supportsNumber("10,000")).isTrue();
    }
}
