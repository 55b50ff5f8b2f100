package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseReaderTest {

    @Test
    void readsNameRoleCompanyPlaceAndSchoolFromAFirstPersonBio() {
        String bio = "I'm Luis Ortega, a data analyst at Front Range Credit Union in Denver. "
                + "I studied statistics at CU Boulder and spent two years on the insights team.\n\n"
                + "I'm looking for advice on moving into data engineering.";
        Profile p = ProfileReaders.parse(bio, "me.txt");
        assertThat(p.format()).isEqualTo(SourceFormat.PROSE);
        assertThat(p.name()).isEqualTo("Luis Ortega");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("data analyst");
            assertThat(pos.company()).isEqualTo("Front Range Credit Union");
        });
        assertThat(p.location()).isEqualTo("Denver");
        assertThat(p.education()).extracting(Education::school, Education::degree)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CU Boulder", "statistics"));
        assertThat(p.about()).contains("I studied statistics").contains("data engineering");
        assertThat(p.statements()).containsExactly("I'm looking for advice on moving into data engineering.");
    }

    @Test
    void aPagesTitleOrFurnitureAboveTheNameIsNoName() {
        // a new user's pastes of public pages (an NHS staff story, a conference speaker page, an association's spotlight) gave
        // "Advanced Clinical Practitioner" as the name, or no name; the layouts again, in our own words
        Profile story = ProfileReaders.parse("Staff stories for the 75th birthday\n\nJo Brannigan\nSpecialist Stroke Nurse, North Fen"
                + " Hospitals Trust\nJo Brannigan\nA stroke nurse is helping patients home sooner.\nJo began nursing in Leeds in 1994 and"
                + " has led the stroke unit since 2016.", "story.txt");
        assertThat(story.name()).isEqualTo("Jo Brannigan");
        assertThat(story.headline()).isEqualTo("Specialist Stroke Nurse, North Fen Hospitals Trust");
        Profile speaker = ProfileReaders.parse("‹ Back\nProf Wanjiru Kamau\n, Institute of Dryland Farming\nProf Wanjiru Kamau is a"
                + " soil scientist who has bred drought-tolerant sorghum. Kamau chairs the regional seed council.", "speaker.txt");
        // (the professor's title goes with the name, as a LinkedIn page gives it; her first name is still Wanjiru)
        assertThat(speaker.name()).isEqualTo("Prof Wanjiru Kamau");
        assertThat(speaker.firstName()).isEqualTo("Wanjiru");
        assertThat(speaker.headline()).isEmpty();
        Profile spotlight = ProfileReaders.parse("Member Spotlight – Dee Halvorsen\n\nOur spotlight series visits a member's office each"
                + " month. This time we spoke with Deirdre Halvorsen, who runs purchasing for the county. Dee has worked in public buying"
                + " for twenty years.", "spotlight.txt");
        assertThat(spotlight.name()).isEqualTo("Dee Halvorsen");
        // the interview's subject named with the title they hold, in the page's words or its full name
        Profile interview = ProfileReaders.parse("Member Spotlight\n\nOur spotlight series visits a member's office each month. This time"
                + " we caught up with Deirdre Halvorsen, Director of Purchasing at Ramsey County. Dee has worked in public buying"
                + " for twenty years.", "interview.txt");
        assertThat(interview.name()).isEqualTo("Deirdre Halvorsen");
        assertThat(interview.headline()).isEqualTo("Director of Purchasing at Ramsey County");
        // a line under a title that the page never names again is no name
        assertThat(ProseReaderTest.nameOrNone("Quarterly update\n\nGreen Valley\nWe planted forty trees this spring and"
                + " our volunteers kept the beds weeded all summer. Jo Brannigan joined us in June and is a nurse.")).isNotEqualTo("Green Valley");
    }

    @Test
    void aNewsStoryOrAProfileArticleIsAboutThePersonItNamesAndGoesOnNaming() {
        // a new user's pasted pages (an Irish local news story, a union's rep of the month, a trade magazine's people page, a
        // farming weekly) gave "no name found"; the layouts again, in our own words
        assertThat(nameOrNone("Offaly woman to lead national bakers' group\n\nOffaly baker Siobhan Kehoe has been named chair of the"
                + " National Bakers Federation.\nSiobhan runs Kehoe's Bakery in Tullamore. She started with one oven in 2004, and her bakery now employs twelve.\n"
                + "\"Siobhan has the energy this job needs,\" a member said.")).isEqualTo("Siobhan Kehoe");
        assertThat(nameOrNone("Skip to main content\nRep of the month\n\nDorota Lis's link to her union began on a night shift. She"
                + " joined in 2019, and her branch says she has recruited forty members since.")).isEqualTo("Dorota Lis");
        Profile people = ProfileReaders.parse("Trade Weekly › People\n\nThree managers on the rise\n\nThe sector is in good hands.\n\n"
                + "Ravi Menon – Harbour Inn Napier\n\nRavi has run the front desk for two years and now manages the whole property.", "people.txt");
        assertThat(people.name()).isEqualTo("Ravi Menon");
        assertThat(people.headline()).isEqualTo("Harbour Inn Napier");
        // a firm's own page names no person however often it names itself
        assertThat(nameOrNone("Our story\n\nFor forty years, Green Valley Farms has grown vegetables. Green Valley Farms works with forty"
                + " growers, and we deliver to Green Valley shops across the county.")).isEmpty();
    }

    @Test
    void aWebPagesControlsAndTrailAreNoPartOfTheProfile() {
        // a second new user's pages: "Skip to main content", "Home » … » Meet our nurses – Karen Moore", "Reading Time: 4 minutes"
        Profile page = ProfileReaders.parse("Skip to main content\nToggle high contrast\nHome » Our people » Meet our midwives – Aoife Byrne\n"
                + "Meet our midwives – Aoife Byrne\nArrow In this section\nReading Time: 4 minutes\nI start my shift at seven on the labour ward."
                + " I trained in Galway and I have been a midwife for twelve years.", "page.txt");
        assertThat(page.name()).isEqualTo("Aoife Byrne");
        assertThat(page.about()).doesNotContain("Skip to main content").doesNotContain("Reading Time");
        assertThat(PageLines.withoutFurniture("Farmers Weekly NZ › People")).isEmpty();
        assertThat(PageLines.withoutFurniture("Backend engineer at Acme")).isEqualTo("Backend engineer at Acme");
    }

    private static String nameOrNone(String text) {
        try {
            return ProfileReaders.parse(text, "x.txt").name();
        } catch (UnnamedProfileException e) {
            return "";
        }
    }

    @Test
    void takesTheNameFromAShortFirstLineAndTheHeadlineFromTheNext() {
        String bio = "Amara Okoye, PhD\nMarine biologist · Monterey, California\n\n"
                + "I graduated from Stanford University (2008–2012) and now study kelp forests. No recruiters, please.";
        Profile p = ProfileReaders.parse(bio, "amara.txt");
        assertThat(p.name()).isEqualTo("Amara Okoye");
        assertThat(p.headline()).isEqualTo("Marine biologist · Monterey, California");
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.school()).isEqualTo("Stanford University");
            assertThat(e.years()).isEqualTo(DateRange.years(2008, 2012));
        });
        assertThat(p.preferences()).containsExactly(Preference.NO_RECRUITERS);
    }

    @Test
    void theThingABioSaysTheyRunIsTheirRoleNowAndARoleOfBeforeIsNot() {
        // panel-11 pair 26: the note said "I am a revenue manager at Palmeraie Atlas Resort", her job until 2020 (a reviewer:
        // a factual error); she is the editor of a newsletter now
        Profile p = ProfileReaders.parse("Nadia Berrada is a Marrakech-based hospitality writer and the editor of Riad & Route, a "
                + "fortnightly newsletter about technology for small hotels.\n\nBefore she turned to writing full time in 2020, Nadia "
                + "spent nine years in hotel front office and revenue management, most recently as Revenue Manager at Palmeraie Atlas "
                + "Resort, a 120-room hotel in Agadir (2015-2020).", "nadia.txt");
        assertThat(p.headline()).isEqualTo("Editor of Riad & Route");
        assertThat(p.positions().get(0).company()).isEqualTo("Riad & Route");
        assertThat(p.positions()).noneMatch(x -> x.title().equals("Revenue Manager"));
    }

    @Test
    void anExampleAfterSuchAsIsNoRole() {
        // a fresh-clone session with a public interview's bio: "positions of interest, such as her work with Pueblo Science"
        // gave the headline "Her work at Pueblo Science"
        Profile p = ProfileReaders.parse("Lynessa Darko studied food process engineering. In industry she took up positions of interest, "
                + "such as her work with Pueblo Science, which focused on STEM outreach.", "lynessa.txt");
        assertThat(p.headline()).doesNotContain("Pueblo Science");
        assertThat(p.positions()).noneMatch(x -> x.title().toLowerCase().contains("her work"));
    }

    @Test
    void readsAThirdPersonBio() {
        Profile p = ProfileReaders.parse("Maria Lopez is a nurse manager at Saint Brigid Hospital in Tucson. "
                + "Previously she worked at Desert Bloom Clinic.", "maria.txt");
        assertThat(p.name()).isEqualTo("Maria Lopez");
        assertThat(p.positions()).extracting(Position::company)
                .containsExactly("Saint Brigid Hospital", "Desert Bloom Clinic");
        assertThat(p.location()).isEqualTo("Tucson");
    }

    @Test
    void studyingSomewhereIsNotAJob() {
        Profile p = ProfileReaders.parse("I'm Tom Reyes. I studied music at Berklee College of Music.", "tom.txt");
        assertThat(p.positions()).isEmpty();
        assertThat(p.education()).extracting(Education::school).containsExactly("Berklee College of Music");
    }

    @Test
    void aStudentAtAUniversityStudiesThereAndDoesNotWorkThere() {
        // a new user's bio: "an MSc student in Horticulture at the University of Nairobi" was read as a job, and a note to an
        // alumna said "Like you, I have worked at the University of Nairobi"
        Profile p = ProfileReaders.parse("I'm Achieng Otieno, an MSc student in Horticulture at the University of Nairobi. I grew up"
                + " on a farm in Siaya.", "me.txt");
        assertThat(p.positions()).isEmpty();
        assertThat(p.education()).extracting(Education::school, Education::degree)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("University of Nairobi", "MSc in Horticulture"));
        // a job with "student" in it is still a job
        Profile adviser = ProfileReaders.parse("I'm Achieng Otieno, a student success adviser at the University of Nairobi.", "me.txt");
        assertThat(adviser.positions()).extracting(Position::company).containsExactly("University of Nairobi");
    }

    @Test
    void anEmployerMayBeNamedWithWithOrForButAToolIsNoEmployer() {
        Profile p = ProfileReaders.parse("Nadia Haddad is a senior technical recruiter with Northbound Talent Partners in Toronto.", "nadia.txt");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("senior technical recruiter");
            assertThat(pos.company()).isEqualTo("Northbound Talent Partners");
        });
        assertThat(ProfileReaders.parse("Omar Said is a data analyst with Python and SQL.", "omar.txt").positions()).isEmpty();
    }

    @Test
    void aPastRoleIsNotWhoTheyAreNow() {
        Profile p = ProfileReaders.parse("Ines Moreau joined Caldera Freight in 2021 after four years as a QA analyst at Banque Laurentide. "
                + "She is a dispatcher at Caldera Freight.", "ines.txt");
        assertThat(p.positions()).first().satisfies(pos -> {
            assertThat(pos.title()).isEqualTo("dispatcher");
            assertThat(pos.company()).isEqualTo("Caldera Freight");
        });
    }

    @Test
    void volunteeringIsNoJobAndARoleWithNoEmployerIsTheHeadline() {
        // a fresh-clone hand session (development pair 54): the tutor role she volunteers in became her job and headline
        String bio = "Wanjiku Mwangi is a junior data analyst in Nairobi. She worked on a one-year contract at Twiga Insights. "
                + "She volunteers as a tutor with the Nairobi R Users Group.";
        Profile p = ProfileReaders.parse(bio, "me.txt");
        assertThat(p.positions()).extracting(Position::title).doesNotContain("tutor");
        assertThat(p.volunteering()).extracting(Volunteering::role).containsExactly("tutor");
        assertThat(p.headline()).isEqualTo("Junior data analyst");
        assertThat(p.location()).isEqualTo("Nairobi");
    }

    @Test
    void aFirstSentenceThatIsNoRoleGivesNoHeadline() {
        assertThat(ProfileReaders.parse("Maria Lopez is a mother of two. She runs marathons.", "me.txt").headline()).isEmpty();
        assertThat(ProfileReaders.parse("Maria Lopez is a big fan of jazz.", "me.txt").headline()).isEmpty();
    }

    @Test
    void aShortTitleWithAStopBeforeTheNameIsNoPartOfIt() {
        // development panel-8 pair 16: "Eng. Joseph Otieno Ouma" gave "no name found"
        Profile p = ProfileReaders.parse("Eng. Joseph Otieno Ouma\n\nEng. Joseph Otieno Ouma is a civil engineer from Kisumu.", "me.txt");
        assertThat(p.name()).isEqualTo("Joseph Otieno Ouma");
        assertThat(p.headline()).isEqualTo("Civil engineer");
    }

    @Test
    void aQuestionAndAnswerProfileTakesItsRoleFromTheLabelledFieldNotTheFirstField() {
        // a local paper's nurse Q&A, pasted in a fresh-clone session, gave the headline "Years in nursing: 44"
        Profile qa = ProfileReaders.parse("Dana Whitfield\nYears in teaching: 12\nSpecialty/department: I'm working as a reading "
                + "specialist, and I also coach debate after school.\nWhy did you choose teaching? My aunt taught fourth grade.", "dana.txt");
        assertThat(qa.name()).isEqualTo("Dana Whitfield");
        assertThat(qa.headline()).isEqualTo("Reading specialist");
        Profile plain = ProfileReaders.parse("Ken Ito\nShift: nights\nRole: Charge nurse\n\nI like the quiet hours.", "ken.txt");
        assertThat(plain.headline()).isEqualTo("Charge nurse");
        assertThat(ProfileReaders.parse("Ola Berg\nRole: I'm working nights as a charge nurse, and I teach CPR.", "ola.txt").headline())
                .isEqualTo("Charge nurse");
        // a second-pair review: a department is no role ("I'm an oncology" followed), and a headline may have a colon
        assertThat(ProfileReaders.parse("Ola Berg\nSpecialty/department: Oncology\n\nI like the quiet hours.", "ola.txt").headline())
                .isEmpty();
        assertThat(ProfileReaders.parse("Ola Berg\nFounder & CEO: Tinyshelf\n\nWe make shelving for tiny homes.", "ola.txt").headline())
                .isEqualTo("Founder & CEO: Tinyshelf");
    }

    @Test
    void aOneWordNameOverAHeadlineIsTheName() {
        // a fresh-clone hand session: a conference blog's "Rogelio" over his title gave "no name found"; with "Name: Rogelio"
        // the next line became his surname
        Profile p = ProfileReaders.parse("Rogelio\nAssistant Vice President and Chief Procurement Officer, University of Texas at Austin\n\n"
                + "To be honest, I can't tell you when I first attended Forum.", "rogelio.txt");
        assertThat(p.name()).isEqualTo("Rogelio");
        assertThat(p.headline()).startsWith("Assistant Vice President");
        assertThat(ProfileReaders.parse("Name: Rogelio\nAssistant Vice President\n\nI have attended Forum for 20 years.", "r.txt").name())
                .isEqualTo("Rogelio");
    }

    @Test
    void aRoleAfterWorksAsTheKeepsNoArticle() {
        Profile p = ProfileReaders.parse("Rosa Diaz, RN, works as the charge nurse for the burn unit at Mercy Vale Hospital in Fresno.", "rosa.txt");
        assertThat(p.positions()).first().satisfies(pos -> assertThat(pos.title()).isEqualTo("charge nurse for the burn unit"));
        assertThat(p.headline()).isEqualTo("Charge nurse for the burn unit at Mercy Vale Hospital");
    }

    @Test
    void aNewspaperProfilesLabelledFirstLineGivesTheName() {
        // a fresh-clone hand session: a local paper's "On the job: …" Q&A gave "no name found"
        Profile p = ProfileReaders.parse("On the job: Dana Whitfield\nWhat is your position?\nI am the branch manager at Elm Street "
                + "Library. This is my second year on the job.", "dana.txt");
        assertThat(p.name()).isEqualTo("Dana Whitfield");
        assertThat(p.headline()).isEqualTo("Branch manager at Elm Street Library");
    }

    @Test
    void aBlogsNameOverItsAboutPageIsNotThePersonsName() {
        // a new user's paste of a blog's "About me" page (our own words, the page's layout): "Linda's Blog" was read as the name
        String page = "Linda's Blog\n\nAbout me\n\nOccupation Registered Nurse\nIntroduction My name is Linda Belkner and I am the "
                + "nursing manager at Harbour Eye Hospital in Boston. I have been a registered nurse for 30 years.";
        assertThat(ProfileReaders.parse(page, "them.txt").name()).isEqualTo("Linda Belkner");
        // (a name with an apostrophe of its own is still a name)
        assertThat(ProfileReaders.parse("Siobhan O'Sullivan\nCharge nurse at Mercy Hospital", "them.txt").name()).isEqualTo("Siobhan O'Sullivan");
    }

    @Test
    void aFirstLineWithTheNameAndAHeadlineGivesTheRoleNow() {
        // a fresh-clone session pasted a speaker page whose first line was "Name, Title, Company": no role was read, and a
        // past employer named later was the only position, so the note took it for the current one
        Profile p = ProfileReaders.parse("Maria Lopez, Head of Procurement, Andes Foods\nMaria buys for twelve plants. "
                + "Previously at Nestlé Chile.", "maria.txt");
        assertThat(p.name()).isEqualTo("Maria Lopez");
        assertThat(p.headline()).isEqualTo("Head of Procurement, Andes Foods");
        assertThat(p.currentPosition()).hasValueSatisfying(pos -> {
            assertThat(pos.title()).isEqualTo("Head of Procurement");
            assertThat(pos.company()).isEqualTo("Andes Foods");
        });
        Profile tom = ProfileReaders.parse("Tom Reyes — Senior Data Engineer at Quillset\nI build data pipelines for logistics teams. "
                + "Previously at Acme Corp (2018-2022).", "tom.txt");
        assertThat(tom.currentPosition()).hasValueSatisfying(pos -> assertThat(pos.company()).isEqualTo("Quillset"));
        Profile aisha = ProfileReaders.parse("Dr. Aisha Bello | Consultant Cardiologist | Lagos University Teaching Hospital\n"
                + "Aisha specialises in heart failure.", "aisha.txt");
        assertThat(aisha.currentPosition()).hasValueSatisfying(pos -> {
            assertThat(pos.title()).isEqualTo("Consultant Cardiologist");
            assertThat(pos.company()).isEqualTo("Lagos University Teaching Hospital");
        });
    }

    @Test
    void aHeadlineWithAPlaceOrNoOccupationNamesNoEmployer() {
        assertThat(ProseReader.headlineRole("Marine biologist · Monterey, California")).isEmpty();
        assertThat(ProseReader.headlineRole("Nurse, Boston")).isEmpty();
        assertThat(ProseReader.headlineRole("Kelp forests and coastal policy at Stanford University")).isEmpty();
        assertThat(ProseReader.headlineRole("Head of Data, Northwind Freight")).isPresent();
    }

    @Test
    void aSentenceIsNoHeadlineLine() {
        // "Priya leads the data team at Northwind Freight" gave the title "Priya leads the data team"
        Profile p = ProfileReaders.parse("Priya Shah\nHead of Data, Northwind Freight\nPriya leads the data team at Northwind Freight in Leeds.",
                "priya.txt");
        assertThat(p.currentPosition()).hasValueSatisfying(pos -> assertThat(pos.title()).isEqualTo("Head of Data"));
    }

    @Test
    void aTitleSetBesideTheOpeningNameIsTheRoleNow() {
        // a public page's bio opening "Pat Durai, Group Head of Procurement at Sky, also highlights …" gave no role (a new user's session)
        Profile p = ProfileReaders.parse("Pat Durai, Group Head of Procurement at Sky, also highlights how the team weighs suppliers' "
                + "carbon plans.\nBased in London.", "pat.txt");
        assertThat(p.currentPosition()).hasValueSatisfying(pos -> {
            assertThat(pos.title()).isEqualTo("Group Head of Procurement");
            assertThat(pos.company()).isEqualTo("Sky");
        });
        // a title beside another name is that person's, not the profile's
        Profile q = ProfileReaders.parse("Pat Durai\nPat met Lena Ortiz, Head of Logistics at Sky, in 2019.", "pat.txt");
        assertThat(q.currentPosition()).isEmpty();
    }

    @Test
    void aPagesTitleOverABioIsNoName() {
        // a band's press bio headed "LA MAREA ELÉCTRICA – press bio (EN)" signed the note "LA"; the bio names her, with a nickname
        Profile p = ProfileReaders.parse("LA MAREA ELÉCTRICA – press bio (EN)\n\nI'm Valentina \"Vale\" Ospina, singer and accordion "
                + "player of La Marea Eléctrica, a cumbia band from Bogotá.", "vale.txt");
        assertThat(p.name()).isEqualTo("Valentina Ospina");
        // a name over its headline is still the name
        assertThat(ProfileReaders.parse("Maria Lopez – Head of Procurement\nI buy for Andes Foods.", "m.txt").name()).isEqualTo("Maria Lopez");
    }

    @Test
    void aSurnameTheTaggerCallsAPronounIsStillPartOfTheName() {
        Profile p = ProfileReaders.parse("Dilani Wickramasinghe is a community organiser based in Colombo, Sri Lanka. Since 2022 she has "
                + "coordinated the volunteer programme of the Colombo chapter.", "me.txt");
        assertThat(p.name()).isEqualTo("Dilani Wickramasinghe");
    }
}
