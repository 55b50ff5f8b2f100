package dev.rapport.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sender's statement of contact, one case per general wording class, read by the whole reason reader
 * (cue phrases, classifier, language layer). Each "states" case was read as no relationship before the
 * language layer read contact; each "no contact" case guards against reading one where there is none.
 */
class ContactStatementsTest {

    private static List<String> kinds(String reason) {
        return PurposeReader.read(reason).stated().stream().map(Purpose.StatedRelationship::kind).toList();
    }

    @org.junit.jupiter.api.Test
    void comingAcrossTheirProfileIsNoContact() {
        // a new user's "came across her profile, impressed by her background" was read as work together (connect, 93/100)
        assertThat(kinds("came across her profile, impressed by her background")).isEmpty();
        assertThat(kinds("I came upon his post about priors and liked it")).isEmpty();
        assertThat(kinds("he came to our farm to fix the irrigation pump")).contains("worked-with");
    }

    @org.junit.jupiter.api.Test
    void taughtAtWorkIsAColleaguesMentoringNotAClass() {
        // hand-19: "ines was my boss at atlantico cargo for 4 years, she taught me everything about reefer paperwork" was
        // given as common ground "studied-together"
        assertThat(kinds("ines was my boss at atlantico cargo for 4 years, she taught me everything about reefer paperwork"))
                .contains("worked-together").doesNotContain("studied-together");
    }

    @org.junit.jupiter.api.Test
    void aNameThatIsAlsoAnEverydayWordIsStillThePersonWhoseRoleOrTeamItWas() {
        // a second new user's "Will was my boss at Dairy Holdings in Hinds" and "I worked under Will on the Hinds farm" gave
        // "You have no shared history with Will" (the tagger reads "Will" as a modal)
        assertThat(kinds("Will was my boss at Dairy Holdings in Hinds")).contains("worked-together");
        assertThat(kinds("I worked under Will on the Hinds farm during two calving seasons")).contains("worked-together");
        assertThat(kinds("I worked under pressure at Acme for years")).isEmpty();
        assertThat(kinds("Will you be at the expo next week?")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRoleHopedForIsNoneHeld() {
        // a new user's "would like to ask if she could be my clinical supervisor when I start the ACP MSc" gave worked-together
        assertThat(kinds("would like to ask if she could be my clinical supervisor when I start the ACP MSc in september")).isEmpty();
        assertThat(kinds("she'd been my supervisor at Acme for years")).contains("worked-together");
    }

    @org.junit.jupiter.api.Test
    void aTalkAttendedIsBeingThereNotAClassTaken() {
        // a new user's "I attend her talk at the World Science Forum … last december" drafted a note as to a classmate
        assertThat(kinds("I attend her talk at the World Science Forum in Cape Town last december, it was very inspiring for me"))
                .containsExactly("met-in-person");
        // her workshop or course is still a class taken with her
        assertThat(kinds("I attended her workshop on tile consolidation in October")).containsExactly("studied-together");
    }

    @org.junit.jupiter.api.Test
    void hearingThemSpeakThereIsBeingThereToo() {
        // by hand, "I heard Karen speak at the Lincolnshire nursing conference" got follow-first while "I attended her talk" connected
        assertThat(kinds("I heard Karen speak at the Lincolnshire nursing conference in October")).containsExactly("met-in-person");
        assertThat(kinds("I saw her present at NursingCon last spring")).containsExactly("met-in-person");
        assertThat(kinds("I listened to Karen's keynote at the Lincolnshire nursing conference")).containsExactly("met-in-person");
        // a recording is no room shared, and hearing of her is not hearing her
        assertThat(kinds("I watched her talk on YouTube at the weekend")).isEmpty();
        assertThat(kinds("I watched her talk on YouTube")).isEmpty();
        assertThat(kinds("I never heard Karen speak at the conference")).isEmpty();
        assertThat(dev.rapport.ground.GroundFinder.heardOnly("I heard Karen speak at the Lincolnshire nursing conference in October")).isTrue();
        // and the evidence names the event as English does ("at the Lincolnshire nursing conference", not "at Lincolnshire …")
        dev.rapport.profile.Profile karen = dev.rapport.profile.ProfileReaders.parse("Karen Moore\nLead Nurse at Wythenshawe Hospital\n",
                "karen.txt");
        dev.rapport.profile.Profile aoife = dev.rapport.profile.ProfileReaders.parse("Aoife Brennan\nStaff Nurse at Pilgrim Hospital\n",
                "aoife.txt");
        assertThat(new dev.rapport.ground.GroundFinder(java.time.YearMonth.of(2026, 12)).find(aoife, karen,
                dev.rapport.purpose.PurposeReader.read("I heard Karen speak at the Lincolnshire nursing conference in October")))
                .anyMatch(g -> g.detail().equals("you say you heard Karen speak at the Lincolnshire nursing conference"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            we-subject verb, habitual      | we chat in the coworking kitchen most mornings                               | met-in-person
            we-subject verb, contracted    | we've been co-maintaining the pandas-stubs repo since 2024 but never connected here | worked-together
            I-subject verb, target after   | I reviewed his pull requests on the tokio-console project for about a year   | worked-together
            I-subject verb, target's thing | I asked a question in her webinar chat on Tuesday and she answered it live     | met-in-person
            target-subject verb, me after  | she interviewed with us last week for the data analyst role                   | met-in-person
            target-subject verb, me after  | she mentored me during Google Summer of Code 2023                              | worked-together
            a name tagged INTJ, and I      | Farhana and I worked together on the haor flood shelter project in Sunamganj   | worked-together
            an ongoing joint activity      | we coach the under-10s together at Riverside FC on Saturdays                   | worked-together
            verb opening the sentence      | met @ devopsdays chicago, talked k8s cost stuff                               | met-in-person
            non-native present tense       | We are meeting in the ISMB conference in Lyon, we speak about protein folding  | met-in-person
            mixed languages                | nos conocimos en el meetup de React Madrid                                     | met-in-person
            rambling, contact mid-sentence | So last Thursday I was at the breakfast and ended up sitting at her table for an hour | met-in-person
            shared thing with same         | We took the same evening Spanish class at the Instituto Cervantes this spring  | studied-together
            shared thing, we were in       | we were both in the Techstars Boulder 2023 cohort                              | studied-together
            target in the sender's group   | Abena was in my cohort 9, she built PillCount for her final project            | studied-together
            role between them, I was his   | i was his TA for intro to databases at UT Austin back in 2021                  | studied-together
            role between them, she was my  | she was my mentor during my first year at Clearwater Consulting               | worked-together
            role between them, a firm's    | Rania was my senior associate at Halden & Rowe when I was a trainee (2015-2017) | worked-together
            role between them, a ward's    | she was my preceptor on the maternity ward at Mandeville in 2013              | worked-together
            on the sender's staff          | Grace was my graduate engineer in Kisumu county roads dept 2013 to 2016       | worked-together
            a title before the name        | Nurse Blake was my preceptor on the maternity ward in 2013                  | worked-together
            both on the same team          | we both worked on the same team at Stripewell                               | worked-together
            a coach's title, trained me    | Coach Rivera trained me for two seasons                                      | met-in-person
            plural role, we were           | we were interns together at the Ministry of Finance back in 2012               | worked-together
            past role as a fragment        | ex-colleague from Vantage, I'm looking for work and she might know openings    | worked-together
            together                       | we did our MBA together at INSEAD                                              | studied-together
            contact noun heading           | great chat at the Product Camp Vancouver lunch yesterday                        | met-in-person
            past habit, used to            | we used to work together on the Heathrow Terminal 5 project                     | worked-together
            verb only from the target      | she visited our booth at NRF and asked for a follow-up                          | met-in-person
            a recruiter's placement        | I placed Tomas at Mount Carmel Grove City back in 2022 when he moved from Texas | worked-with
            a recruiter, by a possessive   | I was Tomas's recruiter in 2022                                                | worked-with
            panel with the target          | I moderated the panel she spoke on at the FinTech Lisbon summit                | met-in-person
            named target as the subject    | Lukas interviewed me for the backend role in August                            | met-in-person
            name and I as the subject      | Ines and I organised the Porto data meetup for two years                       | worked-together
            target's role on our work      | Kofi was the structural engineer on our Tema warehouse extension               | worked-together
            target's role, when we         | she was our account manager when we moved the payroll to Sage                  | worked-together
            target's work for us           | Aiko ran our sound at the Lisbon jazz festival                                 | worked-with
            shared thing, no subject       | same squad in 2022, he was the backend lead                                    | worked-together
            a promise to the target        | I promised to send her the tasting notes from the cellar visit                 | met-in-person
            taught in a class              | she taught me statistics in my first year at university                        | studied-together
            foreign verb opening           | rencontrés au salon du vin à Bordeaux, on a parlé de bouchons                  | met-in-person
            asked, and the target replied  | I asked about grid storage at the end of the lecture and she promised to send the slides | met-in-person
            overlapped                     | we overlapped three years in the Maersk Copenhagen office                      | worked-together
            sender's work for the target   | I illustrated her picture book for Tammi Press in 2021                         | worked-with
            present for past, dated by a weekday | i was at his forklift traffic workshop in truganina thursday, i ask him at the break about how often they do cycle count | met-in-person
            sender's work, for a name's    | ran the onboarding workshop for Dmitri's support team in March                 | worked-with
            sender's work, to a name       | I've been handing lab samples to Priya at the blood bank for five years        | worked-with
            target's work for us           | she solved our payment webhook outage over a weekend                           | worked-with
            came to what the sender ran    | Autumn came to my Second Bell workshop in Portland on Saturday                 | met-in-person
            came to do a job               | Devon came to our farm to fix the irrigation pump                              | worked-with
            target came to us, address     | Mr Okafor sir came to our pottery last spring to test the kiln                 | worked-with
            customer champion              | Tomasz was our champion at Lindqvist Foods and carried the pilot               | worked-with
            online, side by side           | we've both been replying to beginners in the r/bookbinding subreddit since 2020 | met-online
            online, the same place         | we post in the same Discord server for pottery glaze nerds                     | met-online
            opens on the verb, her         | I'm the rep at Lee Valley Bus. Met her at the night routes consultation at City Hall two weeks ago | met-in-person
            opens on the verb, title       | Met Dr Kulkarni at our school science fair on Saturday 21 Nov                  | met-in-person
            target thanked me              | my PR got merged last week, Kadri reviewed it and thanked me in the review      | met-in-person
            target commented on mine       | Lan commented on my post about reefers at the port                             | met-online
            target replied that I          | he replied that I should connect and he would share the charging log           | met-online
            I commented, the target replied | I commented on his post about shore power and he replied                      | met-online
            target replied, asked me       | I commented on his post and he replied and asked me to connect                 | met-online
            target phoned ours             | He phoned every one of our 34 school kitchens himself before lunch             | met-in-person
            target trialled ours           | Devon trialled our sprint app at Liguanea Tech. thank him                      | worked-with
            with us far after the verb     | Tomasz did the sound design on The Quiet Shift with us back in 2023             | worked-with
            an opener before the name      | So Tomasz did the sound design on The Quiet Shift with us back in 2023          | worked-with
            opening verb before a name     | Heard Salma present at the water day last week, spoke with her briefly after.  | met-in-person
            a name the tagger calls a verb | I meet Kwame at the West Africa Mini-Grid Forum in Accra in october            | met-in-person
            second-language present, ours  | she audit our factory last month, promised her the CAPA plan                   | worked-with
            our role, a hyphenated name    | Serge-Alain was my guest on episode 14 about local radio                        | worked-with
            the group's role, our          | Kenji was our lecturer at the JICA geothermal course in Fukuoka in Oct          | studied-together
            the target gave me             | Jonathan judged the final of the moot last thursday, he gave me detailed feedback on my second ground | met-in-person
            the target showed us, answered | Rodrigo showed us the soil moisture probes and then he answered all my questions after | met-in-person
            a relative who, the target     | Julia is engineer of Kessler who support us remote when our hot runner had gate freeze in October | worked-with
            side by side at one event      | we was both panelist in the SEARAN webinar on sub-award monitoring (Nov 19)     | met-in-person
            side by side, plural           | we were both speakers at the Lagos Data Summit                                 | met-in-person
            a role on their side           | ran 2 day 8D training at Veltrim Wroclaw, Katarzyna was the sponsor from their side | worked-with
            a promise, its I left out      | promised to send her the 5-why template in polish                              | met-in-person
            a promise in the present       | I promise to send her the drone photos of the permeable structures            | met-in-person
            we wrote to each other         | we only emailed before                                                         | met-online
            we wrote to each other, often  | we emailed a few times last year about the grant                               | met-online
            she asked about ours           | she asked how we do risk check for foreign subrecipients                       | met-in-person
            work for us, saved             | Darnell saved our keynote livestream when the encoder died                     | worked-with
            a check of ours, no subject    | audited our FPI line 18-19 nov. she asked for rev F of dwell time procedure     | worked-with
            a name typed small, opening    | lindqvist supervised my erasmus thesis at SLU, 2019. reconnecting             | worked-together
            a name typed small, mentored   | priya mentored me at Deloitte in my first year                                 | worked-together
            a name and their own crew      | Darnell and his crew saved our keynote livestream at the Summit                | worked-with
            thanked for coming to ours     | thanks for the hamstring workshop at our school                                | met-in-person
            thanked for speaking at ours   | thank you for speaking at our career night on Nov 18                           | met-in-person
            a wish to thank for ours       | I want to thank her for the talk she gave at our meetup                         | met-in-person
            both in one post, named        | Daniel and I were both buyers in the purchasing team at Toyota Australia      | worked-together
            both in one post, we           | we are both nurses on ward 7 at St James's                                     | worked-together
            a verb typed with a capital    | Ana and I Met at the fair in Leeds                                             | met-in-person
            """)
    void statesContact(String wordingClass, String reason, String kind) {
        assertThat(kinds(reason)).as(wordingClass).contains(kind);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            negated meeting             | we never met, but I follow her work on climate finance
            not yet                     | we haven't talked yet but I'd love to connect since we're both in fintech
            negated, then aim           | I've never met her but I want to connect
            a wish                      | I'd love to meet her at the next meetup
            a plan                      | hoping to chat with him about cold starts
            a question                  | can we talk about your roadmap?
            her work, not her           | I studied her paper on heat islands
            audience of a recording     | saw her talk on YouTube about distributed tracing, really inspiring
            parallel, not together      | we both studied nursing at the University of Iowa years apart
            someone else's role         | my old professor told me to write to her
            a role they need            | we are opening an office in Lagos and need a country manager
            the sender's own role       | first-gen college student, I'd like to ask her how she got into consulting
            her company, not hers       | I like to know who is responsible for buying the packaging in her company
            sharing her post            | I shared her post about onboarding metrics last week
            visiting her site           | I visited her website and loved the portfolio
            helping others near her     | we've helped three companies in her space cut onboarding time in half
            a meeting as a noun         | loved his book, we even renamed our weekly planning meeting after it
            a name later, not and-I     | I moved to Lisbon and I'm working on the same problem for our clinic
            she noticed our post        | she liked our post about the launch
            a role in our region        | they are the biggest buyer in our region
            met only the referrer       | I met Ana at ProMat in March and she suggested I reach out
            met only the referrer, no I | Met Ana at ProMat in March and she suggested I reach out
            watched her keynote         | just watched her keynote at Cloudline Summit, mind blown
            commented on hers           | I commented on her post about reefers last week
            thanked her for a post      | I thanked her for the post on cold chains
            work for nobody named       | I translated the manual into Polish last year and want to connect
            own errand                  | I fixed my bike yesterday, want to connect about cycling
            work for an organisation    | I ran a workshop for Google in May, she was in the audience online
            a relative who, not her     | I met an engineer at Kessler who supported us remotely
            support as a noun           | fellow alum, I'm moving from support into product management and would love her advice
            I showed her mine           | I showed her my portfolio at the end of the call
            we support others like her  | we support clients like her with remote diagnostics
            a firm's help online        | we help people on forums with sourdough and want to connect
            a body that asked           | Ministry asked me for a lessons learned report by March
            she answered others         | she answered questions on the panel and I liked her take
            both at one employer, apart | We both worked at DHL Supply Chain in different countries
            he replied to others        | he replied to everyone in the thread about tariffs
            a bracket's end             | I'm 2nd year of the QS diploma at WelTec (same one he did) after selling my salon.
            before me, a point of time  | she did same certificate before me, I applied for job in Loblaw Digital last week
            we wrote to someone else    | we emailed the client about the delay
            she asked others about theirs | she asked how they do risk checks in the webinar
            one speaker, not both       | we need a speaker for the March event
            a side with no role         | I work on the client side of the business
            thanked for a talk elsewhere | thanks for the workshop at the conference, I learned a lot
            thanked for advice on ours  | thanks for the advice on our pricing page in your post
            a talk at ours, wished      | I'd love for you to speak at our school next term
            a common word before the verb | work taught me patience more than any course
            an adverb before the verb   | always supported me, she is the best
            a name and their team, alone | Ana and her team launched a new product last week
            both members of one thing   | we are both members of the Denver Python meetup
            both customers of one bank  | we are both customers at Halden Bank
            a verb inside a name        | I read her Women Talk Design interview last week
            """)
    void statesNoContact(String wordingClass, String reason) {
        // a shared group ("we're both in fintech") is common ground, not contact
        assertThat(kinds(reason)).as(wordingClass)
                .doesNotContain("met-in-person", "worked-together", "worked-with", "met-online", "studied-together", "volunteered-together");
    }
}
