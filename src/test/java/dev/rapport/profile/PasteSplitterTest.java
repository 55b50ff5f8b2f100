package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paste that holds two profiles is cut in two, or reported as several; never merged into one. */
class PasteSplitterTest {
    private static String page(String pair, String who) throws Exception {
        return Files.readString(Path.of("examples/pairs", pair, who + ".txt"));
    }

    @Test
    void oneProfileStaysWhole() throws Exception {
        String me = page("03-met-at-meetup", "me");
        assertThat(ProfileReaders.profilesIn(me)).containsExactly(me.strip() + "\n");
    }

    @Test
    void twoPagesPastedOneAfterTheOtherAreCutWhereTheSecondBegins() throws Exception {
        String me = page("03-met-at-meetup", "me");
        String them = page("03-met-at-meetup", "them");
        List<String> parts = ProfileReaders.profilesIn(me + "\n" + them);
        assertThat(parts).hasSize(2);
        assertThat(ProfileReaders.parse(parts.get(0), "paste").name()).isEqualTo(ProfileReaders.parse(me, "me").name());
        assertThat(ProfileReaders.parse(parts.get(1), "paste").name()).isEqualTo(ProfileReaders.parse(them, "them").name());
        assertThat(ProfileReaders.parse(parts.get(1), "paste").positions())
                .isEqualTo(ProfileReaders.parse(them, "them").positions());
    }

    /** A page copy ends on its Skills line and the next page starts on the line after, with no empty line between. */
    @Test
    void twoPagesPastedWithoutAGapAreCutAtTheSecondNameNotAtASectionHeading() throws Exception {
        Path dir = Path.of("src/test/resources/pastes/two-pages-no-gap");
        String first = Files.readString(dir.resolve("first.txt"));
        String second = Files.readString(dir.resolve("second.txt"));
        List<String> parts = ProfileReaders.profilesIn(first + second);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).endsWith("Skills\nB2B Sales · Prospecting · Salesforce · Payroll · HR Technology\n");
        assertThat(parts.get(1)).startsWith("Ma. Cristina Reyes\n");
        assertThat(ProfileReaders.parse(parts.get(1), "paste").name()).isEqualTo("Ma. Cristina Reyes");
        assertThat(ProfileReaders.parse(parts.get(0), "paste").name()).isEqualTo("Bea Santos");
    }

    @Test
    void twoPagesMeetingAtASectionWithNoNameRepeatedAreReportedNotCutAtTheHeading() {
        String run = "Ana Ruiz\nData Analyst at Cedar Labs\n\nAbout\nI count things.\n\nSkills\nSQL · Python\n"
                + "Ben Okoro\nEngineer at Tallyport\n\nAbout\nI build things.\n";
        assertThat(ProfileReaders.profilesIn(run)).isEmpty();
    }

    @Test
    void twoProfilesWithNothingToCutAtAreReportedNotMerged() {
        String run = "Ana Ruiz\nData Analyst at Cedar Labs\nAbout\nI count things.\nExperience\nData Analyst\nCedar Labs\n"
                + "Ben Okoro\nEngineer at Tallyport\nAbout\nI build things.\nExperience\nEngineer\nTallyport\n";
        assertThat(ProfileReaders.profilesIn(run)).isEmpty();
    }
}
