package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectorTest {

    @Test
    void detectsEachTextFormatFromItsContent() {
        assertThat(FormatDetector.detect("  \n{\"basics\": {}}")).isEqualTo(SourceFormat.JSON_RESUME);
        assertThat(FormatDetector.detect("Ana Ruiz\nData Engineer\nExperience\nEngineer\nAcme\n2019 - 2021"))
                .isEqualTo(SourceFormat.LINKEDIN_PAGE);
        assertThat(FormatDetector.detect("I'm Ana Ruiz, an engineer at Acme. I like my job."))
                .isEqualTo(SourceFormat.PROSE);
    }

    @Test
    void aNameThatIsAlsoAHeadingIsNotASection() {
        assertThat(FormatDetector.detect("About\nI write about things.")).isEqualTo(SourceFormat.PROSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ana Ruiz\nData Engineer at Acme\nDenver, Colorado\nAbout\nI build pipelines.",
            "Ana Ruiz\nEngineer\nAcme · Full-time\nJan 2020 - Present · 6 yrs",
            "{\n \"basics\": {\"name\": \"Ana Ruiz\"}\n}",
            "I'm Ana Ruiz, a data engineer at Acme.\nI studied maths.\nI like trains.\nAsk me anything."})
    void recognisesPastedProfiles(String text) {
        assertThat(ProfileReaders.looksLikeProfile(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "why: we met at DevOpsDays Denver",
            "draft a shorter note please",
            "can you make it friendlier?\nand mention the talk",
            "{\"note\": \"hi\"}",
            "about the second option\nI prefer it\nthanks"})
    void leavesChatLinesAlone(String text) {
        assertThat(ProfileReaders.looksLikeProfile(text)).isFalse();
    }
}
