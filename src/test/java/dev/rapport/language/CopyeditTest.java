package dev.rapport.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each clean-up of the user's words, on the slips blind readers marked in drafted notes. */
class CopyeditTest {
    private final Copyedit edit = Copyedit.english();

    private String tidy(String s) {
        return edit.tidy(s, Gazetteer.empty());
    }

    @Test
    void commonMisspellingsFromTheBundledListAreCorrected() {
        assertEquals("we worked together until you left for Ireland", tidy("we worked together untill you left for Ireland"));
        assertEquals("a weird week", tidy("a wierd week"));
    }

    @Test
    void aMonthAtTheEndOfASentenceIsCapitalisedWithItsStop() {
        // dev pair 03 of panel-12: "in Esbjerg, 16-20 nov." stayed lower case (the tokenizer kept the stop on the word)
        assertEquals("we were on the same course in Esbjerg, 16-20 Nov.", tidy("we were on the same course in Esbjerg, 16-20 nov."));
        assertEquals("I went to the dr. yesterday", tidy("i went to the dr. yesterday"));
    }

    @Test
    void aQuotedTitleIsLeftAsTheUserWroteIt() {
        // "our 'zimno w magazynie' leaflet" became "'zimno with magazynie'": shorthand is not read inside quotation marks
        assertEquals("our 'zimno w magazynie' leaflet", tidy("our 'zimno w magazynie' leaflet"));
        assertEquals("coffee with Ana", tidy("coffee w Ana"));
    }

    @Test
    void aRealWordIsNeverTakenForAMisspelling() {
        assertEquals("we talked about which trial to run", tidy("we talked about which trial to run"));
    }

    @Test
    void monthsWeekdaysLanguagesAndIAreCapitalised() {
        assertEquals("we met on Saturday in September and I said the Kannada model was good",
                tidy("we met on saturday in september and i said the kannada model was good"));
    }

    @Test
    void aRunOfMarksEndsASentenceAndScotsWiIsWith() {
        assertEquals("We met at the reading on Saturday! You said poets should pester you.",
                Copyedit.english().finish("We met at the reading on Saturday!! you said poets should pester you."));
        assertEquals("ask if you need a hand with weekend work", tidy("ask if you need a hand wi weekend work"));
    }

    @Test
    void aParticleInsideANameIsNotMadeAnAcronym() {
        // development pair (panel-8 13): "hidrogeólogo de cierre" beside the sender's headline word became "Hidrogeólogo DE cierre";
        // "tu delft" is still "TU Delft"
        Gazetteer names = Gazetteer.of(List.of("Hidrogeólogo", "Delft University of Technology", "Delft"), List.of("Hidrogeólogo | Groundwater"));
        assertEquals("the vacante Hidrogeólogo de cierre", Copyedit.english().englishOnly("the vacante hidrogeólogo de cierre", names));
        assertEquals("on the TU Delft exchange", Copyedit.english().englishOnly("on the tu delft exchange", names));
    }

    @Test
    void twoMonthsWithASlashAreEitherOne() {
        assertEquals("record interviews in February or March", tidy("record interviews in Feb/March"));
        assertEquals("in September or October", tidy("in sept/oct"));
    }

    @Test
    void aSlashBetweenTwoQuestionsIsOr() {
        // panel-12 07: "I would love to ask you about the role / if you'd refer me" (a reviewer: "a slash fragment pasted from the notes")
        assertEquals("ask her about the role, or if she'd refer me", tidy("ask her about the role / if she'd refer me"));
        // "esp the data migration part" (panel-12 09: "'esp' is note-to-self shorthand")
        assertEquals("what you'd change, especially the data migration part", tidy("what you'd change, esp the data migration part"));
        // a slash inside a list or a rate stays
        assertEquals("sand batteries / heat for refineries", tidy("sand batteries / heat for refineries"));
    }

    @Test
    void namesWithCapitalsOfTheirOwnAreSpelledAsTheirOwnersSpellThem() {
        assertEquals("we only ever talked on WhatsApp, never on LinkedIn; the code is on GitHub",
                tidy("we only ever talked on whatsapp, never on linkedin; the code is on github"));
    }

    @Test
    void placesTypedInLowerCaseAreCapitalisedButEverydayWordsThatArePlacesAreNot() {
        // from a hand session: "the IAFP europe meeting in lisbon" reached the note in lower case
        assertEquals("the IAFP Europe meeting in Lisbon, then Cape Town", tidy("the IAFP europe meeting in lisbon, then cape town"));
        assertEquals("a nice talk on reading lists in bath", tidy("a nice talk on reading lists in bath"));
    }

    @Test
    void wereAfterACommaBeforeAnIngVerbIsWeAre() {
        // dev pair 90, read by the panel: "I would like to ask for it, were trying to start the same review"
        assertEquals("I would like to ask for it, we're trying to start the same review",
                edit.finish("I would like to ask for it, were trying to start the same review"));
        assertEquals("the boxes, were they sorting them?", edit.finish("the boxes, were they sorting them?"));
        assertEquals("they were trying", edit.finish("they were trying"));
    }

    @Test
    void aShortMonthBeforeQuestionMarksIsWrittenOut() {
        // panel-8 pair 27 (development): "maybe she would speak at our AGM in feb??"
        assertEquals("maybe she would speak at our AGM in February??", edit.tidy("maybe she would speak at our AGM in feb??", Gazetteer.empty()));
    }

    @Test
    void theWordAfterATitleIsAName() {
        // a fresh-clone hand session (development pair 54): "dr. achieng (my stats lecturer at JKUAT) told me …"
        assertEquals("Dr Achieng told me to reach out", edit.tidy("Dr achieng told me to reach out", Gazetteer.empty()));
        assertEquals("prof Okafor said so", edit.tidy("prof okafor said so", Gazetteer.empty()));
    }

    @Test
    void wordsTypedSmallThatBeginALongerNameAreThatName() {
        // panel-10 pair 08: "promoted to DV lead at baltic silicon" for Baltic Silicon Labs (a reviewer: "company name is wrong")
        Gazetteer names = Gazetteer.of(List.of("Baltic Silicon Labs", "Moravia Plast Components s.r.o.", "Haor Flood Shelter Programme (LGED)"),
                List.of("She works at Baltic Silicon Labs."), "");
        assertEquals("she is DV lead at Baltic Silicon Labs", edit.tidy("she is DV lead at baltic silicon", names));
        assertEquals("I work at Moravia Plast Components", edit.tidy("I work at moravia plast", names));
        // the user's own noun after the words, and a name that is a label, are left alone
        assertEquals("the haor flood shelter project", edit.tidy("the haor flood shelter project", names));
        assertEquals("we did haor flood shelter", edit.tidy("we did haor flood shelter", names));
    }

    @Test
    void aPlaceWordOfTheNamesTypedSmallAfterInIsThePlace() {
        // panel-10 pair 01: "a medical ward in cork" beside "Cork University Hospital"
        Gazetteer names = Gazetteer.of(List.of("Cork University Hospital", "Finance Partners"),
                List.of("I work at Cork University Hospital. I moved into finance in 2019."), "");
        assertEquals("I'm on a medical ward in Cork", edit.tidy("I'm on a medical ward in cork", names));
        // a word the texts also use in lower case stays as typed
        assertEquals("I work in finance", edit.tidy("I work in finance", names));
        assertEquals("a ward in cork", edit.tidy("a ward in cork", Gazetteer.empty()));
    }

    @Test
    void theFirstWordOfAnEmployerTypedAloneAfterAtIsItsShortForm() {
        // a fresh-clone hand session (development pair 54): "did loan default dashboards at twiga" for Twiga Insights
        Gazetteer names = Gazetteer.of(List.of("Twiga Insights", "Harvest Table"),
                List.of("She worked at Twiga Insights. We grow and harvest maize."), "");
        assertEquals("I did loan default dashboards at Twiga", edit.tidy("i did loan default dashboards at twiga", names));
        // a name's first word that the texts also use as an everyday word stays as typed
        assertEquals("we met at harvest time", edit.tidy("we met at harvest time", names));
        assertEquals("we met at twiga", edit.tidy("we met at twiga", Gazetteer.empty()));
    }

    @Test
    void aChangeSinceIsPastAndAWeekdayAfterAPlaceIsTheDayItHappened() {
        // a fresh-clone hand session (development pair 53), a second-language writer
        assertEquals("our count accuracy is bad since we moved to a new WMS", edit.finish("our count accuracy is bad since we move to new WMS"));
        assertEquals("it has been better since we switched to new scanners", edit.finish("it has been better since we switch to new scanners"));
        Gazetteer names = Gazetteer.of(List.of(), List.of("Thanks to all who came to the workshop in Truganina on Thursday."), "");
        assertEquals("I was at his workshop in Truganina on Thursday", edit.tidy("i was at his workshop in truganina thursday", names));
        assertEquals("we met at the booth on Monday", edit.tidy("we met at the booth monday", Gazetteer.empty()));
        assertEquals("our Black Friday sale", edit.tidy("our Black Friday sale", Gazetteer.empty()));
        assertEquals("see you Monday", edit.tidy("see you monday", Gazetteer.empty()));
    }

    @Test
    void theUsersHedgesAndNotesToSelfStayOutOfTheNote() {
        // development panel-8, read by the panel on 4 December (night): "2013 to 2016 or so", "and workload etc.",
        // "he said she expect my message and I can say his name"
        assertEquals("you were my graduate engineer from 2013 to 2016", edit.tidy("you were my graduate engineer 2013 to 2016 or so", Gazetteer.empty()));
        assertEquals("landing for the fast bowlers and workload. The boys loved it",
                edit.tidy("landing for the fast bowlers and workload etc. The boys loved it", Gazetteer.empty()));
        assertEquals("he said she would be expecting my message",
                edit.tidy("he said she expect my message and I can say his name", Gazetteer.empty()));
        assertEquals("we can meet or so I hope", edit.tidy("we can meet or so I hope", Gazetteer.empty()));
        assertEquals("hybrid 2 days a week", edit.tidy("hybrid 2 days/wk", Gazetteer.empty()));
        // panel-8 reviewers: "in 10 min" and "a 20 min interview" are shorthand from the user's notes
        assertEquals("they do the survey with the app in 10 minutes", edit.tidy("they do the survey with the app in 10 min", Gazetteer.empty()));
        assertEquals("I would like a 20-minute interview", edit.tidy("I would like a 20 min interview", Gazetteer.empty()));
        assertEquals("it took 5 minutes afterwards", edit.tidy("it took 5 min afterwards", Gazetteer.empty()));
        // a hand session on a fresh clone of e89f250: "the warsaw sre meetup" read "the Warsaw sre meetup"
        assertEquals("we chatted at the Warsaw SRE meetup", edit.tidy("we chatted at the warsaw sre meetup", Gazetteer.empty()));
        assertEquals("Hernán (my boss at Minera Nechí) told me to write her about the vacancy",
                edit.tidy("Hernán (my jefe at Minera Nechí) say me to write her about the vacante", Gazetteer.empty()));
        assertEquals("we have never actually talked one to one", edit.tidy("we have never actually talked 1:1", Gazetteer.empty()));
        assertEquals("the score was 1:1 at half time", edit.tidy("the score was 1:1 at half time", Gazetteer.empty()));
    }

    @Test
    void oneTeamTakesAVerbInTheThirdPerson() {
        // panel-8 pair 11, read by the panel (development): "how your team train the promotoras"
        assertEquals("we talked about how your team trains the promotoras", edit.finish("we talked about how your team train the promotoras"));
        assertEquals("I saw that the clinic does home visits", edit.finish("I saw that the clinic do home visits"));
        assertEquals("how does your team train them", edit.finish("how does your team train them"));
        assertEquals("I want to help the team train new staff", edit.finish("I want to help the team train new staff"));
    }

    @Test
    void aSecondFactRunOnWithAndWeBothIsASentenceOfItsOwn() {
        // dev pair 25, read by the panel: one run-on sentence joining the application and the shared university
        assertEquals("I applied for the senior data analyst role on your team yesterday. We both studied statistics at Auckland",
                edit.finish("I applied for the senior data analyst role on your team yesterday and we both studied statistics at Auckland"));
        assertEquals("you and we both know it", edit.finish("you and we both know it"));
    }

    @Test
    void aSecondLanguageVolunteersArticlePrepositionAndTenseAreMended() {
        // panel-10 pair 14 (development): "I was volunteer at …, responsible of Hall B. … we solve it together just before her talk"
        assertEquals("I was a volunteer at the summit", edit.finish("I was volunteer at the summit"));
        assertEquals("I was a coach for the U11s", edit.finish("I was coach for the U11s"));
        assertEquals("I volunteer at the food bank", edit.finish("I volunteer at the food bank"));
        assertEquals("I was part of the team", edit.finish("I was part of the team"));
        assertEquals("responsible for Hall B", tidy("responsible of Hall B"));
        assertEquals("your laptop didn't connect and we solved it together", edit.finish("your laptop didn't connect and we solve it together"));
        assertEquals("we solve it together every week", edit.finish("we solve it together every week"));
        // panel-10 pair 10: "i promised id send her our checklist"
        assertEquals("I promised I'd send her our checklist", tidy("i promised id send her our checklist"));
    }

    @Test
    void aDeedDoneTogetherManyTimesIsPastAndShortWeekdaysAreSpelledOut() {
        // panel-10 pairs 17 and 04 (development)
        assertEquals("We did A320 C-checks together many times", edit.finish("We do A320 C-checks together many times"));
        assertEquals("we do code review together every day", edit.finish("we do code review together every day"));
        assertEquals("it went out on Wednesday and its already our top episode", tidy("it went out wed and its already our top episode"));
    }

    @Test
    void aCodeOfLettersAndANumberIsWrittenInCapitals() {
        // panel-10 pairs 01 and 20 (development): "I'm a cnm1", "b1 modules"
        assertEquals("I'm a CNM1 on a medical ward", edit.finish("I'm a cnm1 on a medical ward"));
        assertEquals("I almost finished the B1 modules", edit.finish("I almost finished the b1 modules"));
        assertEquals("maybe for the U13s too", edit.finish("maybe for the u13s too"));
        assertEquals("talked k8s cost", edit.finish("talked k8s cost"));
        assertEquals("a 40 m2 flat", edit.finish("a 40 m2 flat"));
    }

    @Test
    void theSecondPairReviewsCasesStayAsTyped() {
        assertEquals("We worked together at Stripewell and we work in the same field now",
                edit.finish("We worked together at Stripewell and we work in the same field now"));
        assertEquals("We didn't meet, but we do a similar job in Oslo", edit.finish("We didn't meet, but we do a similar job in Oslo"));
        assertEquals("Can we meet at 5 tomorrow?", edit.finish("Can we meet at 5 tomorrow?"));
        assertEquals("your top10 list and web3", edit.finish("your top10 list and web3"));
        assertEquals("The company and its already strong team", tidy("The company and its already strong team"));
    }

    @Test
    void aCountAboveOneTakesThePlural() {
        // panel-10 pairs 18 and 30 (development): "only one machine for 600 farmer", "all 10 episode"
        assertEquals("only one machine for 600 farmers.", edit.finish("only one machine for 600 farmer."));
        assertEquals("I did the English subtitles for all 10 episodes.", edit.finish("I did the English subtitles for all 10 episode."));
        assertEquals("about 12 people", edit.finish("about 12 people"));
        assertEquals("our 5 school pilot", edit.finish("our 5 school pilot"));
        assertEquals("the day 3 check in script", edit.finish("the day 3 check in script"));
        assertEquals("the 2027 intake", edit.finish("the 2027 intake"));
        assertEquals("a 20 min call", edit.finish("a 20 min call"));
        assertEquals("the team is 20 strong.", edit.finish("the team is 20 strong."));
        // a compound whose middle noun the tagger reads as a verb is no group to take "the" (a new user's "on the spider plant
        // seed systems")
        assertEquals("Would you co-supervise my MSc on spider plant seed systems?", edit.finish("Would you co-supervise my MSc on spider plant seed systems?"));
        // a number joined to a name labels it (panel-3 pair 28, development: "your TurbineSound-22 datasets")
        assertEquals("I'm using your TurbineSound-22 dataset for my thesis.", edit.finish("I'm using your TurbineSound-22 dataset for my thesis."));
        assertEquals("he told me to send the coop data", tidy("he told send the coop data"));
    }

    @Test
    void aSecondLanguageWritersSirDroppedArticleAndAboutAreMended() {
        // a hand session: "Hi Chinedu, Sir I am fresh graduate civil engineer … I see in your about you mentor young engineers"
        assertEquals("I am fresh graduate", tidy("Sir I am fresh graduate"));
        assertEquals("I see in your About section that you mentor young engineers", tidy("i see in your about you mentor young engineers"));
        assertEquals("I am a fresh graduate civil engineer from ABU Zaria", edit.finish("I am fresh graduate civil engineer from ABU Zaria"));
        assertEquals("I'm a data analyst at Quillset", edit.finish("I'm data analyst at Quillset"));
        assertEquals("I am interested in the role", edit.finish("I am interested in the role"));
        assertEquals("I am part of the team", edit.finish("I am part of the team"));
        assertEquals("I am Aisha", edit.finish("I am Aisha"));
        assertEquals("Sirens were loud", tidy("Sirens were loud"));
        // a reviewer's cases: a title that is part of a name, an office, a plural subject before the comma
        assertEquals("Sir Ken Robinson's talk on schools", tidy("Sir Ken Robinson's talk on schools"));
        assertEquals("I am president of the Lagos chapter", edit.finish("I am president of the Lagos chapter"));
        assertEquals("my co-founders, Ana and Raj, were hoping to meet you",
                edit.finish("my co-founders, Ana and Raj, were hoping to meet you"));
    }

    @Test
    void idBeforeAWishVerbIsIdButAloneIsAWord() {
        assertEquals("I'd like to ask you", tidy("id like to ask you"));
        assertEquals("my staff id card", tidy("my staff id card"));
    }

    @Test
    void anAmbiguousMonthIsCapitalisedOnlyWhereItIsTheMonth() {
        assertEquals("we met in May and we may meet again", tidy("we met in may and we may meet again"));
        assertEquals("we march on in March", tidy("we march on in march"));
    }

    @Test
    void thePairsOwnProperNounsAreSpelledAsTheProfilesSpellThem() {
        Gazetteer names = Gazetteer.of(List.of("Harvest Table", "Paweł"),
                List.of("We came 2nd at Namma Hack this year, with a bot in Kannada."), "");
        assertEquals("we met at the Harvest Table stand and at Namma Hack, and Paweł said hi",
                edit.tidy("we met at the harvest table stand and at namma hack, and Pawel said hi", names));
    }

    @Test
    void theHeadWordOfAPublicBodyIsNoNameOnItsOwn() {
        // (hand session: "moving from City purchasing to higher ed")
        Gazetteer names = Gazetteer.of(List.of("City of San Marcos"),
                List.of("I have spent four years in public procurement at the City of San Marcos, writing solicitations."), "");
        assertEquals("moving from city purchasing to higher ed at San Marcos",
                edit.tidy("moving from city purchasing to higher ed at san marcos", names));
    }

    @Test
    void aCapitalisedWordThatIsAlsoAnEverydayWordInTheProfilesIsNotAName() {
        Gazetteer names = Gazetteer.of(List.of(), List.of("I lead the data team on the new platform. Our Data Platform is new."), "");
        assertEquals("the data platform and the team", edit.tidy("the data platform and the team", names));
    }

    @Test
    void chatFillerIsDropped() {
        assertEquals("we chat about traffic.", tidy("we chat about traffic haha."));
        assertEquals("you were my client for 4 years", tidy("you were my client for like 4 years lol"));
        assertEquals("then you answered all my questions", tidy("then you answered like all my questions"));
        assertEquals("it looks like all my plans", tidy("it looks like all my plans"));
    }

    @Test
    void shorthandIsWrittenOut() {
        assertEquals("I want to ask about the thing with small cells because I'm late",
                tidy("i want to ask about the thing w small cells bc im late"));
        assertEquals("we want to connect and maybe do it again", tidy("we want to connect + maybe do it again"));
        assertEquals("we reviewed each other's PRs", tidy("we reviewed each others PRs"));
    }

    @Test
    void anAmpersandInsideANameStays() {
        assertEquals("I work at Qamar Hotels & Resorts", tidy("I work at Qamar Hotels & Resorts"));
    }

    @Test
    void aPrivateAsideInBracketsIsDroppedAndItsSpecificsKept() {
        assertEquals("we did the rollout to all 60 stores together.",
                tidy("we did the rollout to all 60 stores together (2021-22, painful but we made it)."));
        assertEquals("we were on the same team at the hackathon (MandiMitra, 2nd place)",
                tidy("we were on the same team at the hackathon (MandiMitra, 2nd place)"));
        assertEquals("we argued about the harbour bath entry", tidy("we argued (nicely) about the harbour bath entry"));
    }

    @Test
    void anAsideBetweenDashesIsDropped() {
        assertEquals("we ran the fair together for years", tidy("we ran the fair together - it was chaos - for years"));
    }

    @Test
    void unbalancedBracketsAreClosedOrDropped() {
        assertEquals("we worked in the pharmacy (cytostatics prep)", tidy("we worked in the pharmacy (cytostatics prep"));
        assertEquals("we worked in the pharmacy", tidy("we worked in the pharmacy)"));
    }

    @Test
    void aVerblessMemoAfterACommaIsNotPartOfTheSentence() {
        assertEquals("he told me to contact you about the PhD on cocoa soils.",
                tidy("he told me to contact you about the PhD on cocoa soils, deadline 15 jan."));
        // when it was is not a memo, nor is a list
        assertEquals("we met at the fair, 2 weeks ago", tidy("we met at the fair, 2 weeks ago"));
        assertEquals("we met at the fair, last year", tidy("we met at the fair, last year"));
        assertEquals("we talked about pricing, logistics and cold chain", tidy("we talked about pricing, logistics and cold chain"));
    }

    @Test
    void aFragmentWithNoVerbIsKnownAsOne() {
        assertFalse(edit.hasVerb("deadline 15 Jan"));
        assertTrue(edit.hasVerb("we met at the fair"));
    }

    @Test
    void youAndMeAsSubjectIsWe() {
        assertEquals("we worked together in the pharmacy", edit.finish("you and me worked together in the pharmacy"));
        assertEquals("We share the kitchen", edit.finish("You and I share the kitchen"));
        assertEquals("she asked you and me to help", edit.finish("she asked you and me to help"));
    }

    @Test
    void theArticleFollowsTheSoundOfTheNextWord() {
        assertEquals("an end of season tournament", edit.finish("a end of season tournament"));
        assertEquals("a university team and an hour and an MBA", edit.finish("an university team and a hour and a MBA"));
    }

    @Test
    void aSecondLanguageWritersDroppedArticleAndPrepositionAreRestored() {
        assertEquals("I asked a question at your panel at the World Cocoa Conference in April",
                edit.finish("I asked question at your panel in World Cocoa Conference in April"));
        assertEquals("I have a question about your data", edit.finish("I have question about your data"));
        // a room, a city or a company is no event; a question already with its article keeps it
        assertEquals("we met in Conference Room B in Berlin", edit.finish("we met in Conference Room B in Berlin"));
        // r107: "'in the Katowice rail freight forum' should be 'at the … forum'"
        assertEquals("I saw you on the panel at the Katowice rail freight forum.", edit.finish("I saw you on the panel in the Katowice rail freight forum."));
        assertEquals("we met in the Katowice forum hall", edit.finish("we met in the Katowice forum hall"));
        assertEquals("we sat in the Lisbon office", edit.finish("we sat in the Lisbon office"));
        assertEquals("I asked the question twice", edit.finish("I asked the question twice"));
    }

    @Test
    void aSentenceAfterAFullStopStartsWithACapital() {
        assertEquals("we met at the fair. You asked about trays.", edit.finish("we met at the fair. you asked about trays."));
    }

    @Test
    void aMixedLanguageReasonGivesOnlyItsEnglish() {
        // two Tagalog function words make a clause that is left out; a lone "sa" before a name is "at"
        assertEquals("We were both line cooks at Harbor Grill.", Copyedit.english().englishOnly("We were both line cooks sa Harbor Grill, ang saya namin doon."));
        // a Spanish sentence is left out whole, a trailing "y la …" clause too; the name "Vinos de Altura" stays
        assertEquals("We talked about Vinos de Altura.", Copyedit.english().englishOnly("Lo conocí en la feria el mes pasado. We talked about Vinos de Altura and la poda tardía."));
        // particles are dropped, "kasi" joins in English
        assertEquals("She moved to Doha, because I'm applying there", Copyedit.english().englishOnly("She moved to Doha na, kasi I'm applying there din"));
        // panel-6 pair 28: "Al" with its capital inside a bank's name is the name, not an Arabic article that drops the clause
        String talk = "He spoke at PSUT career day about the graduate programme at Bank Al-Nahr, at the end he said to add him.";
        assertEquals(talk, Copyedit.english().englishOnly(talk));
    }

    @Test
    void aMeetingToldInAnotherLanguageKeepsItsEnglishPlace() {
        // a hand session: the Tagalog clause was left out whole and took the meeting with it; the note had no context
        assertEquals("we met at HR Tech Summit Manila. we talked about night diff computation.", Copyedit.english().englishOnly(
                "nakilala ko si Tina sa booth namin at HR Tech Summit Manila, super bait niya. we talked about night diff computation."));
        // no verb of meeting, or no English place after it: nothing is made up
        assertEquals("we talked about payroll.", Copyedit.english().englishOnly(
                "ang dami naming pinagdaanan at HR Tech Summit Manila. we talked about payroll."));
        assertEquals("", Copyedit.english().englishOnly("nakilala ko si Tina sa booth namin."));
    }

    @Test
    void thanksAndCongratulationsInTheSendersLanguageAreSaidInEnglish() {
        Copyedit c = Copyedit.english();
        assertEquals("joy ran our POS training last month. thank you!", c.courtesiesInEnglish("joy ran our POS training last month. salamat!"));
        assertEquals("I want to say thank you so much and send him the link", c.courtesiesInEnglish("I want to say merci beaucoup and send him the link"));
        assertEquals("congratulations to chef Aroha!!", c.courtesiesInEnglish("Selamat to chef Aroha!!"));
        // inside a longer word, or a name, nothing changes
        assertEquals("Mercier and Salamatov met at Danker", c.courtesiesInEnglish("Mercier and Salamatov met at Danker"));
    }

    @Test
    void oneKnownThingNamedByItsAcronymTakesThe() {
        assertEquals("we built the MoH dashboard together in 2021.", edit.finish("we built MoH dashboard together in 2021."));
        assertEquals("you ran the POS training in Mandaue.", edit.finish("you ran POS training in Mandaue."));
        // plural things, a name that is no acronym and a thing that already has its article stay as typed
        assertEquals("we fixed AWS bills for years.", edit.finish("we fixed AWS bills for years."));
        assertEquals("we built Kessler dashboards.", edit.finish("we built Kessler dashboards."));
        assertEquals("we built the MoH dashboard.", edit.finish("we built the MoH dashboard."));
    }

    @Test
    void anEnglishReasonIsLeftAsTyped() {
        String reason = "We met at the Denver meetup on a Tuesday, no ask, just to stay in touch.";
        assertEquals(reason, Copyedit.english().englishOnly(reason));
    }

    @Test
    void anAbbreviationWithAFullStopIsWrittenOut() {
        assertEquals("He showed me everything, especially the meter cabinets.",
                Copyedit.english().unabbreviated("He showed me everything, esp. the meter cabinets."));
        assertEquals(1, Language.english().sentences(Copyedit.english().unabbreviated("He showed me everything esp. the meter cabinets.")).size());
    }

    @Test
    void theArticleFollowsTheSoundAndARoleOnlyOnePersonHoldsTakesThe() {
        Copyedit c = Copyedit.english();
        assertEquals("an SRE", c.indefinite("SRE"));
        assertEquals("a UX designer", c.indefinite("UX designer"));
        assertEquals("a university lecturer", c.indefinite("university lecturer"));
        assertEquals("an hour", c.indefinite("hour"));
        assertEquals("an engineer", c.indefinite("engineer"));
        // a hand session drafted "I am a head of science at Hollins Park Academy"
        assertEquals("the head of science", c.role("head of science"));
        // a new user's session: "I'm a group head of procurement at Sky"
        assertEquals("the group head of procurement", c.role("group head of procurement"));
        assertEquals("the deputy head of science", c.role("deputy head of science"));
        assertEquals("a group controller", c.role("group controller"));
        assertEquals("the founder", c.role("founder"));
        assertEquals("the managing director", c.role("managing director"));
        assertEquals("the director of engineering", c.role("director of engineering"));
        assertEquals("a principal engineer", c.role("principal engineer"));
        assertEquals("a vice president", c.role("vice president"));
        assertEquals("an outreach lead", c.role("outreach lead"));
        assertEquals("a physics teacher", c.role("physics teacher"));
        assertEquals("the chief pharmacist", c.role("chief pharmacist"));
    }

    @Test
    void anInsertedToLeavesTheNextWordToItsOwnShorthandAndAnAtSignIsAt() {
        Gazetteer none = Gazetteer.empty();
        assertEquals("want to keep in touch", Copyedit.english().tidy("want keep contact", none));
        assertEquals("met at devopsdays Chicago", Copyedit.english().tidy("met @ devopsdays chicago", none));
        assertEquals("want to ask her", Copyedit.english().tidy("want ask her", none));
        assertEquals("we overlapped for 4 years", Copyedit.english().tidy("we overlapped 4 years", none));
        assertEquals("we worked there for two years", Copyedit.english().tidy("we worked there for two years", none));
        // a time ago is when, not how long
        assertEquals("we worked 2 years ago on the bid", Copyedit.english().tidy("we worked 2 years ago on the bid", none));
        assertEquals("I asked the help desk twice", Copyedit.english().tidy("I asked the help desk twice", none));
        // a second-language writer's dropped articles and present tense (panel-6 reviewers on dev pairs 31 and 11)
        assertEquals("our hot runner had a gate freeze problem in October", Copyedit.english().tidy("our hot runner had gate freeze problem in October", none));
        assertEquals("she stayed on a video call and found the wrong setting in the temperature controller",
                Copyedit.english().tidy("she stayed on video call and found the wrong setting in temperature controller", none));
        assertEquals("she is on call tonight, I had no problem", Copyedit.english().tidy("she is on call tonight, I had no problem", none));
        assertEquals("I worked there from 2019 to 2021 until the resort closed in covid",
                Copyedit.english().tidy("I worked there 2019 to 2021 until the resort close in covid", none));
        assertEquals("we can stay until the shop close", Copyedit.english().tidy("we can stay until the shop close", none));
        assertEquals("It's made a huge difference", Copyedit.english().tidy("Its made a huge difference", none));
        // (r142 on a development pair: "we are opening 2nd branch in Bodija")
        assertEquals("we are opening a 2nd branch in Bodija", Copyedit.english().tidy("we are opening 2nd branch in Bodija", none));
        assertEquals("we are opening our 2nd branch", Copyedit.english().tidy("we are opening our 2nd branch", none));
        assertEquals("a talk to my students in the spring semester", Copyedit.english().tidy("a talk to my students in spring semester", none));
        assertEquals("a talk in this spring semester", Copyedit.english().tidy("a talk in this spring semester", none));
        assertEquals("she was my guest on episode 112", Copyedit.english().tidy("she was my guest on ep 112", none));
        // (panel-11 pair 15: "we are hiring Workforce Management Lead for new german account")
        assertEquals("we are hiring a Workforce Management Lead for a new German account",
                Copyedit.english().tidy("we are hiring Workforce Management Lead for new german account", none));
        assertEquals("we are hiring a lot", Copyedit.english().tidy("we are hiring a lot", none));
        assertEquals("you're the hiring manager", Copyedit.english().tidy("you're the hiring manager", none));
        // (panel-11 pair 19: "we prepare together the HACCP and BRCGS audits 2018-2022")
        assertEquals("we prepared together the HACCP and BRCGS audits 2018-2022.",
                Copyedit.english().tidy("we prepare together the HACCP and BRCGS audits 2018-2022.", none));
        assertEquals("we prepare together the audits every year.", Copyedit.english().tidy("we prepare together the audits every year.", none));
        assertEquals("we are hiring the new Site Manager", Copyedit.english().tidy("we are hiring the new Site Manager", none));
        // (hand-20: "it was on monday, not yesterday" lost the reference the user had typed)
        assertEquals("I applied on Monday (ref KA-219).", Copyedit.english().tidy("I applied on Monday (ref KA-219).", none));
        assertEquals("I applied last week (req id SRT-4471).", Copyedit.english().tidy("I applied last week (req id SRT-4471).", none));
        assertEquals("doing a story for Thursday's paper", Copyedit.english().tidy("doing a story for thursdays paper", none));
        assertEquals("I'm doing a story for Thursday's paper.", Copyedit.english().finish("I'm doing a story for Thursday's paper."));
        assertEquals("the club is open on thursdays at noon", Copyedit.english().tidy("the club is open on thursdays at noon", none));
        assertEquals("their new EP 2 is out", Copyedit.english().tidy("their new EP 2 is out", none));
        // (r141 on a development pair asked for the line the aside reader dropped; a clause of the sender's own still goes)
        assertEquals("a student in my lab course — very careful student, one of the best lab notebooks I ever graded.",
                Copyedit.english().tidy("a student in my lab course — very careful student, one of the best lab notebooks I ever graded.", none));
        assertEquals("we met at the fair.", Copyedit.english().tidy("we met at the fair — the stand we shared was tiny.", none));
        assertEquals("its own pallets made a difference", Copyedit.english().tidy("its own pallets made a difference", none));
        // a second-pair review: none of these is a dropped article, a present for past or "it has"
        assertEquals("which has been an issue for our night staff", Copyedit.english().tidy("which has been an issue for our night staff", none));
        assertEquals("until the big move in 2020", Copyedit.english().tidy("until the big move in 2020", none));
        // a second-pair review: a field named by "machine" is no device; "asked references" is asked for them
        assertEquals("we talked about the value of machine learning in triage",
                Copyedit.english().tidy("we talked about the value of machine learning in triage", none));
        assertEquals("the setting on the main controller was off", Copyedit.english().tidy("the setting on main controller was off", none));
        assertEquals("I asked for references from her", Copyedit.english().tidy("I asked references from her", none));
        assertEquals("needs SQL and Epic Clarity, both of which he has", Copyedit.english().tidy("needs SQL and Epic Clarity, which he has both", none));
        // panel-8 pair 29 (r61): a comma splice and a dropped article
        assertEquals("we met at the forum 2 weeks ago, and at the coffee break after her session we talked about converters",
                Copyedit.english().tidy("we met at the forum 2 weeks ago, at coffee break after her session we talked about converters", none));
        // panel-8 reviewer r60: shorthand and dropped words copied from the reason
        assertEquals("you were my commis then CDP at Sea Grape from 2021 to 2024", tidy("you were my commis then CDP at Sea Grape 2021 to 2024"));
        assertEquals("my graduate engineer in the Kisumu county roads department", tidy("my graduate engineer in Kisumu county roads dept"));
        assertEquals("hybrid 2 days a week", tidy("hybrid 2 days/wk"));
        assertEquals("I want to continue this conversation, and perhaps collaborate with our cohort",
                tidy("I want to continue this conversation, maybe future collaboration with our cohort"));
        assertEquals("I have been a VDA 6.3 auditor since 2022", tidy("I have VDA 6.3 auditor since 2022"));
        assertEquals("the 2019-2021 plan", tidy("the 2019-2021 plan"));
        // development pair 05: who the referrer is, by an organisation, was cut with the private asides
        assertEquals("Pradeep Shrestha (my old boss, who coordinates the South Asia WASH Learning Network) told me to talk to Tahmina",
                Copyedit.english().tidy("Pradeep Shrestha (my old boss, he coordinates the South Asia WASH Learning Network) told me to talk to "
                        + "Tahmina", none));
        // not the recipient's job told back, nor a clause of the sender's own
        assertEquals("Lena was my manager at Tesco", Copyedit.english().tidy("Lena (she runs Kestrel Foods now) was my manager at Tesco", none));
        assertEquals("Ana told me to call", Copyedit.english().tidy("Ana (she knows I run Kestrel Foods) told me to call", none));
        assertEquals("the bakery and its made-to-order cakes", Copyedit.english().tidy("the bakery and its made-to-order cakes", none));
    }

    @Test
    void aTitleWithAnAccentOrAForeignFunctionWordIsForeignButABorrowedOneIsNot() {
        Copyedit c = Copyedit.english();
        assertTrue(c.foreignPhrase("Ingénieur projets"));
        assertTrue(c.foreignPhrase("Jefa de Tráfico"));
        assertTrue(c.foreignPhrase("Directora de Operaciones"));
        assertFalse(c.foreignPhrase("Dispatch Lead"));
        assertFalse(c.foreignPhrase("Chef de partie"));
        assertFalse(c.foreignPhrase("Head of Supply Chain"));
        // "ER" is the emergency room, not German "er"; a German "der" still counts
        assertFalse(c.foreignPhrase("ER Nurse"));
        assertTrue(c.foreignPhrase("Leiter der Vertrieb"));
        assertTrue(c.foreignPhrase("LEITER DER ENTWICKLUNG"));
    }

    @Test
    void aNameTurnedIntoYouKeepsNoHonorificAndTakesWere() {
        assertEquals("Hi, you were my supervisor at Sahyadri.", Copyedit.english().finish("Hi, you sir was my supervisor at Sahyadri."));
        assertEquals("I got admitted, starting Feb! Really?", Copyedit.english().finish("I got admitted, starting Feb!! Really??"));
    }

    @Test
    void weekdaysMonthsAndFillerAreWrittenOutWhereTheyAreShorthand() {
        Gazetteer none = Gazetteer.empty();
        assertEquals("We met last Thursday at the breakfast.", Copyedit.english().tidy("We met last thurs at the breakfest.", none));
        assertEquals("We were paired in November.", Copyedit.english().tidy("We were paired in nov.", none));
        assertEquals("She manages 240 rentals and they're always chasing call outs.",
                Copyedit.english().tidy("She manages like 240 rentals and there always chasing call outs.", none));
        // "like" that compares stays; "sat" and "wed" are words
        assertEquals("It feels like 2 hours since we sat down.", Copyedit.english().tidy("It feels like 2 hours since we sat down.", none));
    }

    @Test
    void aVerbJoinedToYouAgreesButAnotherSubjectsWordsStay() {
        assertEquals("When you start with a codebook and then add codes, do you allow it?",
                Copyedit.english().finish("When you start with a codebook and then adds codes, does you allow it?"));
        assertEquals("You curated the speakers and I did venue and sponsors.",
                Copyedit.english().finish("You curated the speakers and I did venue and sponsors."));
    }

    @Test
    void aGermanClauseInAnEnglishReasonIsLeftOut() {
        assertEquals("We talked shop half the evening, would like to connect.",
                Copyedit.english().englishOnly("We talked shop half the evening, would like to connect, vielleicht mal sea-air zusammen."));
    }

    @Test
    void aPresentTenseToldAsPastIsPastInOnePlace() {
        // the reason's reader: only clauses that say when
        assertEquals("I met you at the forum in Accra in October, you explained to me the battery swap model",
                edit.toldInThePast("I meet you at the forum in Accra in October, you explain me the battery swap model", true));
        assertEquals("you audited our factory last month", edit.toldInThePast("you audit our factory last month", true));
        assertEquals("we talk after your session", edit.toldInThePast("we talk after your session", true));
        // a fresh-clone hand session: a weekday in a sentence told in the past dates it; "how often" asks about a habit
        // and "he say weekly" is what was said, neither a habit of the teller's clause
        assertEquals("i was at his workshop thursday, i asked him at the break about how often they count and he say weekly",
                edit.toldInThePast("i was at his workshop thursday, i ask him at the break about how often they count and he say weekly", true));
        assertEquals("I talk to clients every day, it was on Thursday", edit.toldInThePast("I talk to clients every day, it was on Thursday", true));
        // the note's finish: every telling
        assertEquals("we talked after your session", edit.finish("we talk after your session"));
        assertEquals("You were PM on the bank side and I led the workstream.",
                edit.finish("You were PM on the bank side and I lead the workstream."));
        // a perception verb's object is no deed told, and a present without a past around it stays
        assertEquals("I heard you speak at the meeting in Lisbon in April.", edit.finish("I heard you speak at the meeting in Lisbon in April."));
        assertEquals("I lead the data team.", edit.finish("I lead the data team."));
        // panel-6 pair 31 (development): the second verb of the same telling is past too; a habit's second verb stays
        assertEquals("you supported us when the runner had a fault in October. You stayed on the call with us until 11pm and found the wrong setting.",
                edit.finish("you supported us when the runner had a fault in October. You stay on the call with us until 11pm and find the wrong setting."));
        assertEquals("I talk to clients and find leads every day.", edit.finish("I talk to clients and find leads every day."));
    }

    @Test
    void howAThingWasDoneIsWellAndAnAskingToldInThePastIsPast() {
        assertEquals("I was on your webinar. I asked about alarm thresholds in the chat and you answered very well.",
                edit.finish("I was on your webinar. I ask about alarm thresholds in the chat and you answer very good."));
        assertEquals("The talk was very good.", edit.finish("The talk was very good."));
        assertEquals("I was a planner. I talk to clients every day.", edit.finish("I was a planner. I talk to clients every day."));
        assertEquals("Tomasz suggested in March that I talk to you, I didn't follow up then.",
                edit.finish("Tomasz suggested in March that I talk to you, I didn't follow up then."));
    }

    @Test
    void aNameThatStartsWithAnAcronymIsOneNameAndItsGenericWordAloneIsNone() {
        // a fresh-clone hand session: "XYZ Hospital" in a bio made every "hospital" a "Hospital"
        Gazetteer names = Gazetteer.of(List.of(), List.of("She is the nurse manager at XYZ Hospital in San Diego."), "");
        assertEquals("I'm an educator in a small Nebraska hospital, not at XYZ Hospital",
                Copyedit.english().tidy("I'm an educator in a small Nebraska hospital, not at xyz hospital", names));
        // "Proud of our Year 4 class": the capital goes with the number, not to every "year" (as typed, "year 4" stays)
        Gazetteer year = Gazetteer.of(List.of(), List.of("I precept students and am proud of our Year 4 class."), "");
        assertEquals("we did our final year project on year 4 teaching",
                Copyedit.english().tidy("we did our final year project on year 4 teaching", year));
    }

    @Test
    void aClauseWhoseSubjectWasLeftOutIsLeftOutWithIt() {
        // panel-12 pair 12: "he … con …" left out made "and ask 2 kg sample" the sender's own wish
        assertEquals("I send by DHL next week.",
                Copyedit.english().englishOnly("he tasted our lot en la feria and ask 2 kg sample, I send by DHL next week."));
        // the sender's own clause left out: what follows "and" is still the sender's
        assertEquals("ask if my team can visit", Copyedit.english().englishOnly("je voudrais le remercier pour son temps and ask if my team can visit"));
        // a lone "de" inside a lower-case name of a thing is the thing's name
        assertEquals("he tasted our fino de aroma lot", Copyedit.english().englishOnly("he tasted our fino de aroma lot"));
    }

    @Test
    void aStoryTypedInThePresentIsToldInThePast() {
        Copyedit c = Copyedit.english();
        assertEquals("we met at Feria Cacao, our stand 14. he tasted our lot and asked a sample.",
                c.toldInThePast("we meet in Feria Cacao, our stand 14. he taste our lot and ask a sample."));
        assertEquals("she led the driver hub when I was ops manager", c.toldInThePast("she lead the driver hub when I was ops manager"));
        // nothing tells of the past, or the clause looks ahead: as typed
        assertEquals("she lead the data team at Acme", c.toldInThePast("she lead the data team at Acme"));
        assertEquals("we meet at Expo West next week", c.toldInThePast("we meet at Expo West next week"));
        // met "in" a town stays "in"
        assertEquals("we met in Bogotá at the fair.", c.toldInThePast("we meet in Bogotá at the fair."));
        assertEquals("we met last week, he say he will visit", c.toldInThePast("we met last week, he say he will visit"));
    }

    @Test
    void theStoryBeforeIsTheSentenceTheLanguageLayerCutsNotTheLastFullStop() {
        Copyedit c = Copyedit.english();
        // a date's or a bracket's full stop ends no sentence: the past the story told before it still dates "she help"
        assertEquals("We met at the 3.5 km run on 19.11. she helped us at the water stand",
                c.toldInThePast("We met at the 3.5 km run on 19.11. she help us at the water stand"));
        assertEquals("we met at PyCon (day 2!). she shared her slides with me after",
                c.toldInThePast("we met at PyCon (day 2!). she share her slides with me after"));
    }

    @org.junit.jupiter.api.Test
    void aDroppedArticleBeforeAGroupOrAnEventIsSaid() {
        Copyedit edit = Copyedit.english();
        // panel-12's reviewers: "missing articles ('on panel in Katowice rail freight forum', 'in TowerSkills 2026 cohort')"
        assertEquals("I saw you on the panel at the Katowice rail freight forum.", edit.finish("I saw you on panel in Katowice rail freight forum."));
        assertEquals("you mentored me in the TowerSkills 2026 cohort.", edit.finish("you mentored me in TowerSkills 2026 cohort."));
        // an article already said, a set phrase and a compound after "of" stay as they are
        assertEquals("I was in the audit team.", edit.finish("I was in the audit team."));
        assertEquals("we talked in class about it.", edit.finish("we talked in class about it."));
        assertEquals("an end of season 7s tournament", edit.finish("an end of season 7s tournament"));
        assertEquals("in line with the plan", edit.finish("in line with the plan"));
        assertEquals("we met at PyCon Lagos.", edit.finish("we met at PyCon Lagos."));
    }

    @Test
    void itsBeforeAnAdverbOrAnArticleIsItIs() {
        // panel-12 06: "whether the blades were damaged in the Sept storm or its just scheduled maintenance"
        assertEquals("or it's just scheduled maintenance", edit.finish("or its just scheduled maintenance"));
        assertEquals("the firm and its own staff", edit.finish("the firm and its own staff"));
        // a dev reviewer (r156): "or if its all through the API" should be "it's"
        assertEquals("or if it's all through the API", edit.finish("or if its all through the API"));
        assertEquals("it's only a draft", edit.finish("its only a draft"));
        assertEquals("the plant and its all-electric fleet", edit.finish("the plant and its all-electric fleet"));
    }

    @Test
    void anotherLanguagesSpellingOfPhotoIsTheEnglishOne() {
        // a dev reviewer (r158): "the drone foto of the permeable structures" is not English
        assertEquals("I'll send the drone photos of the dyke", tidy("I'll send the drone fotos of the dyke"));
        assertEquals("I'll send the drone photo of the dyke", tidy("I'll send the drone foto of the dyke"));
    }

    @Test
    void aVerbJoinedToYouAgreesWithYouPastAClauseOfTime() {
        // panel-12 07: "You trained me on hail claims when I started and was my team lead"
        assertEquals("You trained me on hail claims when I started and were my team lead at the end.",
                edit.finish("You trained me on hail claims when I started and was my team lead at the end."));
        assertEquals("You trained me and were my team lead.", edit.finish("You trained me and was my team lead."));
        // ("when I started and was new": the "I" may be the one who was new)
        assertEquals("You trained me when I started and was new.", edit.finish("You trained me when I started and was new."));
    }

    @Test
    void aNameThatOpensOnItsKindTakesThe() {
        // panel-12 12: reviewers wrote "met at the Feria"
        assertEquals("we met at the Feria Cacao de Origen Bogotá", edit.finish("we met at Feria Cacao de Origen Bogotá"));
        assertEquals("I studied at the University of Ghana", edit.finish("I studied at University of Ghana"));
        assertEquals("I work at Bank of America", edit.finish("I work at Bank of America"));
        assertEquals("we met at Lagos Arbitration Week", edit.finish("we met at Lagos Arbitration Week"));
    }

    @Test
    void whatIsThankedForIsSaidDoing() {
        // a second new user's "want to thank martina for organise it" was drafted "Thank you for organise it."
        assertEquals("Thank you for organising it.", edit.finish("Thank you for organise it."));
        assertEquals("Thank you for helping me.", edit.finish("Thank you for help me."));
        assertEquals("Thanks for lunch the other day.", edit.finish("Thanks for lunch the other day."));
        assertEquals("running", VerbForms.gerund("run"));
        assertEquals("seeing", VerbForms.gerund("see"));
    }

    @Test
    void aNeedTakesItsTo() {
        // panel-14 pair 20 (retired): "we organize reunion … need invite her"
        assertEquals("we need to invite her", edit.tidy("we need invite her", dev.rapport.language.Gazetteer.empty()));
    }

    @Test
    void howLongThenOfWhat() {
        // a reviewer marked "I have 5 years Appium" as missing words
        assertEquals("I have 5 years of Appium.", edit.finish("I have 5 years Appium."));
        assertEquals("I have 5 years left.", edit.finish("I have 5 years left."));
    }

    @Test
    void aNameThatEndsOnItsKindOrNamesItBeforeOfTakesThe() {
        // reviewers (r168-r175) marked "at Logistics Workers' Union" and "at Indian Institute of Science" as missing "the"
        assertEquals("I am an organiser at the Logistics Workers' Union.", edit.finish("I am an organiser at Logistics Workers' Union."));
        assertEquals("I am a PhD scholar at the Indian Institute of Science.", edit.finish("I am a PhD scholar at Indian Institute of Science."));
        assertEquals("We met at the Kenya Red Cross Society in May.", edit.finish("We met at Kenya Red Cross Society in May."));
        // a firm whose name ends on another word, or a one-word name, is left as typed
        assertEquals("I work at Harbour Trust Bank.", edit.finish("I work at Harbour Trust Bank."));
        assertEquals("I work at Unison.", edit.finish("I work at Unison."));
        assertTrue(edit.needsThe("Asante Cocoa Farmers Union"));
        assertFalse(edit.needsThe("Union"));
    }

    @Test
    void aKnownThingBeforeItsPlaceOrAfterANameTakesThe() {
        assertEquals("we were paired at the census mapping workshop in Accra in November",
                edit.finish("we were paired at census mapping workshop Accra in November"));
        // panel-12 29: "my TFM was about rail motorway Madrid-Valencia"
        assertEquals("my TFM was about the rail motorway Madrid-Valencia", edit.finish("my TFM was about rail motorway Madrid-Valencia"));
        assertEquals("You asked for sample chapters of the Mizuno novel", edit.finish("You asked for sample chapters of Mizuno novel"));
        // panel-5 01: "what they did when the temperature loggers kept failing in rainy season"
        assertEquals("the loggers kept failing in the rainy season", edit.finish("the loggers kept failing in rainy season"));
        assertEquals("strawberries in season", edit.finish("strawberries in season"));
        // a topic is said bare
        assertEquals("we talked about river water quality in Accra", edit.finish("we talked about river water quality in Accra"));
    }

    @Test
    void anIfClauseWithoutItsVerbSaysIs() {
        // panel-12 15: "I would like to ask if 20-minute interview possible"
        assertEquals("I would like to ask if a 20-minute interview is possible, or maybe claim data.",
                edit.finish("I would like to ask if 20-minute interview possible, or maybe claim data."));
        assertEquals("ask if a short talk is possible", edit.finish("ask if short talk is possible"));
        assertEquals("ask if feedback is possible", edit.finish("ask if feedback possible"));
    }

    @Test
    void theWhoOfAQuestionTakesTheThirdPerson() {
        // panel-12 20: "I'd like to ask roughly cost per m3 and who supply ozone system"
        assertEquals("I'd like to ask the cost and who supplies the system", edit.finish("I'd like to ask the cost and who supply the system"));
        assertEquals("I'd like to ask about the firms who supply the system", edit.finish("I'd like to ask about the firms who supply the system"));
    }

    @Test
    void aSchoolSharedLongAgoIsWeWereClassmates() {
        // panel-12 20: "you are my classmate Bách Khoa (HUST) textile K57, long time no see"
        assertEquals("we were classmates at Bách Khoa (HUST) textile K57, long time no see.",
                edit.finish("you are my classmate Bách Khoa (HUST) textile K57, long time no see."));
        assertEquals("you are my classmate in the MBA", edit.finish("you are my classmate in the MBA"));
    }

    @Test
    void aJobAppliedForIsTheRole() {
        // panel-12 29: "I applied yesterday for Rail Operations Planner EI-2611 at Ebro Intermodal"
        assertEquals("I applied yesterday for the Rail Operations Planner role (EI-2611) at Ebro Intermodal.",
                edit.finish("I applied yesterday for Rail Operations Planner EI-2611 at Ebro Intermodal."));
        assertEquals("I applied for the Data Engineer role at Acme.", edit.finish("I applied for Data Engineer role at Acme."));
        assertEquals("I applied for Erasmus funding.", edit.finish("I applied for Erasmus funding."));
    }

    @Test
    void whatHelpedAndWhatWeDidInAToldStoryArePast() {
        // panel-12 14: "her advise on battery bank sizing for the hybrid sites help me a lot, we pass the operator site audit"
        assertEquals("You were my mentor. Your advice on battery bank sizing helped me a lot, we passed the operator site audit.",
                edit.finish("You were my mentor. your advise on battery bank sizing help me a lot, we pass the operator site audit."));
        assertEquals("Congratulations! We pass the audit next week", edit.finish("Congratulations! we pass the audit next week"));
        assertEquals("We pass the audit every year.", edit.finish("We pass the audit every year."));
    }

    @Test
    void onePlaceSaysWhetherAWordIsToldInThePast() {
        // the drafter's story reader and the gate's "narrates" each had their own list of past forms
        Copyedit c = Copyedit.english();
        for (String w : List.of("taught", "lost", "were", "met", "spoke", "shared", "passed", "used", "agreed", "wrote")) {
            assertTrue(c.pastForm(w), w);
        }
        for (String w : List.of("teach", "need", "feed", "bed", "red", "run", "speak", "")) {
            assertFalse(c.pastForm(w), w);
        }
    }

    @Test
    void aListAfterACommaIsNoMemoToCut() {
        // a hand session: "mention that we … rebuilt the pipeline for the Lagos, Nairobi and Accra offices" became "… for the Lagos."
        assertEquals("we rebuilt the pipeline for the Lagos, Nairobi and Accra offices together",
                Copyedit.english().tidy("we rebuilt the pipeline for the Lagos, Nairobi and Accra offices together", Gazetteer.empty()));
        assertEquals("we visited Lagos, Nairobi and Accra", Copyedit.english().tidy("we visited Lagos, Nairobi and Accra", Gazetteer.empty()));
    }

    @Test
    void aHabitOfTheirsStaysInThePresentBesideAMeetingThatWasDated() {
        // hand session 16: "we met at the fair two weeks ago. You want ICU roles … and you teach CPR classes on weekends" had
        // "you taught CPR classes": the meeting's date dated the habit
        assertEquals("We met at the fair two weeks ago. You want ICU roles and you teach CPR classes on weekends.",
                edit.toldInThePast("We met at the fair two weeks ago. You want ICU roles and you teach CPR classes on weekends.", true));
        assertEquals("We met at the fair two weeks ago. You train new staff on Mondays.",
                edit.toldInThePast("We met at the fair two weeks ago. You train new staff on Mondays.", true));
        assertEquals("you audited our factory last month", edit.toldInThePast("you audit our factory last month", true));
    }

    @Test
    void aPortugueseClauseIsLeftOutOfAMixedReason() {
        // hand session 16: "eu queria muito saber como é o trabalho Loblaw Digital" was pasted into the note
        assertEquals("we did the same Humber certificate, I applied there last week",
                Copyedit.english().englishOnly("we did the same Humber certificate, eu queria muito saber como é o trabalho na Loblaw Digital, "
                        + "I applied there last week"));
    }

    @Test
    void aPresentToldWithATimeGoneByIsThePastButNotWithATimeAhead() {
        // hand session 16: "i send my aplication for the Data Analyst role last friday" was read as not applied
        assertEquals("I sent my application for the Data Analyst role last Friday",
                edit.toldInThePast(tidy("i send my aplication for the Data Analyst role last friday"), true));
        assertEquals("I applied for job in Loblaw Digital last week", edit.toldInThePast(tidy("I apply for job in Loblaw Digital last week"), true));
        assertEquals("I start in May", edit.toldInThePast(tidy("I start in May"), true));
        assertEquals("I'll send it next week", tidy("i send it next week"));
        assertEquals("I love your post from last week", edit.toldInThePast(tidy("I love your post from last week"), true));
        // a new user's "I attend her talk … last december": being somewhere, dated by a month gone by, is past
        assertEquals("I attended her talk in Cape Town last December", edit.toldInThePast(tidy("I attend her talk in Cape Town last december"), true));
        assertEquals("I attend her talks every month", edit.toldInThePast(tidy("I attend her talks every month"), true));
    }

    @Test
    void commonSecondLanguageSlipsWithOneFix() {
        // hand session 16: "I have 4 years experiencia", "I like to ask wich skills is most important", "in 3 December"
        assertEquals("I have 4 years of experience in retail", tidy("I have 4 years experiencia in retail"));
        assertEquals("I would like to ask which skills are most important", tidy("I like to ask wich skills is most important"));
        assertEquals("I applied on 3 December", tidy("I applied in 3 December"));
        assertEquals("you did the same certificate", tidy("you did same certificate"));
        assertEquals("I like to cook", tidy("I like to cook"));
        assertEquals("I would like you to know my application", tidy("I would like you know my application"));
        assertEquals("I have never met you.", edit.finish("I never meet you."));
        assertEquals("We have never talked before.", edit.finish("We never talk before."));
        assertEquals("I never meet clients at home.", edit.finish("I never meet clients at home."));
        assertEquals("which analytics is used", tidy("which analytics is used"));
    }

    @Test
    void aReferrersToldMeToGetInTouchIsWrittenAsASuggestion() {
        // reviewers read "Dr Whitley told me to reach out to you" as blunt; the pair authors wrote "suggested I reach out"
        assertEquals("Dr Whitley suggested I reach out.", edit.finish("Dr Whitley told me to reach out to you."));
        assertEquals("My tutor suggested I write to you about the rotation.", edit.finish("My tutor told me to write to you about the rotation."));
        assertEquals("Petr suggested I contact you for the SQE position.", edit.finish("Petr told me to contact you for the SQE position."));
        // (what else a referrer told the sender to do is theirs to say)
        assertEquals("He told me to apply in January.", edit.finish("He told me to apply in January."));
    }

    @Test
    void aDirectQuestionInsideAnAnnouncedOneIsAskedAsTheUserTypedIt() {
        assertEquals("How does your team check overtime?", edit.askedDirectly("I would like to ask how does your team check overtime."));
        assertEquals("Hi. What is the best way to apply?", edit.askedDirectly("Hi. I'd like to ask also what is the best way to apply."));
        // an indirect question in its own order stays as it is
        assertEquals("I'd like to ask how your team checks overtime.", edit.askedDirectly("I'd like to ask how your team checks overtime."));
    }

    @Test
    void idBeforeTheVerbItPromisesIsIWould() {
        assertEquals("told him I'd send the checklist", tidy("told him id send the checklist"));
    }

    @Test
    void aSentenceOpeningOnANeedSaysWhatTheSenderIsLookingFor() {
        assertEquals("Hi. I'm looking for a 2-week placement in July.", edit.saidAsTheAuthorsSayIt("Hi. I need a 2-week placement in July."));
        assertEquals("I'm looking for an architect who knows barns.", edit.saidAsTheAuthorsSayIt("I need an architect who knows barns."));
        // (a need inside a sentence, or of something other than one thing, is the user's to say)
        assertEquals("We need to fix it. I need advice.", edit.saidAsTheAuthorsSayIt("We need to fix it. I need advice."));
    }

    @Test
    void twoWhoShareARoleShareItInThePlural() {
        // a development pair: "we was both panelist in the SEARAN webinar"
        assertEquals("we were both panelists in the SEARAN webinar", edit.finish("we were both panelist in the SEARAN webinar"));
        assertEquals("We were both speakers at PyCon.", edit.finish("We were both speakers at PyCon."));
    }

    @Test
    void secondLanguageSearchingAndMadeIntroductionAreSaidInEnglish() {
        // a development pair: "Nikos Raptis made introduction by email … Aaron is searching partner for the EU localization"
        assertEquals("Nikos introduced us by email on Tuesday.", edit.finish("Nikos made introduction by email on Tuesday."));
        assertEquals("You are looking for a partner for the EU localization.", edit.finish("You are searching partner for the EU localization."));
        assertEquals("They are looking for investors.", edit.finish("They are searching investors."));
        assertEquals("She made an introduction of the new tool.", edit.finish("She made an introduction of the new tool."));
    }

    @Test
    void aThanksAnnouncedIsGiven() {
        // a reviewer: "'I'd like to thank you' puts the thanks off instead of giving it"
        assertEquals("Thank you for your talk at NNELC.", edit.saidAsTheAuthorsSayIt("I'd like to thank you for your talk at NNELC."));
        assertEquals("We met in May. Thank you for the tour!", edit.saidAsTheAuthorsSayIt("We met in May. I would like to thank you for the tour!"));
        // (a thanks for someone else, or inside a sentence, is the user's to say)
        assertEquals("I'd like to thank your team for the tour.", edit.saidAsTheAuthorsSayIt("I'd like to thank your team for the tour."));
        assertEquals("So I'd like to thank you for it.", edit.saidAsTheAuthorsSayIt("So I'd like to thank you for it."));
    }

    @Test
    void aNumberedStageTakesNoArticleAndWhatStartsInAMonthStartsInIt() {
        // r128 on panel-10 pair 11: "'for the phase 2 which start January' is ungrammatical (should be 'for phase 2, which starts in January')"
        assertEquals("I would like to keep in touch for phase 2, which starts in January.",
                edit.finish("I would like to keep in touch for the phase 2 which start January."));
        // (a clause that goes on, and a numbered thing that is no stage, stay as typed)
        assertEquals("The round 3 which begins in March is open.", edit.finish("The round 3 which begins in March is open."));
        assertEquals("We met at the table 2 of the dinner.", edit.finish("We met at the table 2 of the dinner."));
        // r128: "'in Arusha 2025' is missing 'in'"; a year that names a thing ("in TowerSkills 2026 cohort") is no date
        assertEquals("we worked together on the pilot in Arusha in 2025.", edit.finish("we worked together on the pilot in Arusha 2025."));
        assertEquals("you mentored me in the TowerSkills 2026 cohort.", edit.finish("you mentored me in TowerSkills 2026 cohort."));
        assertEquals("I'm giving a talk in Tokyo in March 2027.", edit.finish("I'm giving a talk in Tokyo in March 2027."));
    }

    @Test
    void anAsideInAnotherLanguageGoesAndTheEnglishAroundItStays() {
        // r157: "Sophie Arsenault (on a fait Concordia ensemble) suggested I contact you" pasted the French aside into the note
        assertEquals("Sophie Arsenault told me to contact Élodie.",
                Copyedit.english().englishOnly("Sophie Arsenault (on a fait Concordia ensemble) told me to contact Élodie."));
        // an English aside stays
        assertEquals("Sophie Arsenault (we studied together) told me to contact Élodie.",
                Copyedit.english().englishOnly("Sophie Arsenault (we studied together) told me to contact Élodie."));
    }

    @Test
    void aWeekdayOfFrenchOrSpanishIsSaidInEnglish() {
        assertEquals("Khadija organised the webinar on Thursday, i was speaker with her.",
                Copyedit.english().englishOnly("Khadija organised the webinar jeudi (Localiser la fintech en Afrique de l'Ouest), i was speaker with her."));
    }

    @Test
    void anInInsideANameIsPartOfTheName() {
        // a hand session (7 December, midday): "the Women in Transport summit" became "the Women at the Transport summit"
        assertTrue(Copyedit.english().finish("I sat on a panel with you at the Women in Transport summit in London.")
                .contains("the Women in Transport summit"));
        assertTrue(Copyedit.english().finish("I asked a question at your panel in World Cocoa Conference Brussels.")
                .contains("at the World Cocoa Conference"));
    }
}
