package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stated intention becomes the act: the question asked, the thanks said, the promise kept. */
class WishToActTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I want to ask you to give a full talk in February | Would you be open to giving a full talk in February?",
            "I want to send them to you | May I send them to you?",
            "I want to send them | May I send them to you?",
            "I want to send them and ask if you set the threshold per gauge | May I send them to you and ask if you set the threshold per gauge?",
            "I want to send you my portfolio | May I send you my portfolio?",
            "want to ask if you could share the stop-level data for our network review | Could you share the stop-level data for our network review?",
            "I'd like to ask how your team handles on-call handoffs across time zones | How does your team handle on-call handoffs across time zones?",
            // a careers adviser's students: a question in the past is asked as the user worded it, not announced
            "I'd like to ask how you priced your first consulting project | May I ask how you priced your first consulting project?",
            "I want to ask whether EAB or the masters helped more | May I ask whether EAB or the masters helped more?",
            "I want to ask how they chose the retraining programme | May I ask how you chose the retraining programme?",
            // a request of the sender's own is left to the rules that weigh requests
            "I want to ask if I can come for a trial day | I want to ask if I can come for a trial day",
            "I want to ask how you got your cadet role, and if you'd have a coffee in January | I want to ask how you got your cadet role, and if you'd have a coffee in January",
            "I'd like to ask how you handle cold starts | Could I ask how you handle cold starts?",
            // development pairs (panel-12 02, 15, 06, 22): the user's ask, asked as a question
            "I want to ask if there's still a spot and can send CV | Is there still a spot? I can send my CV.",
            "I want to ask if 20-minute interview possible | Would a 20-minute interview be possible?",
            "I'd like to ask if a short site visit is possible | Would a short site visit be possible?",
            "I want to ask you which days the road will be closed | Which days will the road be closed?",
            "want to ask how they get TCR dates agreed early with SŽ | Could I ask how you get TCR dates agreed early with SŽ?",
            "I'd like to ask if there are any openings for interns | Are there any openings for interns?",
            // a hand session: "ask if she has tips for …" was announced ("I would like to ask if you have tips …")
            "I want to ask if you have tips for explaining trade-offs in the coding test | Do you have any tips for explaining trade-offs in the coding test?",
            "I want to ask if you have slides from the panel | Do you have slides from the panel?",
            // (a perfect tense is not "do you have": it is asked as the user worded it)
            "I want to ask if you have seen the report | May I ask if you have seen the report?",
            "I want to ask if you are hiring interns this summer | Are you hiring interns this summer?",
            "I want to thank you for what you taught me | Thank you for what you taught me",
            "promised to send you the results of our trial plots | As promised, I'll send you the results of our trial plots",
            "I'd like your advice on moving into healthcare informatics | Would you have any advice on moving into healthcare informatics?",
            "I'd like to compare notes on hiring a first salesperson | I'd like to compare notes on hiring a first salesperson",
            "I want to congratulate you on the new job | Congratulations on the new job!",
            "want to say thank you for the handover training | Thank you for the handover training",
            "I want to say thank you properly | Thank you",
            "I want to say thanks personally for the intro | Thanks for the intro",
            "want to thank you and reconnect | Thank you",
            // a hand session: "want thank her and get the deck" after her post offered the slides
            "want to thank you and get the deck | Thank you! I would be grateful for the deck.",
            // found on a development pair: "What does tools your team actually use …"
            "I'd like to ask what tools your team actually uses day to day | What tools does your team actually use day to day?",
            "I'd like to ask which supplier your company uses for pallets | Which supplier does your company use for pallets?",
            "I'd like to ask how your team handles returns | How does your team handle returns?",
            // a development note lost this ask: as a statement the gate read "we could run …" as an offer
            "I would like to ask you if we could run a small study group for learners | Could we run a small study group for learners?",
            // a reminder is the offer recalled kindly and a light question, never "I would like to remind you politely"
            "I want to remind you, politely, that you promised to send me the audit checklist | You kindly offered to send me the audit checklist. Would that still be possible?",
            "I want to remind you about the checklist you offered | I wanted to follow up on the checklist you offered.",
            "I want to remind you politely | Just a gentle reminder, whenever you have a moment.",
            // panel-6 (development): the thanks and the question each said, not "Thank you and ask if it is ok …"
            "I want to say thank you and ask if it is ok to send my CV directly now or better to wait for January?? | Thank you! Would it be OK to send my CV directly now, or is it better to wait for January?",
            "I would like to send you my CFP for Rust Norte 2027, deadline is Jan 15 | May I send you my CFP for Rust Norte 2027? Deadline is Jan 15.",
            "I would like to send the article | May I send you the article?",
            "I want to ask what helped your colleague prepare | What helped your colleague prepare?",
            "I want to thank you and maybe ask if they take people for vendimia in march?? | Thank you! Do you take people for vendimia in march?",
            "I want to congratulate and ask if you will consider me, I can send my dessert photos | Congratulations! Would you consider me? I can send my dessert photos.",
            "I would like to congratulate you and ask if you'd have 20 min for coffee | Congratulations! Would you have 20 min for coffee?",
            "I would like to congratulate you and ask who handles the English rights | Congratulations! May I ask who handles the English rights?",
            "I would like to ask for the spreadsheet | Could you share the spreadsheet?",
            "I would like to ask for a meeting | I would like to ask for a meeting",
            "I want to say thank you so much and send you the link directly and maybe you can share it with your listeners | Thank you so much! I'd be glad to send you the link directly. Perhaps you could share it with your listeners?",
            "I want to congratulate you on new job in Arizona | Congratulations on your new job in Arizona!",
            "I would like to say congrats and ask how you run vibration routes with only 2 techs. We have same problem. | Congratulations! Could I ask how you run vibration routes with only 2 techs? We have same problem.",
            "I would like to say congratulations on the move | Congratulations on the move!",
            "I want to say congrats | Congratulations!",
            "I would like you to know I applied, maybe you can put in a word?? | I wanted to let you know I applied. Would you be willing to put in a word?",
            "I want to ask if you would consult on it from Nairobi | Would you be open to consulting on it from Nairobi?",
            "I would like to ask if our Natural Science Club (about 12 people) can join the field station day in spring | Could our Natural Science Club (about 12 people) join the field station day in spring?",
            "I would love to pick your brain about how to keep volunteers and maybe you would speak at our AGM in February?? | I would love to pick your brain about how to keep volunteers. Would you be willing to speak at our AGM in February?",
            "I would like to ask how is life in Phoenix | How is life in Phoenix?",
            "I'd like to ask if we could use your audit tool at MFT and how you got the consultants on board | Could we use your audit tool at MFT? I'd also love to hear how you got the consultants on board.",
            "I want to ask if you could share the slides and the data | Could you share the slides and the data?",
            "I want to suggest we pick up the heat storage discussion in the new year | Shall we pick up the heat storage discussion in the new year?",
            "Want to say thanks properly and maybe send you photos of the hamper packing | Thanks! I'd be glad to send you photos of the hamper packing"})
    void theIntentionBecomesTheAct(String wish, String act) {
        assertThat(WishToAct.of(wish)).isEqualTo(act);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a reviewer found the bare "How do you get …?" to a stranger abrupt; asked plainly when the note is short of room
            "Could I ask how you get TCR dates agreed early with SŽ? | How do you get TCR dates agreed early with SŽ?",
            "Congratulations! Could I ask what tools you use for the audit? | Congratulations! What tools do you use for the audit?",
            "Would you be open to doing it again? | Would you do it again?",
            "Could I ask you a question? | Could I ask you a question?"})
    void aFavourIsAskedPlainlyWhenRoomIsShort(String asked, String plain) {
        assertThat(WishToAct.plainAsk(asked)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // development pairs (panel-12 09, panel-10 16, panel 23): reviewers read "I would like 30 minutes" as a demand
            "I would like 30 minutes to hear what you'd do differently. | Could I take 30 minutes of your time to hear what you'd do differently? | I'd love to hear what you'd do differently.",
            "I would like a coffee to understand the boutique hotel market here. My Spanish is poor. | Could I invite you for a coffee to understand the boutique hotel market here? My Spanish is poor. | I'd value your view on the boutique hotel market here. My Spanish is poor.",
            "We start in May. I would like a 20-minute interview. | We start in May. Could I interview you for 20 minutes? | ''",
            "I'd like a quick call to ask you about the grant. | Would you have time for a quick call to ask you about the grant? | I'd love to hear about the grant.",
            "I'd like a short chat to learn how you priced it | Would you have time for a short chat to learn how you priced it? | I'd love to hear how you priced it.",
    })
    void timeAskedForIsAQuestionAndWhatItWasForItsStepDown(String wish, String asked, String purpose) {
        java.util.Optional<WishToAct.TimeAsk> time = WishToAct.timeAsked(wish, Phrasebook.builtIn().askSteps());
        assertThat(time).isPresent();
        assertThat(time.get().asked()).isEqualTo(asked);
        assertThat(time.get().purposeOnly()).isEqualTo(purpose);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I would like to ask how you did it.", "I'd like a copy of the slides.", "We would like 30 minutes.", "so I'd like a coffee someday"})
    void otherWishesAskNoTime(String wish) {
        assertThat(WishToAct.timeAsked(wish, Phrasebook.builtIn().askSteps())).isEmpty();
    }
}
