package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Note;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.purpose.SalesAim;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hand session (6 December): an account executive at Ledgerly whose old boss posted about his month-end close.
 * "want to show him how Ledgerly gets it to 4" was read as reconnecting only (the models cannot know Ledgerly is
 * hers), so the gate let "I'd like to show you how Ledgerly gets it to 4." through to a man whose page says
 * "Please no sales pitches", while `critique` of the same note said do-not-send.
 */
class OwnOfferTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "own-offer");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile dana = ProfileReaders.read(DIR.resolve("dana.txt"));
    private final Profile gareth = ProfileReaders.read(DIR.resolve("gareth.txt"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Gareth was my boss at Pennine Foods for 3 years. saw his post about cutting close to 7 days, want to show him how Ledgerly gets it to 4",
            "Gareth was my boss at Pennine Foods. want to tell him about Ledgerly",
    })
    void aSaleOfTheSendersOwnFirmIsReadAsSellingAndKeptOutOfEveryNote(String why) {
        Assessment a = advisor.draft(dana, gareth, why, DraftOptions.DEFAULT);
        assertThat(a.purpose().has(Intent.SELLING)).isTrue();
        assertThat(a.verdict().reasons()).extracting(Reason::rule).contains("pitch-intent");
        // they worked together, so an invitation is fine; the sale stays out of it
        assertThat(a.notes()).isNotEmpty();
        assertThat(a.notes()).extracting(Note::text).noneMatch(t -> t.contains("Ledgerly"));
    }

    @Test
    void critiqueAndTheGateAgreeOnTheSameNote() {
        String why = "Gareth was my boss at Pennine Foods. want to tell him about Ledgerly";
        NoteReview r = advisor.critique("Hi Gareth, I worked for you at Pennine Foods. I would like to tell you about Ledgerly. Dana",
                dana, gareth, why, 300);
        assertThat(r.critique().findings()).anyMatch(f -> f.rule().equals("pitch")
                && "Hi Gareth, I worked for you at Pennine Foods. I would like to tell you about Ledgerly. Dana".substring(f.start()).startsWith("I would like"));
    }

    @Test
    void theSendersOwnFirmNamedWithoutAnOfferIsNoSale() {
        List<String> own = List.of("Ledgerly");
        // a job seeker, a recruiter, or a colleague telling news: the firm is named, nothing of it is offered
        assertThat(SalesAim.withOwnOffer(PurposeReader.read("I applied for the controller role at Ledgerly and want to ask her about the team"), own)
                .has(Intent.SELLING)).isFalse();
        assertThat(SalesAim.withOwnOffer(PurposeReader.read("we worked together at Pennine Foods, I moved to Ledgerly last year and want to catch up"), own)
                .has(Intent.SELLING)).isFalse();
        assertThat(SalesAim.withOwnOffer(PurposeReader.read("I don't want to pitch Ledgerly, just say hello to my old boss"), own)
                .has(Intent.SELLING)).isFalse();
        assertThat(SalesAim.withOwnOffer(PurposeReader.read("want to tell him about Ledgerly"), own).has(Intent.SELLING)).isTrue();
        assertThat(SalesAim.withOwnOffer(PurposeReader.read("want to tell him about Ledgerly"), List.of()).has(Intent.SELLING)).isFalse();
    }

    @Test
    void aPromiseASellerMadeInPersonIsKeptNotGuessedAPitch() {
        // a hand session: an SDR who "promised to send her our 13th month pay checklist" at the booth got notes without it
        Path dir = Path.of("src", "test", "resources", "unseen", "kept-promise");
        Assessment a = advisor.draft(ProfileReaders.read(dir.resolve("bea.txt")), ProfileReaders.read(dir.resolve("tina.txt")),
                "Tina came by our booth at hr tech summit, we talked about night shift differentials. promised to send her our 13th month pay checklist",
                DraftOptions.DEFAULT);
        assertThat(a.notes()).isNotEmpty();
        assertThat(a.notes().get(0).text()).contains("As promised, I'll send you our 13th month pay checklist.");
    }
}
