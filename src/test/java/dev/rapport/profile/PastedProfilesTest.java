package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ground.OrganisationNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profiles as people paste them: third-person bios, and LinkedIn page copies with their furniture. */
class PastedProfilesTest {

    @Test
    void readsAThirdPersonBioWithAnHonorific() {
        Profile p = ProfileReaders.parse(text("okafor"), "okafor.txt");
        assertThat(p.format()).isEqualTo(SourceFormat.PROSE);
        assertThat(p.name()).isEqualTo("Dr. Amelia Okafor");
        assertThat(p.firstName()).isEqualTo("Amelia");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("marine biologist");
            assertThat(pos.company()).isEqualTo("Benguela Current Institute");
        });
        assertThat(p.location()).isEqualTo("Cape Town");
        assertThat(p.education()).extracting(Education::school).containsExactly("University of Cape Town");
        assertThat(p.volunteering()).extracting(Volunteering::organisation).containsExactly("Sea Search Africa");
    }

    @Test
    void readsABioThatSaysWhatSomeoneWorksAs() {
        Profile p = ProfileReaders.parse(text("berg"), "berg.txt");
        assertThat(p.name()).isEqualTo("Jonas Berg");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("logistics planner");
            assertThat(pos.company()).isEqualTo("Nordhavn Freight");
        });
        assertThat(p.education()).extracting(Education::school)
                .containsExactly("Aarhus University", "Copenhagen Business School");
        assertThat(p.volunteering()).extracting(Volunteering::organisation).containsExactly("Aarhus Food Bank");
        assertThat(p.about()).endsWith("Ask him about cross-dock scheduling").doesNotContain("see more");
    }

    @Test
    void readsABioThatIntroducesSomeone() {
        Profile p = ProfileReaders.parse(text("natarajan"), "natarajan.txt");
        assertThat(p.name()).isEqualTo("Priya Natarajan");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("product designer");
            assertThat(pos.company()).isEqualTo("Lumen Health");
        });
        assertThat(p.location()).isEqualTo("Bengaluru");
        assertThat(p.education()).extracting(Education::school).containsExactly("National Institute of Design");
        assertThat(p.volunteering()).extracting(Volunteering::organisation).containsExactly("Habitat for Humanity India");
    }

    @Test
    void readsARoleWithoutAnArticleAndAVolunteerRole() {
        Profile p = ProfileReaders.parse(text("mensah"), "mensah.txt");
        assertThat(p.name()).isEqualTo("Kofi Mensah");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("head of growth");
            assertThat(pos.company()).isEqualTo("Tamale Seed Cooperative");
        });
        assertThat(p.volunteering()).extracting(Volunteering::organisation, Volunteering::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Code Club Ghana", "mentor"));
        assertThat(p.education()).extracting(Education::school).containsExactly("Ashesi University");
    }

    @Test
    void pronounsAfterTheNameAreNoPartOfIt() {
        Profile p = ProfileReaders.parse("Ines Carvalho (she/her) is a soil scientist at Alentejo Agro Lab.", "ines.txt");
        assertThat(p.name()).isEqualTo("Ines Carvalho");
        assertThat(p.positions()).extracting(Position::company).containsExactly("Alentejo Agro Lab");
    }

    @Test
    void beingBasedSomewhereIsNotAJob() {
        Profile p = ProfileReaders.parse("Lena Vogt is based at the Hamburg office of Elbe Maritime.", "lena.txt");
        assertThat(p.name()).isEqualTo("Lena Vogt");
        assertThat(p.positions()).extracting(Position::title).doesNotContain("based");
    }

    @Test
    void aSentenceThatNamesNoOneStillGivesNoName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileReaders.parse(
                        "Works as a logistics planner. Studied supply chain management. Likes boats and long walks.",
                        "nobody.txt"))
                .hasMessageContaining("nobody.txt");
    }

    @Test
    void firstPersonBiosStillWork() {
        Profile p = ProfileReaders.parse("I'm Luis Ortega, a data analyst at Front Range Credit Union in Denver.", "luis.txt");
        assertThat(p.name()).isEqualTo("Luis Ortega");
        assertThat(p.positions()).extracting(Position::company).containsExactly("Front Range Credit Union");
        // (a doctor's title goes with the name, as a LinkedIn page gives it; the first name is still Luis)
        Profile dr = ProfileReaders.parse("Hello! I'm Dr. Luis Ortega, a data analyst at Front Range Credit Union.", "dr.txt");
        assertThat(dr.name()).isEqualTo("Dr. Luis Ortega");
        assertThat(dr.firstName()).isEqualTo("Luis");
    }

    @Test
    void organisationNamesMatchWithAndWithoutTheLogoWordAPageCopyAdds() {
        assertThat(OrganisationNames.same("University of Michigan logo", "University of Michigan")).isTrue();
        assertThat(OrganisationNames.same("Kestrel Robotics logo", "Kestrel Robotics")).isTrue();
        assertThat(OrganisationNames.key("University of Michigan logo"))
                .isEqualTo(OrganisationNames.key("University of Michigan"));
        assertThat(OrganisationNames.same("University of Michigan logo", "Michigan State University")).isFalse();
    }

    @Test
    void pageFurnitureNeverBecomesAHeadlineSchoolEmployerOrTopic() {
        Profile p = ProfileReaders.parse(text("page-logo"), "page-logo.txt");
        assertThat(p.format()).isEqualTo(SourceFormat.LINKEDIN_PAGE);
        assertThat(p.name()).isEqualTo("Tomasz Wrona");
        assertThat(p.headline()).isEqualTo("Warehouse automation lead at Kestrel Robotics");
        assertThat(p.location()).isEqualTo("Gdańsk, Pomorskie, Poland");
        assertThat(p.about()).isEqualTo("I design pick-and-place cells for mid-size warehouses and write about it on weekends.");
        assertThat(p.positions()).extracting(Position::company).containsExactly("Kestrel Robotics");
        assertThat(p.positions()).extracting(Position::title).containsExactly("Automation Lead");
        assertThat(p.education()).extracting(Education::school)
                .containsExactly("University of Michigan", "Gdańsk University of Technology");
        assertThat(p.skills()).containsExactly("Robotics", "Industrial automation");
        List<String> everything = new ArrayList<>(List.of(p.headline(), p.location(), p.about(), p.freeText()));
        p.positions().forEach(pos -> everything.addAll(List.of(pos.company(), pos.title(), pos.description())));
        p.education().forEach(e -> everything.addAll(List.of(e.school(), e.degree())));
        everything.addAll(p.skills());
        everything.addAll(p.groups());
        everything.addAll(p.statements());
        p.posts().forEach(post -> everything.add(post.text()));
        for (String s : everything) {
            assertThat(s.toLowerCase(java.util.Locale.ROOT)).as(s)
                    .doesNotContain("see more").doesNotContain("logo").doesNotContain("3rd").doesNotContain("2nd")
                    .doesNotContain("show all").doesNotContain("followers").doesNotContain("endorse")
                    .isNotIn("message", "follow", "more");
        }
    }

    @Test
    void trailingFurnitureIsCutButTheWordsBeforeItStay() {
        assertThat(PageLines.of("Helping ports plan berths…more\nRavi Kumar • 3rd+\nNothing more\n… see more"))
                .containsExactly("Helping ports plan berths", "Ravi Kumar", "Nothing more");
    }

    @Test
    void aSentenceEndingInLogoIsKept() {
        assertThat(PageLines.of("We just launched our new logo\nAcme Labs logo\nGreat team")).containsExactly(
                "We just launched our new logo", "Acme Labs", "Great team");
    }

    private static String text(String name) {
        try (InputStream in = PastedProfilesTest.class.getResourceAsStream("/unseen/prose/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPageCopiedFromBelowTheNameGivesNoNameAndABarredFirstLineGivesTheNameBeforeTheBar() {
        // a hand session: "Payroll Manager at Harewood Logistics" became the name, and every note opened "Hello Payroll"
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileReaders.parse(
                        "Payroll Manager at Harewood Logistics\nLeeds, England, United Kingdom\n\nAbout\nI look after payroll.\n", "noname.txt"))
                .isInstanceOf(UnnamedProfileException.class);
        // and a headline after a bar was taken with the name into nine words, more than any name has: "no name found"
        Profile ravi = ProfileReaders.parse("Ravi Kumar | Flash to HTML5 Conversion Expert | WordPress\nPune, India\n\nAbout\nI convert sites.\n",
                "ravi.txt");
        assertThat(ravi.name()).isEqualTo("Ravi Kumar");
        assertThat(ravi.headline()).isEqualTo("Flash to HTML5 Conversion Expert | WordPress");
        assertThat(ravi.location()).isEqualTo("Pune, India");
    }
}
