package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's reason read for its point, sentence by sentence and clause by clause: the first fact
 * that can be said to the recipient ("we were on the same team at the hackathon last month") and the
 * first wish that can ("I would like to ask you how long the registration took", "Congratulations on
 * the new job!"). A reason whose first sentence is only context still gives its ask from a later one,
 * so the note carries the congratulations, the thanks, the question or the plan the user typed.
 */
final class ReasonPoint {
    private final ReasonWords words;

    ReasonPoint(ReasonWords words) {
        this.words = words;
    }

    private static final java.util.regex.Pattern PROPOSAL = java.util.regex.Pattern.compile("(?i)(^|[,.;:!?]\\s{0,3}|\\b(?:and|so|but)\\s+)(?:i\\s+)?(?:reckon|reckoned|figured"
            + "|figure|thought|think|was\\s+thinking|am\\s+thinking|i'm\\s+thinking)\\s+(?:that\\s+)?(?:maybe\\s+|perhaps\\s+)?we\\s+"
            + "(?:should|could|might|ought\\s+to|can)\\s+(?:maybe\\s+|perhaps\\s+|probably\\s+)?(?=\\p{L})");

    /** The fact and the wish of the reason, each from the first piece that gives one; empty when no piece gives a fact or a wish. */
    Optional<ReasonWords.Said> of(String reason, Profile me, Profile them, List<String> others) {
        if (reason == null || reason.isBlank() || reason.contains("http")) {
            return Optional.empty();
        }
        // "Harbourlight Pictures (client, confidential till Jan so dont name them!!)": the note never carries the name
        reason = Withheld.withoutDoubtedAsks(Withheld.of(reason));
        reason = toTheNoteOnly(reason);
        // "reckon we should compare notes on …", "thought we could swap notes …": a proposal is the sender's wish (it was left
        // out, or pasted with its subject missing)
        reason = PROPOSAL.matcher(reason).replaceAll("$1I'd like to ");
        // "thank you (감사)": a gloss in another script, for the sender, not the note
        reason = OTHER_SCRIPT_GLOSS.matcher(reason).replaceAll("");
        // "so he knows who I am, λοιπόν, not to be pushy": a word of another script set off by commas is the user's own aside
        reason = OTHER_SCRIPT_ASIDE.matcher(reason).replaceAll("");
        // "want to say dzięki for the old days": the word the user chose to say, said as typed (read in English below)
        Optional<String[]> ownWord = courtesyToSay(reason);
        // "met Vikram ji at …": the respect particle after their name goes with it when the name becomes "you"
        reason = withoutNameParticles(reason, them);
        // "… at the BMICH (hall booking not confirmed yet so not say the venue)": what the user keeps back never reaches the note
        reason = Withheld.withoutWhatIsNotToBeSaid(reason);
        // a reason typed in a mix of languages gives only its English to a note: no pasted "sa …", "la conocí …"
        dev.rapport.language.Copyedit copyedit = dev.rapport.language.Copyedit.english();
        // "we meet in Feria …, he taste our lot": the story in the past it means, before its sentences are read as one
        String courteous = copyedit.toldInThePast(copyedit.courtesiesInEnglish(reason));
        String english = copyedit.englishOnly(courteous);
        if (!english.equals(courteous)) {
            // something read as another language: read again knowing the pair's names ("tu delft"); the names cost a
            // tagging of both profiles, so only then
            english = copyedit.englishOnly(courteous, ReasonWords.properNouns(me, them, reason));
        }
        // "met him at the launch … at La Grande Page …, we talked a lot about her short stories": with the sentence in which the
        // recipient is "him" left out as another language, the "her" left would be taken for the recipient ("your short
        // stories", a dev note): when the pronouns left are not the ones the user first wrote, who is who is not known
        // (a pronoun after another person's name is theirs: "Marieke de Groot, she is coordinator at …")
        if (!english.equals(courteous) && pronounsLeftAreAnothers(courteous, english, them)) {
            return Optional.empty();
        }
        // "passed my Gesellenprüfung last friday!!": a sentence that starts with what the sender did gets its "I" back before
        // it is cut into clauses (a clause after a comma keeps its own left-out subject: "…, saved my whole series")
        reason = LeftOutI.restored(forTheNote(copyedit.unabbreviated(english)));
        if (reason.isBlank()) {
            return Optional.empty();
        }
        String cleaned = reason;
        return point(cleaned, me, them, others).map(ReasonPoint::notAskedTwice).map(said -> withTheRest(said, cleaned, me, them, others))
                .map(said -> withTheirQuestion(said, cleaned, me, them, others))
                .map(said -> new ReasonWords.Said(said.fact(), said.shortFact(), namedAsTheyAre(said.wish(), them), said.detail(), said.also(), said.rest()))
                .map(ReasonPoint::thankedForWhat)
                .map(said -> thankedForWhatTheyDid(said, cleaned))
                .map(ReasonPoint::thankedForTheDeedTold)
                .map(ReasonPoint::withoutTheirOwnRole)
                .map(said -> withWhatItDid(said, cleaned))
                .map(ReasonPoint::congratulatedOnce)
                .map(ReasonPoint::withoutSlightContact)
                .map(said -> withThanksToo(said, cleaned, me, them, others))
                .map(said -> withOwedThanks(said, cleaned))
                .map(said -> ownWord.map(w -> inTheirWord(said, w)).orElse(said));
    }

    /**
     * "… i would like you know my application. want ask him one question: the team use Python or mostly SQL?": the question
     * the user labels as the one they mean to put is asked after a point that asks nothing ("Does the team use Python or
     * mostly SQL?"), never left out for it.
     */
    private ReasonWords.Said withTheirQuestion(ReasonWords.Said said, String reason, Profile me, Profile them, List<String> others) {
        String carried = String.join(" ", said.fact(), said.wish(), said.detail(), said.also(), said.rest());
        if (carried.contains("?")) {
            return said;
        }
        for (String sentence : sentences(reason)) {
            if (!ReasonWords.QUESTION_LABEL.matcher(sentence).find()) {
                continue;
            }
            String q = words.question(sentence, me, them, others);
            if (!q.isEmpty() && q.endsWith("?")) {
                // ("would like to connect and ask": a wish only to ask is the question itself)
                // (and a point that asks nothing at all, "im a 2nd yr audit trainee … real question: …", asks it)
                String wish = said.wish().isBlank() || ONLY_TO_ASK.matcher(said.wish().strip()).matches() ? q : said.wish().strip() + " " + q;
                return new ReasonWords.Said(said.fact(), said.shortFact(), wish, said.detail(), said.also(), said.rest());
            }
        }
        return said;
    }

    private static final java.util.regex.Pattern ONLY_TO_ASK = java.util.regex.Pattern.compile(
            "(?i)I(?:'d|’d| would) (?:like|love) to (?:\\p{L}+ and )?ask(?: you)?(?: (?:a|one|some) (?:quick )?questions?| something)?[.!]?");

    /** The courtesy the user says they want to say, as typed and in English ({"dzięki", "thank you"}); empty when none. */
    private static Optional<String[]> courtesyToSay(String reason) {
        java.util.regex.Matcher m = SAY_WORDS.matcher(reason);
        dev.rapport.language.Copyedit copyedit = dev.rapport.language.Copyedit.english();
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            // the longest run of the words after "say" that is one courtesy ("asante sana" before "asante")
            for (int n = words.length; n >= 1; n--) {
                String typed = String.join(" ", java.util.Arrays.copyOf(words, n));
                String english = copyedit.courtesiesInEnglish(typed);
                if (!english.equals(typed) && ENGLISH_COURTESY.matcher(english).matches()) {
                    return Optional.of(new String[] {typed, english});
                }
            }
        }
        return Optional.empty();
    }

    /** "Thank you so much and keep in touch." from "want say asante sana and keep in touch": "Asante sana and …", the user's word. */
    private static ReasonWords.Said inTheirWord(ReasonWords.Said said, String[] typedAndEnglish) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(typedAndEnglish[1])
                + "(?! so much)(?![\\p{L}])").matcher(said.wish());
        if (!m.find() || m.start() > 0 && !said.wish().substring(0, m.start()).matches("(?s).*[.!?]\\s+$")) {
            return said;
        }
        String wish = said.wish().substring(0, m.start()) + dev.rapport.text.Words.capitalise(typedAndEnglish[0]) + said.wish().substring(m.end());
        return new ReasonWords.Said(said.fact(), said.shortFact(), wish, said.detail(), said.also(), said.rest());
    }

    private static final java.util.regex.Pattern SAY_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\bsay ((?:\\p{L}+)(?: \\p{L}+){0,2})");
    private static final java.util.regex.Pattern ENGLISH_COURTESY = java.util.regex.Pattern.compile("(?i)thank you(?: so much)?|congratulations");

    /**
     * "Thank you so much and keep in touch." beside the detail "Your advice on battery bank sizing for the hybrid sites
     * helped me a lot. …": the thanks says what for ("Thank you so much for your advice on battery bank sizing for the
     * hybrid sites!"), and the detail keeps the rest of the story.
     */
    private static ReasonWords.Said thankedForWhat(ReasonWords.Said said) {
        java.util.regex.Matcher bare = THANKS_AND.matcher(said.wish().strip());
        java.util.regex.Matcher help = YOUR_HELP.matcher(said.detail().strip());
        if (!bare.matches() || !help.lookingAt()) {
            return said;
        }
        String rest = bare.group(2) == null ? "" : bare.group(2).strip();
        String wish = bare.group(1) + " for your " + help.group(1).strip() + "!"
                + (rest.isEmpty() ? "" : IN_TOUCH_BARE.matcher(rest).matches() ? " I'd love to keep in touch." : " " + dev.rapport.text.Words.capitalise(rest) + ".");
        return new ReasonWords.Said(said.fact(), said.shortFact(), wish, said.detail().strip().substring(help.end()).strip(), said.also(), said.rest());
    }

    /**
     * "also she took 5 copies of my chapbook for the shop, want to say thanks": a bare thanks is said for what they did in
     * the clause before it ("Thank you for taking 5 copies of my chapbook for the shop!"); a reviewer found "Thanks." alone
     * did not say what for.
     */
    private static ReasonWords.Said thankedForWhatTheyDid(ReasonWords.Said said, String reason) {
        if (!BARE_THANKS.matcher(said.wish().strip()).matches()) {
            return said;
        }
        java.util.regex.Matcher m = THEY_DID_THEN_THANKS.matcher(reason);
        if (!m.find()) {
            return said;
        }
        String doing = dev.rapport.language.Gerund.of(m.group(1));
        if (doing.isEmpty()) {
            return said;
        }
        String what = THEIRS.matcher(m.group(2).strip()).replaceAll("your");
        // "introduced me and handled the q&a": the second deed thanked for in the same form as the first ("and handling")
        what = andDeedsAsDoing(what);
        // (and the deed is not told to them a second time beside the thanks: "You introduced me and handled the q&a. Thank you for
        // introducing me …", a maintainer's note)
        String deed = Text.lower(m.group(1));
        String detail = dev.rapport.text.Words.containsWord(Text.lower(said.detail()), deed) ? "" : said.detail();
        String rest = dev.rapport.text.Words.containsWord(Text.lower(said.rest()), deed) ? "" : said.rest();
        return new ReasonWords.Said(said.fact(), said.shortFact(), "Thank you for " + doing + " " + what + "!", detail, said.also(), rest);
    }

    /**
     * "You drove out to the Hendricks job … and basically saved our week with the tile hook layout. Thanks.": a bare thanks
     * after the user's story of what the recipient did is said for it ("Thank you for driving out to the Hendricks job … and
     * basically saving our week …!"), and the story is not told to them a second time. Read from the tags of the note's
     * own sentence, so it holds however the deed was typed; reviewers found the retelling odd and the bare thanks curt.
     */
    static ReasonWords.Said thankedForTheDeedTold(ReasonWords.Said said) {
        // ("Thank you! Would you host a chef's table night …?": the thanks may open a wish that goes on)
        List<String> wished = Language.english().sentenceTexts(said.wish().strip());
        java.util.regex.Matcher bare = BARE_THANKS.matcher(wished.isEmpty() ? "" : wished.get(0).strip());
        if (!bare.matches() || said.fact().isBlank()) {
            return said;
        }
        String goesOn = String.join(" ", wished.subList(1, wished.size()));
        List<Sentence> told = Language.english().sentences(said.fact());
        Sentence last = told.get(told.size() - 1);
        List<dev.rapport.language.Token> t = last.tokens();
        for (int y = 0; y < t.size(); y++) {
            String before = y == 0 ? "" : t.get(y - 1).lower();
            if (!t.get(y).lower().equals("you") || !(y == 0 || before.equals(",") || before.equals("and") || before.equals("where"))) {
                continue;
            }
            List<String> out = new ArrayList<>();
            t.forEach(x -> out.add(x.text()));
            int v = y + 1;
            while (v < t.size() && t.get(v).is("ADV") && v - y <= 2) {
                v++;
            }
            if (!deed(t, v, out)) {
                return said;
            }
            // "… and basically saved our week": a second deed joined to the first
            for (int i = v + 1; i + 1 < t.size(); i++) {
                if (t.get(i).lower().equals("and")) {
                    int w = i + 1;
                    while (w < t.size() && t.get(w).is("ADV") && w - i <= 2) {
                        w++;
                    }
                    // ("… and then you answered all my questions": the same "you", said once)
                    int you = w < t.size() && t.get(w).lower().equals("you") ? w : -1;
                    if (you >= 0) {
                        w++;
                    }
                    if (deed(t, w, out)) {
                        if (you >= 0) {
                            out.set(you, "");
                        }
                        continue;
                    }
                }
                if (t.get(i).is("PRON") && !t.get(i).lower().equals("your") && !t.get(i).lower().equals("our") && !t.get(i).lower().equals("my")
                        && i > 0 && t.get(i - 1).lower().equals("and")) {
                    break;
                }
            }
            int end = t.size();
            while (end > y && !t.get(end - 1).isWord() && !t.get(end - 1).text().equals(")")) {
                end--;
            }
            StringBuilder deeds = new StringBuilder();
            for (int i = y + 1; i < end; i++) {
                if (!out.get(i).isEmpty()) {
                    deeds.append(last.text(), t.get(i - 1).end() - last.start(), t.get(i).start() - last.start()).append(out.get(i));
                }
            }
            String doing = deeds.toString().strip();
            if (doing.isEmpty() || Text.length(doing) > 170) {
                return said;
            }
            String head = bare.group().replaceAll("(?i)^thanks", "Thank you").replaceAll("[.!]+$", "");
            String wish = (head + " for " + doing + "! " + goesOn).strip();
            // what the sentence told before the deed stays ("we met at …, where I cooked the long lunch")
            String kept = last.text().substring(0, t.get(y).start() - last.start()).replaceAll("(?i)[\\s,]*(?:\\band|\\bwhere)?[\\s,]*$", "").strip();
            String factBefore = said.fact().substring(0, last.start()).strip();
            String fact = (factBefore + (kept.isEmpty() ? "" : " " + stopped(kept))).strip();
            // (the rest of the story, "It took 3 days …", tells on about the deed and needs it before it; a wish that goes on
            // needs the story told first)
            if (fact.isEmpty() && !(said.rest().isBlank() && said.detail().isBlank() && said.also().isBlank() && goesOn.isEmpty())) {
                return said;
            }
            return new ReasonWords.Said(fact, fact.isEmpty() || said.shortFact().isBlank() ? "" : said.shortFact().contains(doing) ? "" : said.shortFact(),
                    wish, said.detail(), said.also(), said.rest());
        }
        return said;
    }

    // "You're the hiring manager.", "You are the CTO there.": the recipient's own present role, told to them
    private static final java.util.regex.Pattern THEIR_OWN_ROLE = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)(?:and\\s+)?you(?:'re|’re| are)\\s+(?:the|a|an)\\s+[\\p{L} -]{2,50}?(?:\\s+there)?[.!]\\s*");

    /**
     * "he's the hiring manager" tells rapport who the recipient is; said to them ("You're the hiring manager.") it reads their
     * own job back to them (a new user's applicant note; reviewers' "tells her what her own role was"). Left out of the story.
     */
    static ReasonWords.Said withoutTheirOwnRole(ReasonWords.Said said) {
        String fact = THEIR_OWN_ROLE.matcher(said.fact()).replaceAll("").strip();
        if (fact.equals(said.fact().strip()) || fact.isEmpty()) {
            return said;
        }
        String shortFact = THEIR_OWN_ROLE.matcher(said.shortFact()).replaceAll("").strip();
        return new ReasonWords.Said(fact, shortFact.equals(fact) ? "" : shortFact, said.wish(), said.detail(), said.also(), said.rest());
    }

    /** The token at {@code v} is a deed told in the past; its -ing form is put in {@code out}. */
    private static boolean deed(List<dev.rapport.language.Token> t, int v, List<String> out) {
        if (v >= t.size() || !t.get(v).is("VERB")) {
            return false;
        }
        String w = t.get(v).lower();
        boolean past = dev.rapport.language.Copyedit.english().pastForm(w) || dev.rapport.language.VerbForms.irregularPast(w);
        String base = past ? dev.rapport.language.VerbForms.baseOfPast(w).orElse("") : "";
        String doing = !past ? "" : base.isEmpty() ? dev.rapport.language.Gerund.of(w) : dev.rapport.language.VerbForms.gerund(base);
        if (doing.isEmpty() || java.util.Set.of("were", "was", "had", "did", "met", "said", "told").contains(w)) {
            return false;
        }
        out.set(v, doing);
        return true;
    }

    private static final java.util.regex.Pattern NEEDFUL = java.util.regex.Pattern.compile("(?i)[,;]?\\s*(?:and\\s+|to\\s+)?(?:kindly\\s+)?do\\s+the\\s+needful\\b");
    private static final java.util.regex.Pattern AND_DEED = java.util.regex.Pattern.compile("(?i)\\band\\s+(\\p{L}{3,}ed)\\b");
    private static final java.util.regex.Pattern THEY_DID_THEN_THANKS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:she|he|they)\\s+(?:also\\s+|just\\s+|even\\s+|kindly\\s+)?(\\p{L}+ed|took|gave|sent|wrote|made|brought|found|taught|showed|shared|put|got)"
            + "\\s+([^,.;!?]{3,80}?)\\s*(?:,|\\band\\b|-)\\s*(?:and\\s+)?(?:so\\s+)?(?:i\\s+)?(?:just\\s+)?(?:really\\s+)?"
            + "(?:want|wanted|would like|'d like|’d like|wanna)\\s+to\\s+(?:say\\s+)?(?:thanks|thank you|thank (?:her|him|them))\\b");

    // "Thank you so much.", "Thank you so much and keep in touch."
    private static final java.util.regex.Pattern THANKS_AND = java.util.regex.Pattern.compile(
            "(?i)^(thank you(?: so much)?|thanks(?: so much)?)(?:[.!]| and ([^.!?]+)[.!]?)$");
    // "Your advice on battery bank sizing … help me a lot.": what of theirs helped, in a sentence of its own
    private static final java.util.regex.Pattern YOUR_HELP = java.util.regex.Pattern.compile(
            "(?i)your ((?:[\\p{L}-]+ ){0,2}?(?:advice|help|support|feedback|guidance|tips?|mentoring|coaching|input|introduction|talk|session|workshop|review|comments?)"
            + "(?: (?:on|about|with|for|during|at|in) [^.!?]+?)?) (?:help|helped|helps|made|make|makes|changed|change|saved|save|gave|give)\\b[^.!?]*[.!?]");
    private static final java.util.regex.Pattern IN_TOUCH_BARE = java.util.regex.Pattern.compile("(?i)(?:keep|stay) in (?:touch|contact)");

    /**
     * "… want to meet him for coffee. also want to say dzięki for the old days": a thanks the user adds in a later sentence
     * is said with the point, before it ("Thank you for the old days! I'd like to meet you for coffee."), not dropped.
     */
    private ReasonWords.Said withThanksToo(ReasonWords.Said said, String reason, Profile me, Profile them, List<String> others) {
        if (said.wish().isEmpty() || THANKED.matcher(said.wish()).find()) {
            return said;
        }
        List<String> all = sentences(reason);
        for (int i = 1; i < all.size(); i++) {
            if (!THANKS_TOO.matcher(all.get(i)).find()) {
                continue;
            }
            String thanks = words.wish(all.get(i), me, them, others).strip();
            if (THANKS_FOR.matcher(thanks).lookingAt() && !thanks.contains(". ") && Text.length(thanks) <= 80) {
                String wish = thanks.replaceAll("[.!]+$", "") + "! " + said.wish();
                return new ReasonWords.Said(said.fact(), said.shortFact(), wish, said.detail(), said.also(), said.rest());
            }
        }
        return said;
    }

    /**
     * "… saved our keynote livestream … never properly thanked him, it was chaos": the thanks the user owes is the point, given
     * in place of a bare "Thank you." or before the rest of the wish ("I'd love to work with you again").
     */
    private static ReasonWords.Said withOwedThanks(ReasonWords.Said said, String reason) {
        if (!NEVER_THANKED.matcher(reason).find() || said.fact().isBlank()) {
            return said;
        }
        String wish = said.wish().strip();
        String owed = Phrasebook.builtIn().owedThanks();
        if (wish.isEmpty() || BARE_THANKS.matcher(wish).matches()) {
            wish = owed;
        } else if (!THANKED.matcher(wish).find()) {
            wish = owed + " " + wish;
        } else {
            return said;
        }
        return new ReasonWords.Said(said.fact(), said.shortFact(), wish, said.detail(), said.also(), said.rest());
    }

    private static final java.util.regex.Pattern NEVER_THANKED = java.util.regex.Pattern.compile(
            "(?i)\\bnever (?:properly |really |actually )?thanked (?:him|her|them)\\b|\\bnever got (?:the|a) chance\\b[^.!?]{0,40}\\b(?:thank|it was)"
            + "|\\bwant(?:ed)? to thank (?:him|her|them) properly\\b[^.!?]{0,20}\\bnever\\b");

    private static final java.util.regex.Pattern THANKED = java.util.regex.Pattern.compile("(?i)\\bthank|\\bthanks\\b|\\bgrateful\\b");
    // "also want to say thank you for the old days": a thanks with what for, that the user wants said
    private static final java.util.regex.Pattern THANKS_TOO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:want|would like|'d like|wanna)(?: to)? (?:say )?(?:thank you|thanks) for\\b");

    /**
     * "Congratulations on becoming Head of education at the orchestra in Bilbao!": a post whose employer the user only
     * described ("orchestra in Bilbao") is named as the recipient's current position names it ("Head of Education &
     * Community at Orquesta Sinfónica del Cantábrico"), when that position's title carries the title the user typed.
     * An employer the user named ("at Otley Brewing") stays in the user's words.
     */
    static String namedAsTheyAre(String wish, Profile them) {
        java.util.regex.Matcher m = DESCRIBED_POST.matcher(wish);
        if (them != null && !m.find()) {
            return titledAsTheyAre(wish, them);
        }
        if (them == null) {
            return wish;
        }
        Optional<dev.rapport.profile.Position> now = them.currentPosition();
        if (now.isEmpty() || now.get().title().isBlank() || now.get().company().isBlank() || now.get().company().length() > 50) {
            return wish;
        }
        String title = dev.rapport.text.Words.fold(now.get().title());
        String company = dev.rapport.text.Words.fold(now.get().company());
        String typed = dev.rapport.text.Words.fold(m.group(2));
        String where = dev.rapport.text.Words.fold(m.group(4));
        int[] titleCarried = inCarried(typed, title, java.util.Set.of());
        // the title typed is the profile's (every longer word of it there), and the place typed is not the company's own name
        if (titleCarried[1] == 0 || titleCarried[0] < titleCarried[1] || inCarried(where, company, java.util.Set.of())[0] > 0) {
            return wish;
        }
        return wish.substring(0, m.start(2)) + now.get().title().strip() + m.group(3) + now.get().company().strip() + wish.substring(m.end(4));
    }

    /**
     * "Congratulations on becoming Head of ops at Lusomar!": a title the user shortened, at the employer the recipient's
     * current position names, is said as that position says it ("Head of Operations at Lusomar Terminals", a hand session).
     * Only when every word typed is the title's word or its common short form.
     */
    private static String titledAsTheyAre(String wish, Profile them) {
        java.util.regex.Matcher m = NAMED_POST.matcher(wish);
        Optional<dev.rapport.profile.Position> now = them.currentPosition();
        if (!m.find() || now.isEmpty() || now.get().title().isBlank() || now.get().company().isBlank() || now.get().company().length() > 50) {
            return wish;
        }
        String company = dev.rapport.text.Words.fold(now.get().company());
        String typedCompany = dev.rapport.text.Words.fold(m.group(3).strip());
        List<String> title = List.of(dev.rapport.text.Words.fold(now.get().title()).split("[\\s,]+"));
        List<String> typed = List.of(dev.rapport.text.Words.fold(m.group(1).strip()).split("\\s+"));
        if (!company.startsWith(typedCompany) || typed.size() != title.size()) {
            return wish;
        }
        boolean shortened = false;
        for (int i = 0; i < typed.size(); i++) {
            String full = SHORT_FORMS.get(typed.get(i));
            if (full != null && full.equals(title.get(i))) {
                shortened = true;
            } else if (!typed.get(i).equals(title.get(i))) {
                return wish;
            }
        }
        // (typed in another case, "esports partnerships manager", it is said as the page writes it too)
        shortened |= !m.group(1).strip().equals(now.get().title().strip());
        return shortened ? wish.substring(0, m.start(1)) + now.get().title().strip() + m.group(2) + now.get().company().strip() + wish.substring(m.end(3))
                : wish;
    }

    private static final java.util.Map<String, String> SHORT_FORMS = java.util.Map.ofEntries(java.util.Map.entry("ops", "operations"),
            java.util.Map.entry("eng", "engineering"), java.util.Map.entry("mgr", "manager"), java.util.Map.entry("dev", "development"),
            java.util.Map.entry("mktg", "marketing"), java.util.Map.entry("biz", "business"), java.util.Map.entry("admin", "administration"),
            java.util.Map.entry("dept", "department"), java.util.Map.entry("sr", "senior"), java.util.Map.entry("jr", "junior"),
            java.util.Map.entry("asst", "assistant"), java.util.Map.entry("assoc", "associate"));
    // "on becoming head of ops at Lusomar": a title, then an employer by its name
    private static final java.util.regex.Pattern NAMED_POST = java.util.regex.Pattern.compile(
            "(?i)\\bCongratulations on (?:becoming |the |your promotion to |being promoted to )?([\\p{L}&' -]{2,60}?)( (?:role )?(?:at|with) )((?-i:\\p{Lu})[\\p{L}&' -]{1,50}?)(?=[.!?])");
    // "on becoming head of education at (the) orchestra in Bilbao": a title, then an employer described by a common noun
    private static final java.util.regex.Pattern DESCRIBED_POST = java.util.regex.Pattern.compile(
            "(?i)\\bCongratulations on (becoming |the )?([\\p{L}&' -]{2,60}?)( (?:role )?(?:at|with) )((?:the |an? )?(?-i:\\p{Ll})\\p{L}+(?: (?:in|of|from) [^.!?,]+?)?)(?=[.!?])");

    private Optional<ReasonWords.Said> point(String reason, Profile me, Profile them, List<String> others) {
        Optional<ReasonWords.Said> whole = words.of(reason, me, them, others);
        List<String> pieces = pieces(reason);
        // each piece is read (copy-edited, tagged, shifted) once, though several passes below may ask for it
        java.util.Map<String, Optional<ReasonWords.Said>> read = new java.util.HashMap<>();
        java.util.function.Function<String, Optional<ReasonWords.Said>> said = piece -> read.computeIfAbsent(piece, p -> words.of(p, me, them, others));
        if (whole.isPresent() && !whole.get().wish().isEmpty()) {
            ReasonWords.Said w = whole.get();
            if (w.fact().isEmpty()) {
                // "Rania was my senior associate … I want to congratulate her and ask …": the wish alone would drop
                // how the two know each other, which is what the recipient needs first
                Optional<ReasonWords.Said> known = howWeKnow(pieces, w.wish(), said);
                if (known.isPresent()) {
                    w = new ReasonWords.Said(known.get().fact(), known.get().shortFact(), w.wish(), w.detail());
                }
            }
            String kept = BARE_THANKS.matcher(w.wish().strip()).matches() ? promise(pieces, said) : "";
            if (!kept.isEmpty()) {
                // "… I promised to send her the link to our benchmark repo. Danke!": the promise kept is the point
                w = new ReasonWords.Said(PROMISE_TAIL.matcher(w.fact()).replaceFirst("."), PROMISE_TAIL.matcher(w.shortFact()).replaceFirst("."),
                        kept, w.detail());
            }
            String congratulated = congratulatedOn(done(withoutRetold(w.wish(), w.fact()), pieces, said), pieces, said);
            boolean on = congratulated.startsWith("Congratulations on ");
            String detail = w.detail().isEmpty() && !w.fact().isEmpty()
                    ? closed(withoutTrailingAsides(story(reason, pieces(sentences(reason).get(0)), said, w.fact(), congratulated))) : w.detail();
            String wish = withPride(withPayOffer(congratulated), reason);
            // (a congratulations alone keeps the question or interest typed after it, as below)
            String also = alsoAsked(wish, pieces, pieces(sentences(reason).get(0)), said, p -> words.wish(p, me, them, others));
            return Optional.of(new ReasonWords.Said(withoutTrailingAsides(on ? withoutNews(w.fact(), congratulated) : w.fact()),
                    withoutTrailingAsides(on ? withoutNews(w.shortFact(), congratulated) : w.shortFact()), wish, detail, also));
        }
        String fact = whole.map(ReasonWords.Said::fact).orElse("");
        String shortFact = whole.map(ReasonWords.Said::shortFact).orElse("");
        String wish = "";
        List<String> first = pieces(sentences(reason).get(0));
        for (String piece : pieces) {
            Optional<ReasonWords.Said> sd = said.apply(piece);
            // the fact comes from the first sentence (what the two share); later sentences give only the point
            if (fact.isEmpty() && sd.isPresent() && first.contains(piece)) {
                fact = sd.get().fact();
                shortFact = sd.get().shortFact();
            }
            boolean hadWish = !wish.isEmpty();
            if (wish.isEmpty() && sd.isPresent()) {
                wish = sd.get().wish();
            }
            // a later sentence that is only the wish ("I want to ask if his team would …") may also read as a fact
            // a first-sentence clause that opens as a wish ("i'd like to … see the study when it's out") is one, unless it is the fact itself
            boolean opensAsWish = WISH_OPENER.matcher(piece.strip()).lookingAt() && !(sd.isPresent() && sd.get().fact().equals(fact));
            if (wish.isEmpty() && (sd.isEmpty() || !first.contains(piece) || opensAsWish)) {
                wish = words.wish(piece, me, them, others);
            }
            // (a wish read from a clause has its plan in the clause's sentence; read only when the wish is new)
            Optional<ReasonWords.Said> itsSentence = hadWish || wish.isEmpty() ? Optional.empty()
                    : sd.isPresent() && !sd.get().wish().isEmpty() ? sd
                    : sentences(reason).stream().filter(x -> x.contains(piece.strip())).findFirst().flatMap(said);
            String statement = itsSentence.map(ReasonWords.Said::fact).orElse("");
            if (itsSentence.isPresent()) {
                // "I'm thinking about moving into operations too and want to ask her how she made the switch": the plan
                // is why the question is asked, so it goes with it
                String plan = statement;
                // (a statement that opens with the plan may run on into the question: "We're launching …. I would like to
                // ask if you take observers." is the plan and the wish again, so its plan clause is taken)
                if (!plan.equals(fact) && (!SENDER_PLAN.matcher(plan).lookingAt() || plan.strip().contains(". "))) {
                    // "I'm a diabetes educator … and we are writing our first insulin drip protocol for the ER, would like
                    // to ask if hers is nurse-driven": the plan is one clause of the statement, and names what "yours" is
                    plan = planClause(plan);
                }
                if (!plan.equals(fact) && SENDER_PLAN.matcher(plan).lookingAt() && Text.length(plan) <= 90) {
                    wish = withPlan(plan, wish);
                } else if (THEIR_POST.matcher(statement).lookingAt() && !statement.equals(fact) && !statement.contains(". ")
                        && Text.length(statement) <= 140) {
                    // "He posted that BDS is looking for marine civil partners for the Gabès port extension phase 2, I want to
                    // ask if they already have a structural partner": the post is what the question is about, and why now
                    String post = statement.strip();
                    wish = Character.toUpperCase(post.charAt(0)) + post.substring(1) + " " + wish;
                }
            }
            if (!fact.isEmpty() && !wish.isEmpty()) {
                break;
            }
        }
        if ((ASK_OPENER.matcher(wish).lookingAt() || wish.endsWith("?")) && !wish.startsWith("As ")) {
            // "we want to record the 3rd album live in march, want to ask if he has dates": what the question is for, asked
            // ("Do you have dates …?") or announced
            for (String piece : pieces) {
                java.util.regex.Matcher plan = WE_PLAN.matcher(piece.strip());
                if (!first.contains(piece) && plan.matches() && Text.length(piece) <= 90) {
                    wish = withPlan("We " + dev.rapport.language.Copyedit.english().tidy(plan.group(1).strip(), dev.rapport.language.Gazetteer.empty())
                            + ".", wish);
                    break;
                }
            }
        }
        if (NOT_IN_FIRST.matcher(wish).find()) {
            // "… want her to come to the reps meeting on 14 Jan but maybe not in the first message": the user keeps it for later
            wish = "";
        }
        String toldBack = "";
        if (fact.isEmpty() || readBack(fact)) {
            // "you coaches the U11s": their profile told back to them; a later "we got chatting at …" is the shared fact,
            // or the sender's own "I'm filling a … role": the read-back is said only when nothing else is
            toldBack = fact;
            String ours = "";
            String mine = "";
            for (String piece : pieces) {
                Optional<ReasonWords.Said> sd = said.apply(piece);
                String f = sd.map(ReasonWords.Said::fact).orElse("");
                if (f.toLowerCase(java.util.Locale.ROOT).startsWith("we ")) {
                    ours = f;
                    shortFact = sd.get().shortFact();
                    break;
                }
                if (mine.isEmpty() && !toldBack.isEmpty() && SENDER_STATES.matcher(f).lookingAt() && !f.contains("?")) {
                    mine = f;
                }
            }
            fact = ours.isEmpty() ? mine : ours;
            if (fact.equals(mine) && !mine.isEmpty()) {
                shortFact = "";
            }
        }
        if (!CONTACT.matcher(fact).find()) {
            // "we lost the tender to your company … We met briefly at the site visit": where they met tells the recipient who writes
            for (String piece : pieces) {
                Optional<ReasonWords.Said> sd = said.apply(piece);
                if (sd.isPresent() && MEETING.matcher(sd.get().fact()).find()) {
                    fact = sd.get().fact();
                    shortFact = sd.get().shortFact();
                    break;
                }
            }
        }
        if (fact.isEmpty() || !CONTACT.matcher(fact).find() && SENDER_STATES.matcher(fact).lookingAt()) {
            // "hi so I'm trying to go back to work … Rania was my senior associate at …": how they know each other, from any sentence
            Optional<ReasonWords.Said> known = howWeKnow(pieces, wish, said);
            if (known.isPresent()) {
                fact = known.get().fact();
                shortFact = known.get().shortFact();
            }
        }
        if (wish.isEmpty() || ONLY_IN_TOUCH.matcher(wish).find() || wish.contains(":")) {
            // "One question: does she allow …?": the question the user means to put is the point
            for (String sentence : sentences(reason)) {
                String q = words.question(sentence, me, them, others);
                if (!q.isEmpty()) {
                    wish = q;
                    break;
                }
            }
        }
        java.util.regex.Matcher sendAnd = SEND_IT_AND.matcher(wish.strip());
        // "… I promised to send her the link to our benchmark repo. Danke!": the promise kept is the point, not the bare thanks
        boolean vague = wish.isEmpty() || VAGUE_SEND.matcher(wish.strip()).matches() || BARE_THANKS.matcher(wish.strip()).matches();
        if (vague || sendAnd.matches()) {
            // "I told her I'd do a quick survey and send her the results": the promise kept, rather than "so I can send it";
            // "want to send it and maybe ask how they cut the 31 hours": the promise kept, then the rest of the wish
            String kept = promise(pieces, said);
            if (!kept.isEmpty()) {
                wish = vague ? kept : kept + " I'd also like to " + sendAnd.group(1).replaceFirst("(?i)^(?:maybe|perhaps|also) ", "");
                if (vague && PROMISE_FACT.matcher(fact.strip()).lookingAt()) {
                    // the promise was the only fact: said once, as kept
                    fact = "";
                    shortFact = "";
                } else {
                    // "you fixed our planogram and promised you the numbers": the promise is said once, as kept
                    fact = PROMISE_TAIL.matcher(fact).replaceFirst(".");
                    shortFact = PROMISE_TAIL.matcher(shortFact).replaceFirst(".");
                    // "we meet in Feria Cacao de Origen. he taste our fino de aroma lot and ask 2 kg sample, I send …": what they
                    // did before asking places the sender (a reviewer: "'our stand 14' alone won't identify her among 40+ samples")
                    String before = theirActBeforeThePromise(pieces, said);
                    if (vague && !before.isEmpty() && !fact.isEmpty() && !Text.lower(fact).contains(Text.lower(before.replaceAll("[.!]$", "")))) {
                        shortFact = shortFact.isEmpty() ? fact : shortFact;
                        fact = fact.strip() + " " + dev.rapport.text.Words.capitalise(before);
                    }
                }
            }
        }
        if (!vague && !sendAnd.matches() && ASKS_ANYTHING.matcher(wish.strip()).find() && !SENDS.matcher(wish).find()) {
            // "… told him id send our checklist, got it now. want to ask also how his team checks overtime": the promise kept,
            // then the question (the note had dropped the promise, the point of writing, a hand session)
            String kept = promise(pieces, said);
            if (!kept.isEmpty()) {
                wish = kept + " " + wish;
                fact = PROMISE_TAIL.matcher(fact).replaceFirst(".");
                shortFact = PROMISE_TAIL.matcher(shortFact).replaceFirst(".");
            }
        }
        String thanksAfter = "";
        java.util.regex.Matcher promisedLast = PROMISE_SENTENCE.matcher(fact);
        if (!vague && THANKS_FOR.matcher(wish.strip()).lookingAt() && promisedLast.find()) {
            // "… I promised to send english + japanese sample. also want thank her for the restaurant recommendation": the
            // promise kept is the point, and the thanks comes after it
            String kept = promise(pieces, said);
            if (!kept.isEmpty()) {
                thanksAfter = wish;
                wish = kept;
                fact = fact.substring(0, promisedLast.start()).strip();
                shortFact = shortFact.contains("promised") ? "" : shortFact;
            }
        }
        if (wish.isEmpty()) {
            // "I am starting a talk series in March and would like her advice on …": a later sentence that carries the wish is the point
            for (String piece : pieces) {
                if (first.contains(piece) || !MAY_WISH.matcher(piece).find()) {
                    continue;
                }
                String f = said.apply(piece).map(ReasonWords.Said::fact).orElse("");
                // at most two sentences: "I'm a physio and I see many pulley injuries. I would love to hear how setters think about that."
                boolean short2 = f.split("\\. ").length <= 2 && Text.length(f) <= 200;
                if (!f.isEmpty() && short2 && WISH_INSIDE.matcher(f).find() && !f.equals(fact) && !ONLY_IN_TOUCH.matcher(f).find()) {
                    wish = f;
                    break;
                }
            }
        }
        if (wish.isEmpty()) {
            // "and I can help with the MT940 rewrite she posted about": the sender's offer, tied to what the recipient asked for
            for (String piece : pieces) {
                java.util.regex.Matcher offer = CAN_HELP.matcher(piece.strip());
                if (offer.find()) {
                    // said to the recipient: "the rewrite she posted about" is "the rewrite you posted about"
                    String what = THIRD_TO_YOU.matcher(offer.group(1).strip().replaceAll("[.!]+$", ""))
                            .replaceAll(m -> m.group().equalsIgnoreCase("she") || m.group().equalsIgnoreCase("he") ? "you" : "your");
                    if (YOUR_THING.matcher(what).find()) {
                        wish = "I'd be glad to help with " + what + ".";
                        break;
                    }
                }
            }
        }
        if (wish.isEmpty()) {
            // "I do stock spreadsheets every day at work so I can help, evenings ok": the sender's offer is the point
            for (String sentence : sentences(reason)) {
                String f = said.apply(sentence).map(ReasonWords.Said::fact).orElse("");
                if (OFFER_HELP.matcher(f).find() && !f.equals(fact) && !f.contains("?") && Text.length(f) <= 140) {
                    wish = f;
                    break;
                }
            }
        }
        if (wish.isEmpty()) {
            // "saw his post that he needs laser damage testing and we have the setup at Alpenglas": what the sender can
            // do for a need the recipient stated is the point of writing
            for (String piece : pieces) {
                String f = said.apply(piece).map(ReasonWords.Said::fact).orElse("");
                if (!first.contains(piece) && NEED_AND_MEANS.matcher(f).find() && !f.contains("?") && Text.length(f) <= 160) {
                    wish = f;
                    break;
                }
            }
        }
        if (wish.isEmpty()) {
            // "he replied that I should connect and he would share the charging log": their offer, thanked, rather than retold
            for (String piece : pieces) {
                java.util.regex.Matcher offered = THEIR_OFFER.matcher(said.apply(piece).map(ReasonWords.Said::fact).orElse(""));
                if (offered.find()) {
                    // "you will send field guide", written without its article: the thing offered is a known one
                    String article = offered.group(2) == null ? "the " : offered.group(2);
                    wish = "Thanks for offering to " + Text.lower(offered.group(1)) + " " + article + offered.group(3).strip() + ".";
                    break;
                }
            }
        }
        if (wish.isEmpty()) {
            // "She's just been named … - congratulate her, and suggest we pick up the … discussion in the new year":
            // the sender's memo to themselves, each instruction done to the recipient
            List<String> acts = new ArrayList<>();
            for (String piece : pieces.stream().flatMap(p -> java.util.Arrays.stream(p.split("\\s+[-–—]\\s+|,\\s+(?=and\\b|then\\b|also\\b|suggest\\b|invite\\b|congratulate\\b)"))).toList()) {
                java.util.regex.Matcher memo = MEMO_ACT.matcher(piece.strip());
                if (memo.matches()) {
                    String rest = memo.group(2).replaceAll("[.!]+$", "").strip();
                    String act = rest.isEmpty() && Text.lower(memo.group(1)).equals("congratulate") ? "Congratulations!"
                            : WishToAct.of("I want to " + Text.lower(memo.group(1)) + " you " + rest);
                    if (!act.startsWith("I want to ") && acts.stream().noneMatch(a -> a.equals(act))) {
                        acts.add(closed(act));
                    }
                }
            }
            wish = String.join(" ", acts);
        }
        if (wish.isEmpty()) {
            // "Devon trialled our sprint app at Liguanea Tech. thank him": a bare instruction to thank them
            for (String piece : pieces) {
                java.util.regex.Matcher bare = THANK_THEM.matcher(piece.strip());
                if (bare.matches()) {
                    String forWhat = THIRD_TO_YOU.matcher(bare.group(1).strip()).replaceAll(m -> m.group().equalsIgnoreCase("she") || m.group().equalsIgnoreCase("he") ? "you" : "your");
                    wish = "Thank you" + (forWhat.isEmpty() ? "" : " " + forWhat) + "!";
                    break;
                }
            }
        }
        java.util.regex.Matcher thanksFirst = THANKS_THEN.matcher(wish.strip());
        if (thanksFirst.matches() && YOU_WERE_GUEST.matcher(fact.strip()).matches()) {
            // "you were my guest on episode 112. Thank you! Would you come back …?": the thanks says for what, the question follows
            wish = thanksForDeed(fact).orElse("Thank you!") + " " + thanksFirst.group(1).strip();
            fact = "";
            shortFact = "";
        }
        if (BARE_THANKS.matcher(wish.strip()).matches()) {
            // "you trialled our sprint app …. Thank you!" thanks for the deed itself: "Thank you for trialling our sprint app …!"
            Optional<String> forDeed = thanksForDeed(fact);
            if (forDeed.isPresent()) {
                wish = forDeed.get();
                fact = "";
                shortFact = "";
            }
        }
        java.util.regex.Matcher thankName = THANK_NAME.matcher(wish.strip());
        if (thankName.matches() && !wish.contains(" you")) {
            // "want to thank Tunde, he was the senior on my first audit": the recipient, thanked to their face
            String rest = thankName.group(1).strip();
            wish = rest.isEmpty() || mostlyCarried(Text.lower(rest), Text.lower(fact)) ? "Thank you." : "Thank you. " + rest;
        }
        java.util.regex.Matcher asked = ASKED_FOR.matcher(fact);
        boolean askedInFact = asked.find();
        if (VAGUE_SEND.matcher(wish.strip()).matches() && !askedInFact) {
            // "… she asked for my list of lab ideas, want to send it": what was asked for may be in a sentence of its own
            for (String piece : pieces) {
                java.util.regex.Matcher later = ASKED_FOR.matcher(said.apply(piece).map(ReasonWords.Said::fact).orElse(""));
                if (later.find()) {
                    asked = later;
                    askedInFact = true;
                    break;
                }
            }
        }
        if ((VAGUE_SEND.matcher(wish.strip()).matches() || wish.strip().matches("(?i)May I send (?:it|them) to you\\?")) && !askedInFact) {
            // "Since then I pulled the measured data from our Majorna blocks project and want to send it to her": what "it"
            // is, the thing the sender made ready (a reviewer: "May I send it to you?" had nothing for "it" to refer to)
            for (String piece : pieces) {
                java.util.regex.Matcher made = MADE_READY.matcher(piece);
                if (made.find() && Text.length(made.group(1)) <= 90) {
                    String what = made.group(1).strip().replaceFirst("(?i)^my ", "my ").replaceFirst("^(?i:The) ", "the ");
                    wish = wish.strip().endsWith("?") ? "May I send you " + what + "?" : "I'd like to send you " + what + ".";
                    break;
                }
            }
        }
        if (VAGUE_SEND.matcher(wish.strip()).matches() && askedInFact) {
            // "you asked for deck and retention numbers. want to send it": what "it" is, said
            String what = asked.group(1).strip();
            wish = "I'd like to send you " + (DETERMINED.matcher(what).lookingAt() ? "" : "the ") + what + ".";
        }
        if (wish.isEmpty()) {
            // "She asked me to send her the photos of her session, I promised.": what they asked for, sent
            for (String piece : pieces) {
                java.util.regex.Matcher askedTo = ASKED_TO_SEND.matcher(said.apply(piece).map(ReasonWords.Said::fact).orElse(""));
                if (askedTo.find()) {
                    boolean promised = pieces.stream().anyMatch(x -> MAY_PROMISE.matcher(x).find() && x.contains("promis"));
                    wish = (promised ? "As promised, I'll " : "I'd like to ") + Text.lower(askedTo.group(1)) + " you "
                            + askedTo.group(2).strip() + (promised ? "." : " you asked for.");
                    break;
                }
            }
        }
        java.util.regex.Matcher askedOurs = ASKED_FOR.matcher(fact);
        if (wish.isEmpty() && askedOurs.find() && OURS.matcher(askedOurs.group(1).strip()).lookingAt()
                && !askedOurs.group(1).strip().matches("(?i)(?:our|my) (?:help|advice|time|opinion|views?|thoughts|input|feedback)\\b.*")) {
            // "Amine asked for our reefer rates at the Sfax meeting": the one thing the note can do is send them (a reviewer:
            // "mentions his request … but never offers to send them")
            String what = askedOurs.group(1).strip().replaceFirst("(?i)\\s+(?:at|during|after|on|in|last|yesterday)\\b.*$", "");
            // (named just before, it is "them" or "it": "our reefer rates" twice in two sentences read as a form)
            wish = "I'd like to send " + (what.matches("(?s).*[^s]s") ? "them" : "it") + " over.";
        }
        Optional<String> congrats = congratulations(pieces).map(c -> atTheirEmployer(c, them));
        if (congrats.isPresent() && !Text.lower(wish).contains("congrat")) {
            wish = congrats.get();
        }
        if (congrats.isPresent() && Text.lower(fact).contains("congrat")) {
            // "we worked together on Wallace Yards, congrats on associate.": the congratulations is said once, as the wish
            fact = stopped(CONGRATS_CLAUSE.matcher(fact).replaceAll("").strip());
            shortFact = stopped(CONGRATS_CLAUSE.matcher(shortFact).replaceAll("").strip());
        }
        java.util.regex.Matcher tailCongrats = TRAILING_CONGRATS.matcher(wish);
        if (tailCongrats.matches() && ONLY_IN_TOUCH.matcher(tailCongrats.group(1) + ".").find()) {
            // "i would like to stay in touch, congrats": the congratulations first, said on what, then the keeping in touch
            wish = "Congratulations! Let's keep in touch.";
        }
        boolean inTouch = !wish.isEmpty() && ONLY_IN_TOUCH.matcher(wish).find();
        // "want to congratulate + reconnect": no one to congratulate on nothing; said as the congratulations below
        boolean congratulateAnd = CONGRATULATE_AND.matcher(wish).lookingAt();
        if (wish.isEmpty() || inTouch || congratulateAnd) {
            // "just congrats and keep in touch": the congratulations, said on what the news says, then the keeping in
            // touch, whether the user asked for it beside the congratulations or in a sentence of its own
            for (String piece : pieces) {
                java.util.regex.Matcher bare = BARE_CONGRATS.matcher(piece.strip());
                if (bare.matches()) {
                    // "… i want to keep in touch. congrats": the keeping in touch may be a sentence the reader took as a fact
                    boolean keep = bare.group(1) != null || inTouch || congratulateAnd || pieces.stream().anyMatch(p -> !p.equals(piece)
                            && said.apply(p).map(ReasonWords.Said::fact).filter(f -> ONLY_IN_TOUCH.matcher(f).find()).isPresent());
                    wish = "Congratulations!" + (keep ? " Let's keep in touch." : "");
                    break;
                }
            }
        }
        // "Thank you (감사) and also congratulate the award": the thanks done on what it is for, then the congratulations
        String congratsAfter = "";
        java.util.regex.Matcher thankCongrats = THANK_AND_CONGRATULATE.matcher(wish.strip());
        if (thankCongrats.matches()) {
            wish = "Thank you.";
            congratsAfter = "And congratulations on " + thankCongrats.group(1).strip() + "!";
        }
        wish = done(wish, pieces, said);
        if (!congratsAfter.isEmpty()) {
            wish = stopped(wish) + " " + congratsAfter;
        }
        wish = congratulatedOn(wish, pieces, said);
        if (!wish.isEmpty() && !Text.lower(wish).contains("congrat") && pieces.stream().anyMatch(p -> CONGRATULATE_THEM.matcher(p).find())) {
            // "… I want to ask if she'd consult on it. Also saw she started her own practice - congratulate her!": both are
            // the point; the congratulations, said on what, comes after the question, which keeps its "it" beside what it names
            String on = congratulatedOn("Congratulations!", pieces, said);
            if (on.startsWith("Congratulations on ")) {
                wish = wish + " And congratulations" + on.substring("Congratulations".length());
            }
        }
        if (wish.startsWith("Congratulations on ")) {
            fact = withoutNews(fact, wish);
            shortFact = withoutNews(shortFact, wish);
            if (fact.isEmpty()) {
                // the news was the whole first sentence ("she just became chief pharmacist, congrats!! we did our
                // warfarin project together"): how they know each other, from a later one
                Optional<ReasonWords.Said> known = howWeKnow(pieces, wish, said);
                if (known.isPresent()) {
                    fact = withoutNews(known.get().fact(), wish);
                    shortFact = withoutNews(known.get().shortFact(), wish);
                }
            }
        }
        wish = withoutRetold(wish, fact);
        wish = whatTheyOffered(wish, reason);
        wish = withoutMotive(wish);
        String also = thanksAfter.isEmpty() ? alsoAsked(wish, pieces, first, said, p -> words.wish(p, me, them, others)) : thanksAfter;
        if (others.isEmpty()) {
            // "ask how they cut the 31 hours", no one else named: "they" are the recipient's team, asked as "you"
            wish = ASK_THEY.matcher(wish).replaceAll("$1 you");
            // "… how you set yours up …, and how they catalog the packets": the second question is put to them as well
            wish = AND_THEY.matcher(wish).replaceAll("$1 you");
            // "Would you share the audit form they use?": their team's form is "the audit form you use"
            wish = THING_THEY_USE.matcher(wish).replaceAll("$1 you $2");
        }
        // "Helene told me to write to you about how they kept the plane trees": what "they" did is asked of "you", whoever
        // else the reason names (a reviewer: "speaks of Sophie's own team in the third person")
        fact = TO_YOU_ABOUT_THEY.matcher(fact).replaceAll("$1 you");
        shortFact = TO_YOU_ABOUT_THEY.matcher(shortFact).replaceAll("$1 you");
        wish = TO_YOU_ABOUT_THEY.matcher(wish).replaceAll("$1 you");
        fact = withoutTrailingAsides(OPENER.matcher(fact).replaceFirst(""));
        shortFact = withoutTrailingAsides(OPENER.matcher(shortFact).replaceFirst(""));
        wish = withoutLaterStep(withPayOffer(withoutTrailingAsides(wish)));
        // "I want to thank you for how you handled the recall": the thanks is done, not announced;
        // "I want to ask if our club can join …" is asked
        if (WANTS_TO_ACT.matcher(fact).lookingAt() || wish.isEmpty() && WANTS_TO_ASK.matcher(fact).lookingAt()) {
            fact = WishToAct.of(fact.replaceFirst("(?i)^I (?:want|wanted) to", "I would like to"));
        }
        fact = toldFromMySide(fact);
        shortFact = toldFromMySide(shortFact);
        // "… but I'd actually like to ask her": the contrast was with a clause the note does not carry
        wish = closed(forTheRole(ACTUALLY_LIKE.matcher(wish).replaceFirst("$1 $2"), reason));
        wish = namedForAsking(namedForSending(wish, reason), reason);
        if (fact.isEmpty() && wish.isEmpty() && !toldBack.isEmpty()) {
            fact = closed(withoutTrailingAsides(toldBack));
        }
        if (fact.isEmpty() && wish.isEmpty()) {
            return Optional.empty();
        }
        if (wish.startsWith("Want to ") || wish.startsWith("want to ")) {
            // "… and want to ask you …" lost its "I" when it was cut from the fact
            wish = "I would like to " + wish.substring("want to ".length());
        }
        java.util.regex.Matcher subjectless = SUBJECTLESS_WISH.matcher(wish);
        if (subjectless.lookingAt()) {
            // "Would love to get your feedback …": the sender's "I" said
            wish = "I would " + subjectless.group(1).toLowerCase(java.util.Locale.ROOT) + wish.substring(subjectless.end(1));
        }
        String detail = fact.isEmpty() ? "" : closed(withoutTrailingAsides(detail(pieces, said, fact, wish)));

        // "we met at the fair. We talked for ages about hive density.": the talk is the detail, its own clause,
        // so a shorter note or "don't mention the hive density" can leave it out and keep the meeting
        String[] two = fact.split("(?<=[.!?])\\s+(?=\\p{Lu})", 2);
        if (detail.isEmpty() && two.length == 2 && TALKED.matcher(two[1]).lookingAt() && two[0].split("\\s+").length >= 4) {
            fact = two[0];
            detail = two[1];
            if (shortFact.startsWith(two[0].replaceAll("[.!?]+$", ""))) {
                shortFact = "";
            }
        }
        java.util.regex.Matcher andTalked = MET_AND_TALKED.matcher(fact.strip());
        if (shortFact.isEmpty() && andTalked.matches()) {
            // "we met at the TIA conference … and talked about how your team …": at a short limit the meeting alone, so
            // that the point ("send you the checklist") still fits
            shortFact = stopped(andTalked.group(1));
        }
        if (detail.isEmpty() && !fact.isEmpty()) {
            detail = closed(withoutTrailingAsides(story(reason, first, said, fact, wish)));
        }
        // "I need someone to record interviews in Manchester in Feb/March": the work the sender needs done is the ask,
        // before news they "also want to tell" ("I wanted to let you know that The Quiet Shift got shortlisted …")
        String needed = needAsked(pieces);
        if (!needed.isEmpty() && (wish.isEmpty() || ONLY_NEWS.matcher(wish).lookingAt()) && also.isEmpty()) {
            also = wish;
            wish = needed;
            // "We just got funding for the new series on Irish nurses … and I need someone to record interviews": what the
            // work is for goes with the request (a reviewer: "the recording ask gives no context")
            String plan = pieces.stream().filter(p -> NEED.matcher(p.strip()).find()).findFirst().flatMap(said)
                    .map(ReasonWords.Said::fact).map(ReasonPoint::planClause).orElse("");
            if (!plan.isEmpty() && Text.length(plan) <= 100 && !Text.lower(fact).contains(Text.lower(plan).replaceAll("[.!]+$", ""))) {
                wish = withPlan(plan, wish);
            }
        }
        wish = withPride(wish, reason);
        // "I would like to ask you did you get your first informatics job before or after …?": the question asked straight
        java.util.regex.Matcher direct = ASK_DIRECT.matcher(wish.strip());
        if (direct.matches()) {
            wish = dev.rapport.text.Words.capitalise(direct.group(1)) + direct.group(2).replaceAll("[.?!]+$", "") + "?";
        }
        if (ABOUT_IT.matcher(wish).find()) {
            // "saw his post that they hire 2 equipment planners in Aarhus. want to … ask about it": what "it" is, said first
            for (String piece : pieces) {
                String f = said.apply(piece).map(ReasonWords.Said::fact).orElse("");
                java.util.regex.Matcher post = SAW_YOUR_POST.matcher(f.strip());
                if (post.matches() && !fact.contains(post.group(1)) && Text.length(f) <= 120) {
                    boolean hiring = THEY_HIRE.matcher(post.group(1)).lookingAt();
                    wish = "I saw your post that " + THEY_HIRE.matcher(post.group(1)).replaceFirst("you are hiring") + ". "
                            + (hiring ? ABOUT_IT.matcher(wish).replaceFirst("ask about the roles.") : wish);
                    break;
                }
            }
        }
        java.util.regex.Matcher toldApplied = TOLD_APPLIED.matcher(wish);
        if (toldApplied.find()) {
            // "want her to know I applied, maybe she can put in a word": what was applied for is what she is to know, and
            // goes with the ask rather than as a detail a short limit drops ("I wanted to let you know I applied.") …
            String applied = APPLIED_FOR.matcher(detail).lookingAt() ? detail : "";
            if (applied.isEmpty()) {
                // … from whichever sentence tells it ("Last week I applied to Lithography Process Engineer job at …")
                for (String piece : pieces) {
                    String f = said.apply(piece).map(ReasonWords.Said::fact).orElse("");
                    if (APPLIED_FOR.matcher(WHEN_FIRST.matcher(f).replaceFirst("")).lookingAt() && !f.contains(". ") && Text.length(f) <= 140) {
                        applied = f;
                        break;
                    }
                }
            }
            if (!applied.isEmpty()) {
                // (", without asking for favour": how the user means to say it, to the tool, not a part of the note)
                String rest = toldApplied.replaceFirst("").strip().replaceFirst("(?i)^and\\s+", "")
                        .replaceFirst("(?i)^,?\\s*(?:but\\s+)?(?:without|not)\\b[^.!?]*[.!?]?$", "").replaceFirst("^[,;]\\s*", "");
                rest = rest.matches("(?i)^ask\\b.*") ? "I'd like to " + rest : rest;
                // (when the note's fact already tells the application, the wish is only what follows it: said twice, the
                // repetition rule held the note back and the rest of the user's story went with it, a hand session)
                boolean told = sameWords(applied, fact);
                wish = (told ? "" : closed(stopped(dev.rapport.text.Words.capitalise(applied))))
                        + (rest.isEmpty() ? "" : (told ? "" : " ") + dev.rapport.text.Words.capitalise(rest));
                detail = detail.equals(applied) ? "" : detail;
            }
        }
        if (KEEP_MY_PROMISE.matcher(wish.strip()).matches()) {
            // "I told her I'd send her our paper on NIR endpoint … want to keep my promise + stay in touch": the promise kept is
            // what was promised, read as a bare thanks's promise is (a reviewer, r185: "'keep my promise' never says what")
            String kept = promise(pieces, said);
            if (!kept.isEmpty()) {
                wish = kept;
                detail = PROMISE_TAIL.matcher(detail).replaceFirst(".");
                fact = PROMISE_TAIL.matcher(fact).replaceFirst(".");
            }
        }
        // "keep in touch (we were never connected here, only email)": how the two have been in touch, for us, not the note
        wish = CHANNEL_ASIDE.matcher(wish).replaceAll("");
        if (NOT_CONNECTED_HERE.matcher(detail).find()) {
            // "We only worked by email before, never connect here": why they are not connected yet, for us
            detail = "";
        }
        return Optional.of(new ReasonWords.Said(thereNamed(fact, reason), thereNamed(shortFact, reason), thereNamed(wish, reason), detail,
                also.isEmpty() ? "" : closed(also)));
    }

    /** The same words, whatever their case and closing stops. */
    private static boolean sameWords(String a, String b) {
        return Text.lower(a).replaceAll("[.!?\\s]+$", "").strip().equals(Text.lower(b).replaceAll("[.!?\\s]+$", "").strip());
    }

    /** The most of the rest of the reason a note says, in characters: one or two short sentences, never the whole story. */
    private static final int REST_MAX = 160;
    // the sender's notes on the recipient's page and on the tool, which are for the sender, not the note
    private static final java.util.regex.Pattern NOT_FOR_THE_NOTE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:profile|linkedin|page|headline|about section|note|invite|invitation|connect|connecting|connection|message|dm|inbox"
                    + "|formal|tone|promise that|mention|lol|haha|idk|tbh)\\b|\\?\\s*$");

    /**
     * The point of the reason with the rest of its story: the sentences that neither the fact, the wish nor the
     * detail carries ("We lost touch after I moved to Zurich.", "Your advice on battery sizing helped a lot."),
     * said to the recipient as facts, at most two and {@link #REST_MAX} characters. The note says them when there is
     * room and drops them first when there is not: reviewers found notes that left out what the user had typed,
     * with room to spare.
     */
    private ReasonWords.Said withTheRest(ReasonWords.Said said, String reason, Profile me, Profile them, List<String> others) {
        String carried = Text.lower(String.join(" ", said.fact(), said.wish(), said.detail(), said.also()));
        List<String> rest = new ArrayList<>();
        int length = 0;
        for (String sentence : sentences(reason)) {
            // a sentence that mixes the story with a wish ("Saw her post … - my older students would love it, I want to ask
            // about it") is read clause by clause when it is not told whole
            List<String> tries = new ArrayList<>(List.of(sentence));
            List<String> parts = clauses(sentence).stream().flatMap(c -> java.util.Arrays.stream(DASHED.split(c))).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            if (parts.size() > 1) {
                tries.addAll(parts);
            }
            // "im moving to the community paramedic program now so wont see her at the ambulance bay anymore": the news
            // before "so" is told when the whole is not (a reviewer missed why the paramedic wrote now)
            for (String part : List.copyOf(tries)) {
                java.util.regex.Matcher cause = BEFORE_SO.matcher(part.strip());
                if (cause.matches()) {
                    tries.add(cause.group(1));
                }
            }
            for (String piece : tries) {
                // "he told me to apply to the new grad SWE role. I applied last night": what the sender was told to do, done, is
                // news however short, and no repeat of the telling (a careers adviser's student lost it, the point of her note)
                if (didAsTold(piece, reason) && !Text.lower(carried).contains(Text.lower(piece.strip().replaceAll("[.!]+$", "")))) {
                    String done = stopped(dev.rapport.text.Words.capitalise(piece.strip()));
                    rest.add(done);
                    length += Text.length(done) + 1;
                    carried += " " + Text.lower(done);
                    break;
                }
                if (NOT_FOR_THE_NOTE.matcher(piece).find() || NOT_TOLD_ON.matcher(piece).find() || deniesAVerb(piece) || saysAgain(piece, carried)
                        || !(toldInThePast(piece) || ownSituation(piece))) {
                    continue;
                }
                Optional<ReasonWords.Said> told = words.of(piece, me, them, others);
                String fact = told.filter(t -> t.wish().isEmpty() && t.detail().isEmpty()).map(ReasonWords.Said::fact).orElse("").strip();
                if (fact.isEmpty() || fact.contains(". ") || saysAgain(fact, carried) || length + Text.length(fact) > REST_MAX) {
                    continue;
                }
                // ("Also I'm in Dublin in February …": the joining word joined it to the user's sentence before, not to the note's)
                fact = LEADING_JOINER.matcher(fact).replaceFirst("");
                fact = NO_REPLY_YET.matcher(fact).replaceFirst("$1");
                rest.add(stopped(dev.rapport.text.Words.capitalise(fact)));
                length += Text.length(fact) + 1;
                carried += " " + Text.lower(fact);
                break;
            }
            if (rest.size() == 2) {
                break;
            }
        }
        return rest.isEmpty() ? said : said.withRest(String.join(" ", rest));
    }

    private static final java.util.Set<String> LIGHT_WORDS = java.util.Set.of("were", "with", "that", "this", "have", "from", "your",
            "they", "them", "when", "what", "about", "just", "been", "will", "would", "there", "their", "also", "very", "really");

    /** Half or more of the sentence's words of substance are already said. */
    private static final java.util.regex.Pattern DONE = java.util.regex.Pattern.compile("(?i)^\\s*I\\s+(?:already\\s+|just\\s+)?(\\p{L}+)\\b([^.!?]{0,40})[.!]?\\s*$");

    /** "I applied last night" after "he told me to apply …": the sender did what the recipient told them to do. */
    private static boolean didAsTold(String sentence, String reason) {
        java.util.regex.Matcher m = DONE.matcher(sentence);
        if (!m.matches()) {
            return false;
        }
        return dev.rapport.language.VerbForms.baseOfPast(Text.lower(m.group(1))).filter(base -> java.util.regex.Pattern.compile("(?i)\\b(?:told|asked|advised|encouraged|invited)\\s+me\\s+to\\s+"
                + java.util.regex.Pattern.quote(base) + "\\b|\\bsuggested\\s+(?:that\\s+)?I\\s+" + java.util.regex.Pattern.quote(base) + "\\b")
                .matcher(reason).find()).isPresent();
    }

    private static boolean saysAgain(String sentence, String carried) {
        int[] c = inCarried(Text.lower(sentence), carried, LIGHT_WORDS);
        return c[1] == 0 || c[0] * 2 >= c[1];
    }

    /**
     * A story the user tells, fit to retell: its first verb in the past tense ("Last month she recommended me …", "we
     * did the deep tillage like you told …"), six words or more, in English letters. What the user says in the present is mostly for the tool or reads the
     * recipient's page back to them ("My English is not so good sorry", "You're a physio now"), and a negation is
     * mostly an aside ("I know you can't talk on record anyway").
     */
    static boolean toldInThePast(String sentence) {
        List<dev.rapport.language.Token> tokens = Language.english().tokens(sentence);
        long words = tokens.stream().filter(dev.rapport.language.Token::isWord).count();
        if (words < 6 || NEGATED.matcher(sentence).find()
                || !sentence.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            dev.rapport.language.Token t = tokens.get(i);
            if (t.is("VERB", "AUX")) {
                String w = t.lower();
                boolean past = dev.rapport.language.Copyedit.english().pastForm(w);
                // "he guest lectured in my MSc": a noun the tagger read as a verb before the verb itself
                if (!past && t.is("VERB") && i + 1 < tokens.size() && tokens.get(i + 1).is("VERB")) {
                    continue;
                }
                return past;
            }
        }
        return false;
    }

    // not for the recipient: a wish ("I want to congratulate you properly"), who the sender is (the note's own line says it: "I do ocean export in Hamburg" beside
    // "I am an ocean freight export coordinator"), what someone said to do ("my advisor said just ask directly"), and a
    // sentence cut at an abbreviation ("We are dating a group of 18th c.")
    private static final java.util.regex.Pattern NOT_TOLD_ON = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:and|but|so|also)\\s+)?i\\s*(?:'d|’d|would|want|wanted|hope|hoping|am hoping|'m hoping|wish)\\b"
                    + "|^(?:(?:and|but|so|also)\\s+)?i\\s*(?:am|'m|’m)\\s+(?:an?|the)\\s|^(?:(?:and|but|so|also)\\s+)?i\\s+(?:do|work)\\b"
                    + "|\\b(?:said|says|told (?:me|us)|wrote|asked)\\b(?:\\s+\\w+){0,5}?\\s+(?:to\\s+|just\\s+)(?:ask|write|reach|contact|message|ping|get in touch|go)\\b"
                    + "|\\s\\p{L}{1,2}\\.$");
    /** A verb of the piece denied, however typed ("you cant talk on record anyway"): the language layer's negation reader. */
    private static boolean deniesAVerb(String piece) {
        return Language.english().sentences(piece).stream().anyMatch(dev.rapport.language.Negation::deniesAVerb);
    }

    private static final java.util.regex.Pattern THIRD_PERSON_PRONOUN = java.util.regex.Pattern.compile("(?i)\\b(he|him|his|she|her|hers)\\b");

    /**
     * The first third-person pronoun of the English left is of the other family than the first the user wrote, and that
     * first one stands before any other capitalised name (so it was the recipient's).
     */
    private static boolean pronounsLeftAreAnothers(String typed, String english, Profile them) {
        java.util.regex.Matcher first = THIRD_PERSON_PRONOUN.matcher(typed);
        java.util.regex.Matcher left = THIRD_PERSON_PRONOUN.matcher(english);
        if (!first.find() || !left.find() || family(first.group(1)).equals(family(left.group(1)))) {
            return false;
        }
        java.util.Set<String> theirs = them == null ? java.util.Set.of() : java.util.Set.copyOf(java.util.List.of(them.name().split("\\s+")));
        return java.util.Arrays.stream(typed.substring(0, first.start()).split("[^\\p{L}]+"))
                .noneMatch(w -> w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && !theirs.contains(w));
    }

    private static String family(String pronoun) {
        return pronoun.toLowerCase(java.util.Locale.ROOT).matches("he|him|his") ? "he" : "she";
    }

    private static final java.util.regex.Pattern NO_REPLY_YET = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:but|and) (?:(?:there is |there's |still )?no (?:reply|answer|response)|(?:I )?(?:still )?(?:haven't|have not|didn't|did not|never) (?:heard|hear|got|get) (?:back|a reply|an answer))(?: (?:yet|so far))?(?:,[^.!?]*)?([.!]?)$");
    private static final java.util.regex.Pattern LEADING_JOINER = java.util.regex.Pattern.compile("(?i)^(?:also|and|so|but),?\\s+(?=\\p{L})");
    private static final java.util.regex.Pattern BEFORE_SO = java.util.regex.Pattern.compile("(?i)(.+?)\\s+so\\s+(?!much\\b|many\\b|far\\b|that\\b|long\\b).+");
    private static final java.util.regex.Pattern DASHED = java.util.regex.Pattern.compile("\\s+[-–—]\\s+");
    // "I've been home with my kids since 2019 and going back to work now", "I now teach at …": the sender's own situation,
    // which says why they write; reviewers asked for it where the note left it out
    private static final java.util.regex.Pattern OWN_SUBJECT = java.util.regex.Pattern.compile(
            // ("im now doing the APC pathway …": the apostrophe left out, as typed in a hurry)
            "(?i)^(?:(?:and|but|so|also|now|currently|today)\\s+)?(?:i|i'm|i’m|im|i've|i’ve|ive|we|we're|we’re|we've|we’ve|my|our)\\b");
    // a word pointing back to what the note may not say before it ("my older students would love this", "we have the same problem")
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:it|them|there|same|such)\\b|\\b(?:this|that|these|those)\\b(?!\\s+\\p{L})");

    /** The sender's own present situation, in six words or more, that points back to nothing unsaid. */
    private static boolean ownSituation(String piece) {
        String p = piece.strip();
        if (!OWN_SUBJECT.matcher(p).lookingAt() || NEGATED.matcher(p).find() || p.endsWith("?") || POINTS_BACK.matcher(p).find()) {
            return false;
        }
        List<dev.rapport.language.Token> tokens = Language.english().tokens(p);
        return tokens.stream().filter(dev.rapport.language.Token::isWord).count() >= 6;
    }

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("(?i)\\b(?:not|never|no)\\b|n't\\b|n’t\\b");

    /**
     * "… in Chicago. I'm filling a … role at a hospital network there": without the sentence that named the place,
     * "there" points at nothing, so the place is said ("at a hospital network in Chicago").
     */
    static String thereNamed(String clause, String reason) {
        java.util.regex.Matcher there = THERE.matcher(clause);
        java.util.regex.Matcher saidThere = THERE.matcher(reason);
        if (!there.find() || !saidThere.find()) {
            return clause;
        }
        // (only a place named in the sentences before: within one sentence "there" may be the firm it names)
        String earlier = "";
        for (Sentence s : Language.english().sentences(reason)) {
            if (s.end() > saidThere.start()) {
                break;
            }
            earlier = reason.substring(0, s.end());
        }
        String place = "";
        java.util.regex.Matcher in = IN_PLACE.matcher(earlier);
        int placeEnd = -1;
        while (in.find()) {
            // (a month or a weekday is a time: "in October")
            if (!dev.rapport.language.CalendarWords.month(in.group(1)) && !dev.rapport.language.CalendarWords.weekday(in.group(1))) {
                place = in.group();
                placeEnd = in.end();
            }
        }
        // (another name after it, "until he left for Ireland", leaves "there" in doubt: it stays)
        if (placeEnd >= 0 && LATER_NAME.matcher(earlier.substring(placeEnd)).find()) {
            return clause;
        }
        // (a clause that names its own place first, "visit your park in Bergen when I'm there", means that one; "at
        // Glenbrook" names a place as well: "you were my team lead there" is "at Glenbrook")
        boolean ownPlace = IN_PLACE.matcher(clause.substring(0, there.start())).find();
        return place.isEmpty() || ownPlace || clause.contains(place.substring(3)) ? clause
                : clause.substring(0, there.start()) + place + clause.substring(there.end());
    }

    /** "just saw he got Sous Chef at Blue Mahoe!! so proud of him": the pride the sender feels goes with the congratulations. */
    private static String withPride(String wish, String reason) {
        java.util.regex.Matcher proud = PROUD.matcher(reason);
        if (!wish.contains("Congratulations") || Text.lower(wish).contains("proud") || !proud.find()) {
            return wish;
        }
        String how = proud.group(1) == null ? "So" : dev.rapport.text.Words.capitalise(Text.lower(proud.group(1)));
        return closed(wish) + " " + how + " proud of you!";
    }

    private static final java.util.regex.Pattern PROUD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(so|very|really|super|incredibly|truly) )?proud(?: of (?:him|her|them)\\b|(?=[.!,]|\\s*$))");
    private static final java.util.regex.Pattern WHEN_FIRST = java.util.regex.Pattern.compile(
            "(?i)^(?:last (?:week|month|friday|monday|tuesday|wednesday|thursday)|yesterday|this week|on \\p{L}+day),?\\s+");
    private static final java.util.regex.Pattern TOLD_APPLIED = java.util.regex.Pattern.compile(
            "(?i)\\bI (?:wanted|want|would like|'d like) (?:to let you know|you to know) (?:that )?I(?:'ve| have)? applied[.!]?\\s*");
    private static final java.util.regex.Pattern APPLIED_FOR = java.util.regex.Pattern.compile(
            "(?i)^I(?:'ve| have)? (?:just |recently )?applied\\b[^.!?]*\\b(?:for|to)\\b");
    private static final java.util.regex.Pattern LATER_NAME = java.util.regex.Pattern.compile("\\b(?!I\\b)\\p{Lu}\\p{Ll}*\\b");
    private static final java.util.regex.Pattern MET_AND_TALKED = java.util.regex.Pattern.compile(
            "(?i)^(we (?:met|sat|were|worked|got to know each other)\\b(?:\\s+\\S+){3,}?),? and (?:we )?"
            + "(?:talked|chatted|spoke|discussed|swapped|compared|got talking)\\b.+$");
    // "there" as a place, not "there is", "there are"
    private static final java.util.regex.Pattern THERE = java.util.regex.Pattern.compile(
            "\\bthere\\b(?!\\s+(?:is|are|was|were|will|would|has|have|had|must|may|might|seems?|could)\\b|['’]s)");
    private static final java.util.regex.Pattern IN_PLACE = java.util.regex.Pattern.compile(
            "\\b(?:in|at) ((?-i:\\p{Lu}\\p{Ll}+)(?: (?-i:\\p{Lu}\\p{Ll}+)){0,2})\\b(?! (?:and|or)\\b)");

    // What the two talked about, or what the recipient showed or told the sender: the one detail a person met once remembers.
    private static final java.util.regex.Pattern TALKED = java.util.regex.Pattern.compile(
            "(?i)^(?:we (?:\\w+ ){0,2}?(?:talked|chatted|spoke|argued|discussed|swapped|compared)\\b(?! to each other\\b)"
            + "|we (?:ended up|got|kept) (?:talking|chatting|discussing)\\b"
            + "|you (?:showed|told|taught|explained|gave|recommended|walked) me\\b|you (?:mentioned|explained|described|suggested)\\b"
            // "I asked about alarm thresholds in the chat and you answered": the question the sender put after a talk
            + "|I asked (?:you )?(?:a question )?about\\b)");
    private static final int DETAIL_MAX = 120;
    // Cheap word tests that a piece may hold a talk, a wish or a promise, before it is read
    private static final java.util.regex.Pattern MAY_TALK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:talk|chat|spoke|argu|discuss|swapp|compar|show|told|taught|explain|gave|recommend|walk|mention|describ|suggest)");
    private static final java.util.regex.Pattern MAY_WISH = java.util.regex.Pattern.compile("(?i)\\b(?:like|love|want|wanna|wnt|hope|hoping|keen)\\b");
    private static final java.util.regex.Pattern PROMISE_OF_THEM = java.util.regex.Pattern.compile(
            "(?i)\\b(I |and |,\\s*)promise ((?:to \\p{L}+ )?(?:her|him|them)\\b)");
    private static final java.util.regex.Pattern MAY_PROMISE = java.util.regex.Pattern.compile("(?i)\\b(?:promis|told|said)");
    private static final java.util.regex.Pattern ASKED_THEN_SEND = java.util.regex.Pattern.compile(
            "(?i)\\b((?:he|she|they) (?:\\w+ ){0,10}?ask(?:ed|s)? (?:me |us )?(?:for )?([^.;!?,]{2,80}?))(,| and| so)\\s+"
            + "(?:I(?:'ll| will| can|'m going to| am going to)?|will) (send|ship|mail|email|share|forward|post)( (?:it|them)\\b)?(?: (?:to )?(?:him|her|them)\\b)?");
    // what may follow "I'll send" when the thing sent is the one asked for: how, when, or nothing
    private static final java.util.regex.Pattern NO_OBJECT = java.util.regex.Pattern.compile(
            "(?i)^(?:\\s*$|\\s*[.;!?,]|\\s+(?:by|via|over|through|on|in|at|this|next|tomorrow|today|tonight|soon|later|asap|shortly|after|before|when|once|as soon)\\b)");
    private static final java.util.regex.Pattern SEND_HER_THINGS = java.util.regex.Pattern.compile(
            "(?i)\\b((?:promised (?:to )?|I(?:'d| would|'ll| will) |id )(?:send|give|show|bring|email|mail|forward|pass|post) (?:her|him|them))"
            + " (?!(?:thanks|regards|wishes|news|kudos|props|is|was|has|this|its|his|hers|yes|us)\\b)(\\p{Ll}{3,}s)\\b");
    // ", it will help our roadmap", "because it would really help me": what an answer would do for the sender
    private static final String BENEFIT = "(?:,\\s*(?:as |because |since |so )?|\\s+(?:as|because|since) )(?:it|this|that|the answer|your answer|your view)"
            + "(?:'ll| will| would| could| should| can| might)(?: really| definitely| certainly)? help\\b[^.!?]*";
    private static final java.util.regex.Pattern ASK_THEN_BENEFIT = java.util.regex.Pattern.compile("(?i)(\\bask\\b[^.!?]{8,}?)" + BENEFIT);
    private static final java.util.regex.Pattern POST_THEY = java.util.regex.Pattern.compile(
            "(?i)\\b((?:saw|seen|read|liked) (her|his) (?:post|update|article|announcement|news))(?: that| saying)? (they|she|he)\\b(?!['’])");

    /**
     * "saw her post they meet QCVN 13 colour limit": what her post says of her team is said to her ("I saw your post that
     * you meet …"; a reviewer: "ungrammatical, and 'they' is unclear").
     */
    static String postSaysThey(String reason) {
        java.util.regex.Matcher m = POST_THEY.matcher(reason);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean her = Text.lower(m.group(2)).equals("her");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + " that " + (her ? "she" : "he")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern WH_WORD = java.util.regex.Pattern.compile("(?i)^(?:what|how|when|where|why|who|which|whether|if|about)\\b");
    private static final java.util.regex.Pattern A_OR_THEIR = java.util.regex.Pattern.compile("(?i)^(?:a|an|his|her|their)\\s+");

    /**
     * "he asked for the report, I'll send it next week", "he … ask 2 kg sample with fermentation records, I send by DHL next
     * week": sending what they asked for is a promise made to them, said in the note as one and naming the thing.
     */
    static String sendingWhatWasAsked(String reason) {
        java.util.regex.Matcher m = ASKED_THEN_SEND.matcher(reason);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String thing = m.group(2).strip();
            boolean ownObject = m.group(5) == null && !NO_OBJECT.matcher(reason.substring(m.end())).lookingAt();
            if (ownObject || WH_WORD.matcher(thing).lookingAt()) {
                // "he asked what we charge, I'll send him our rates": the promise, with the thing it names itself
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        m.group(1) + m.group(3) + " I promised to " + Text.lower(m.group(4)) + " you"));
                continue;
            }
            String lower = Text.lower(thing);
            // ("a copy of our checklist" stays a copy; "a 2 kg sample" is the one they asked for)
            String what = OWNED.matcher(thing).lookingAt() || lower.startsWith("the ") || lower.matches("an? \\w+ of .*") || lower.startsWith("some ")
                    ? thing : A_OR_THEIR.matcher(thing).lookingAt() ? A_OR_THEIR.matcher(thing).replaceFirst("the ") : "the " + thing;
            // ("the my report" as typed, "a my report" made "the my report": a possessive takes no "the")
            if (Text.lower(what).startsWith("the ") && OWNED.matcher(what.substring(4)).lookingAt()) {
                what = what.substring(4);
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + m.group(3) + " I promised to " + Text.lower(m.group(4)) + " you " + what));
        }
        m.appendTail(out);
        return out.toString();
    }
    private static final java.util.regex.Pattern TALKED_BARE = java.util.regex.Pattern.compile(
            "(?i)^(we (?:talked|chatted|spoke)) (?!about\\b|shop\\b|to\\b|with\\b|for\\b|a lot\\b|at\\b|after\\b|over\\b|through\\b|on\\b|briefly\\b)");

    /** Most of the detail's longer words are already in the fact or the wish: it would say the same thing twice. */
    private static boolean mostlyCarried(String detail, String carried) {
        int[] c = inCarried(detail, carried, java.util.Set.of());
        return c[1] > 0 && c[0] * 2 > c[1];
    }

    /** How many of the text's words longer than three letters (but those in {@code light}) {@code carried} has, and how many there are. */
    private static int[] inCarried(String text, String carried, java.util.Set<String> light) {
        List<String> words = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 3 && !light.contains(w)).toList();
        return new int[] {(int) words.stream().filter(carried::contains).count(), words.size()};
    }
    private static final java.util.regex.Pattern AND_TALKED = java.util.regex.Pattern.compile(
            "(?i)\\band (?:we )?((?:ended up|got|kept) (?:talking|chatting)\\b|(?:talked|chatted) (?:for ages |a lot |a long time )?about\\b)");

    /**
     * The shortest piece of the reason that tells what was talked about ("we talked for ages about hybrid
     * engines"), said to the recipient, when neither the fact nor the wish already carries it; else blank.
     */
    private static String detail(List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said,
            String fact, String wish) {
        String carried = Text.lower(fact + " " + wish);
        String best = "";
        for (String whole : pieces) {
            // "sat next to each other all day and ended up talking about daylight …": the talk is its own piece
            if (!MAY_TALK.matcher(whole).find()) {
                continue;   // reading a piece (tagging, shifting) is the costly part: only pieces that may tell a talk
            }
            java.util.regex.Matcher and = AND_TALKED.matcher(whole);
            String piece = and.find() ? whole.substring(and.start(1)) : whole;
            String lower = Text.lower(piece.strip());
            // "ended up talking about daylight …": the subject left out is the two of them
            String read = lower.matches("^(?:ended up|got|kept) (?:talking|chatting)\\b.*|^(?:talked|chatted|spoke) .*")
                    ? "we " + piece.strip() : piece;
            Optional<String> f = said.apply(read).map(ReasonWords.Said::fact).filter(t -> TALKED.matcher(t).lookingAt());
            if (f.isEmpty()) {
                continue;
            }
            // "we talked solar farms and sheep grazing": the topic, said with its "about"
            String text = TALKED_BARE.matcher(f.get().strip()).replaceFirst("$1 about ");
            String core = Text.lower(text).replaceAll("[.!?]+$", "");
            // already in the fact ("we met at the opening. We talked for ages about …") or too long for a side detail
            if (carried.contains(core) || mostlyCarried(core, carried) || Text.length(text) > DETAIL_MAX || text.contains(". ")) {
                continue;
            }
            if (best.isEmpty() || Text.length(text) < Text.length(best)) {
                best = text;
            }
        }
        return best.isEmpty() ? "" : Character.toUpperCase(best.charAt(0)) + best.substring(1);
    }

    private static final java.util.regex.Pattern ASK_OPENER = java.util.regex.Pattern.compile("(?i)I(?: would|'d) like to ask\\b");
    private static final java.util.regex.Pattern WE_PLAN = java.util.regex.Pattern.compile(
            "(?i)(?:and |so )?we ((?:want|would like|'d like|hope|plan|are hoping|are planning) to (?:record|launch|start|open|build|run|hold|host|organi[sz]e|make|shoot|set up|film|publish|hire|expand|move)\\b[^,;!?]*)[.!]?");
    private static final java.util.regex.Pattern SENDER_PLAN = java.util.regex.Pattern.compile(
            "(?i)I(?:'m| am) (?:thinking (?:about|of)|considering|planning|hoping|about to|preparing|getting ready)\\b"
            // "now applying to implementation consultant jobs and want to ask if he would be a reference": what the reference is for
            + "|I(?:'m| am) (?:now |currently |also )?(?:applying (?:to|for)|interviewing (?:for|with))\\b"
            // "We're launching a seed library in March and I want to ask how she set hers up": what the question is for
            + "|(?:we|I)(?:'re|'m| are| am) (?:launching|starting|opening|setting up|building|planning|preparing"
            // "we are writing our first insulin drip protocol": work under way that the question is for
            + "|writing|drafting|designing|developing|rewriting|updating|putting together|rolling out)\\b"
            // "working on our grant bid", not "working on a cardiac ward now": a place of work is no plan
            + "|(?:we|I)(?:'re|'m| are| am) working on (?!(?:a|an|the|my|our) (?:[\\p{L}-]+ )?(?:ward|unit|floor|team|shift|site|crew|desk|line|rota|ship|rig|farm|campus|staff|night shift|nights)\\b)"
            // "We just got funding for the new series on Irish nurses …": the work a request is for
            + "|(?:we|I)(?: just|'ve just| have just|'ve| have)? (?:got|won|received|secured|landed) (?:the |a |new )?(?:funding|grant|commission)\\b"
            // "I'm giving a talk in Tokyo in March 2027 and want to meet him for coffee": the trip a meeting is asked for
            + "|I(?:'m| am|'ll be| will be) (?:giving (?:a |the )?(?:talk|keynote|workshop|presentation|lecture)|speaking at|presenting at"
            + "|coming to|visiting|travell?ing to|flying to|in \\p{Lu}\\p{L}+ (?:in|on|from|next|this)\\b)"
            // "my thesis is parametric flood cover for pasar traders …, I want ask if 20 min interview possible": the study a
            // student's question is for (a reviewer: "doesn't say what her thesis is about, so 'a few questions' has no context")
            + "|my (?:(?:master'?s|masters|phd|ph\\.d\\.|doctoral|final[- ]year|undergraduate|bachelor'?s|msc|ma|ba) )?"
            + "(?:thesis|dissertation|capstone|research project) (?:is|will be) ");
    // "my thesis is parametric flood cover": what it is on
    private static final java.util.regex.Pattern THESIS_IS = java.util.regex.Pattern.compile(
            "(?i)\\b((?:thesis|dissertation|capstone|research project) (?:is|will be)) (?!(?:on|about|a|an|the|in|into|due|done|finished|nearly|almost)\\b)");
    private static final java.util.regex.Pattern CONGRATULATE_ONLY = java.util.regex.Pattern.compile(
            // ("say hello and congratulate her": the note's greeting says the hello, so the congratulations is the point)
            "(?i)^(?:I(?: would like|'d like|’d like| want| wanted) to )?(?:say (?:hello|hi|hey) and )?congratulate(?: you)?(?: properly| personally| warmly| sincerely| again)?[.!]?$"
            + "|^Congratulations[.!]?$");
    // "congrats to Tunde on the new job at Ilu Transit!!", "congratulations on your promotion": done where it stands
    private static final java.util.regex.Pattern BARE_CONGRATS = java.util.regex.Pattern.compile(
            "(?i)(?:just |and |so |i want to |want to |i'd like to |i would like to |would like to )?(?:say )?"
            + "(?:congrats|congratulations|congratulate(?: (?:him|her|them))?)"
            + "( (?:and|\\+|&) (?:to )?(?:(?:keep|stay|get back) in (?:touch|contact)|reconnect|catch up))?"
            // "…, lost contact after studies": why reconnect, a note to self
            + "(?:,? (?:we )?lost (?:contact|touch)\\b[^.!?]*)?[.!]*");
    private static final java.util.regex.Pattern CONGRATULATE_AND = java.util.regex.Pattern.compile(
            "(?i)I (?:would like|'d like|want) to congratulate(?: you)? (?:and|\\+|&) (?:to )?(?:(?:keep|stay|get back) in (?:touch|contact)|reconnect|catch up)\\b");
    private static final java.util.regex.Pattern CONGRATS = java.util.regex.Pattern.compile(
            "(?i)^(?:big |huge |many )?(?:congrats|congratulations)(?:,? (?:to )?\\p{L}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’-]*)?)? "
            // ("tahniah to him for new job …": "for" as a second-language writer's "on")
            + "(?:on|for) ([^.!?,;]+?)\\s*(?:[.!?]|$)");
    // "we lost the Kungsbacka tender to her company": the recipient's side won it
    private static final java.util.regex.Pattern LOST_TO_THEM = java.util.regex.Pattern.compile(
            "(?i)\\bwe (?:just )?lost (the .+?|our .+?) to (?:you|your \\w+|her|him|them|their \\w+|her \\w+|his \\w+)\\b");
    private static final java.util.regex.Pattern THEIR_NEWS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:you|she|he) (?:just |has just |have just |'s just |'ve just )?(?:got|landed|started|joined|won|received) (.+?)[.!]*$");
    private static final java.util.regex.Pattern ROLE_NOUN = java.util.regex.Pattern.compile(
            "(?i)(?!(?:the|a|an|your|her|his|my|their)\\b)[\\p{L}\\p{N} -]{1,40}\\b(?:role|job|position|post)");
    private static final java.util.regex.Pattern BARE_NEWS = java.util.regex.Pattern.compile(
            "(?i)(?:new|recent|promotion|appointment|move|retirement|graduation|award|win|launch)\\b");
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
            "(?i)(?:senior |full |equity |managing )?(?:associate|partner|director|principal|fellow|professor|chair|head|lead|vp|manager|chief)");
    // "i would like to stay in touch, congrats": a wish with a bare congratulations at its end
    private static final java.util.regex.Pattern TRAILING_CONGRATS = java.util.regex.Pattern.compile(
            "(?i)^(.+?)(?:,\\s*|\\s+and\\s+)(?:big |huge |many )?(?:congrats|congratulations)[.!]*$");
    // ", congrats on new role" inside the fact, when the congratulations is said as the wish
    private static final java.util.regex.Pattern CONGRATS_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)(?:,\\s*|\\s+and\\s+|\\s+[-–—]\\s+|(?<=[.!?])\\s*|^)(?:big |huge |many )?(?:congrats|congratulations)\\b[^.!?]*[.!?]*");
    private static final java.util.regex.Pattern THEIRS = java.util.regex.Pattern.compile("(?i)\\b(?:her|his)\\b");
    private static final java.util.regex.Pattern SHARE_NEWS = java.util.regex.Pattern.compile(
            "(?i)\\s+and (?:share|tell you) (?:the|my) (?:good )?news\\b");
    private static final java.util.regex.Pattern THANK_AND_TELL = java.util.regex.Pattern.compile(
            "(?i)^(?:I (?:would like|'d like|want) to (?:say )?)?thank you and (?:also )?(?:to )?(?:tell|let) you (?:know )?(?:that )?(.+?)[.!]*$");
    private static final java.util.regex.Pattern TELL_AND_THANK = java.util.regex.Pattern.compile(
            "(?i)^I (?:would like|'d like|want) to (?:tell you|let you know|share (?:it|the news) with you) and (?:to )?thank you( for [^.!]+)?[.!]?");
    // "congratulate her", "and suggest we pick up …": an instruction to oneself, not yet said to the recipient
    private static final java.util.regex.Pattern MEMO_ACT = java.util.regex.Pattern.compile(
            "(?i)(?:and |then |pls |please |also |-\\s*)?(congratulate|suggest|invite) (?:her|him|them|(?=we\\b|that we\\b))\\s*(.*?)[.!]*");
    private static final java.util.regex.Pattern THANK_THEM = java.util.regex.Pattern.compile(
            "(?i)(?:and |just |pls |please |also )?(?:say )?(?:thank|thanks to) (?:him|her|them)\\b[,]?\\s*((?:for\\b.*?)?)[.!]*");
    // "you trialled our sprint app at Liguanea Tech.": a deed of theirs, in one clause
    private static final java.util.regex.Pattern YOU_DID = java.util.regex.Pattern.compile(
            "(?i)you (\\p{L}+ed|gave|ran|did|took|taught|made|came|led|sent|showed|shared|found|brought|built|wrote|spoke|told|got|put|let) ([^.!?]+)[.!]?");
    private static final java.util.regex.Pattern BARE_THANKS = java.util.regex.Pattern.compile("(?i)^(?:thanks|thank you)(?: so much| again)?[.!]?$");
    private static final java.util.regex.Pattern MY_NEWS = java.util.regex.Pattern.compile(
            "(?i)^I (?:just |have just |'ve just )?(?:got|passed|started|landed|joined|won|finished|graduated|was promoted)\\b.*");

    /**
     * The point done, not announced: "I would like to congratulate you" congratulates on the news the
     * reason gives ("you got your first dev job at Paysika" makes "Congratulations on your first dev job
     * at Paysika!"), and "Thank you and share the news" gives the news before the thanks.
     */
    private static String done(String wish, List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        if (CONGRATULATE_ONLY.matcher(wish.strip()).matches()) {
            for (String piece : pieces) {
                // the news as the user typed it ("she got her first dev job at Paysika!!"), said to the recipient
                java.util.regex.Matcher m = THEIR_NEWS.matcher(piece.strip());
                if (m.find()) {
                    return "Congratulations on " + newsNamed(m.group(1).strip()) + "!";
                }
                java.util.regex.Matcher lost = LOST_TO_THEM.matcher(piece.strip());
                if (lost.find()) {
                    return "Congratulations on winning " + lost.group(1).replaceFirst("(?i)^our ", "the ").strip() + "!";
                }
            }
            return "Congratulations!";
        }
        // "passed my Gesellenprüfung last friday!! want to thank him": the news the thanks is for, then the thanks
        if (BARE_THANKS.matcher(wish.strip()).matches()) {
            Optional<String> told = news(pieces, said, f -> !f.contains(". ") && Text.length(f) <= 120);
            if (told.isEmpty()) {
                // "Last month she recommend me to Hanbit Pictures and I got the job!! I want say thank you": thanked for the
                // recommendation a later sentence tells
                for (String piece : pieces) {
                    String f = said.apply(piece).map(ReasonWords.Said::fact).orElse("").replaceFirst("(?i)^(?:last|this) (?:month|week|year),? ", "");
                    if (RECOMMENDED_ME.matcher(f).lookingAt() && !f.contains(". ") && Text.length(f) <= 140) {
                        Optional<String> forDeed = thanksForDeed(f);
                        if (forDeed.isPresent()) {
                            return forDeed.get();
                        }
                    }
                }
            }
            return told
                    .map(n -> n.replaceAll("[.!]+$", "") + ". Thank you!").orElse(wish);
        }
        // "I want say obrigada and tell her we got the grant": the thanks, then the news said as news
        java.util.regex.Matcher thankTell = THANK_AND_TELL.matcher(wish.strip());
        if (thankTell.matches()) {
            return "Thank you! " + dev.rapport.text.Words.capitalise(thankTell.group(1).strip()) + "!";
        }
        // "want to tell him and thank him": the news first, then the thanks
        java.util.regex.Matcher tell = TELL_AND_THANK.matcher(wish.strip());
        if (tell.lookingAt()) {
            String thanks = "Thank you" + (tell.group(1) == null ? "" : " " + tell.group(1).strip().replaceAll("[.!]+$", "")) + "!";
            return news(pieces, said, f -> true).map(n -> n + " " + thanks).orElse(wish);
        }
        java.util.regex.Matcher share = SHARE_NEWS.matcher(wish);
        if (share.find()) {
            String thanks = wish.substring(0, share.start()).strip().replaceAll("[.!]+$", "") + ".";
            return news(pieces, said, f -> true).map(n -> n + " " + thanks).orElse(thanks);
        }
        return wish;
    }

    /**
     * The news as something to be congratulated on: "her new job" is "your new job", and a bare title ("he got Sous
     * Chef at Blue Mahoe") is "your new role as Sous Chef at Blue Mahoe".
     */
    private static String newsNamed(String what) {
        // "she started as VP Ops at Larkspur Home Goods in September": the new role ("on as VP Ops …" was written)
        if (what.matches("(?i)^as\\s.+")) {
            return "your new role " + WHEN_TOLD.matcher(what).replaceFirst("");
        }
        // "new job base maint manager in Batam": "your new job as base maintenance manager in Batam"
        java.util.regex.Matcher bare = BARE_NEW.matcher(what);
        if (bare.matches()) {
            return "your new " + bare.group(1) + (bare.group(2) == null ? "" : " as " + bare.group(2).strip());
        }
        String yours = THEIRS.matcher(what).replaceAll("your");
        return TITLE_FIRST.matcher(yours).lookingAt() ? "your new role as " + yours : yours;
    }

    private static final java.util.regex.Pattern BARE_NEW = java.util.regex.Pattern.compile(
            "(?i)new (job|role|position)(?: (?:as )?(?!at\\b|in\\b|with\\b|for\\b|from\\b|starting\\b|\\p{L}+ing\\b)(.+))?");
    private static final java.util.regex.Pattern TITLE_FIRST = java.util.regex.Pattern.compile(
            "(?!(?:The|A|An|Your|My|Our|This|That)\\b)\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)* (?:at|with|in)\\b|"
            + "(?:senior |head |chief |lead )?(?:chef|manager|director|engineer|lead|head|partner|associate)\\b");

    /** The first piece that tells the sender's own news ("I just got my first product lead job"), as said, and {@code fits}. */
    private static Optional<String> news(List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said,
            java.util.function.Predicate<String> fits) {
        for (String piece : pieces) {
            Optional<String> news = said.apply(piece).map(ReasonWords.Said::fact).filter(f -> MY_NEWS.matcher(f).matches()).filter(fits);
            if (news.isPresent()) {
                return news;
            }
        }
        return Optional.empty();
    }

    // A fact that already says how the two know each other; else a meeting from a later sentence is preferred.
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:met|meet|talked|spoke|chatted|sat|worked|studied|volunteered|rowed|played|trained|were (?:both|my|in the same)|"
            + "was (?:my|your)|you (?:were|was) my|together|colleagues|classmates|thanks for|thank you for|introduced|told me to|"
            + "asked me|suggested|referred|applied|interview)\\b");
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)^(?:we (?:met|talked|spoke|chatted|sat next to each other)|(?:I )?met you)\\b");
    private static final java.util.regex.Pattern ONLY_IN_TOUCH = java.util.regex.Pattern.compile(
            "(?i)(?:^|[,.;] )I (?:would like|'d like|want) to (?:stay|keep|be|get) in (?:touch|contact)[.!]?$");
    private static final java.util.regex.Pattern WANTS_TO_ASK = java.util.regex.Pattern.compile(
            "(?i)I (?:want|wanted|would like|'d like) to ask (?:you )?(?:if|whether)\\b");
    private static final java.util.regex.Pattern WANTS_TO_ACT = java.util.regex.Pattern.compile(
            "(?i)I (?:want|wanted|would like|'d like) to (?:thank|congratulate) you\\b");

    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile(
            "(?i)^(?:and )?(?:I )?(?:told|promised) you (?:that )?I(?:'d| would| will|'ll) (.+?)[.!]?$");

    // "I promised to send you the spec sheet", "I said I'd send her the dates", "told her id send …"
    private static final java.util.regex.Pattern INNER_PROMISE = java.util.regex.Pattern.compile(
            "(?i)\\band (I (?:promised|said I(?:'d| would| will|'ll)|told you (?:that )?I(?:'d| would| will|'ll)))\\b");
    private static final java.util.regex.Pattern PROMISED_TO = java.util.regex.Pattern.compile(
            "(?i)^(?:and |afterwards,? |after that,? |so )?(?:I )?(?:promised(?: you)?(?: (?:that )?I(?:'d| would| will|'ll))?|said I(?:'d| would| will|'ll)|told you (?:that )?(?:I(?:'d| would| will|'ll)|id)) (?:to )?"
            + "((?:send|share|forward|introduce|email|mail|post|bring|pass on|put you in touch|get you|ask|check|find)\\b.+?)[.!]?$");
    // a wish that asks something ("How does your team …?", "I'd like to ask …"), and one that already sends something
    private static final java.util.regex.Pattern ASKS_ANYTHING = java.util.regex.Pattern.compile("(?i)\\?$|\\bask\\b");
    private static final java.util.regex.Pattern SENDS = java.util.regex.Pattern.compile("(?i)\\b(?:send|share|forward|promised)\\b");
    private static final java.util.regex.Pattern PROMISE_SENTENCE = java.util.regex.Pattern.compile("(?i)(?<=[.!?])\\s+I promised\\b[^.!?]*[.!?]?$");
    private static final java.util.regex.Pattern THANKS_FOR = java.util.regex.Pattern.compile("(?i)^(?:thank you|thanks) for\\b");
    private static final java.util.regex.Pattern PROMISE_TAIL = java.util.regex.Pattern.compile(
            "(?i)(?:,| and| so)\\s+(?:I )?(?:promised (?:you\\b|to \\p{L}+ you\\b|(?:that )?I(?:'d| would| will|'ll) )"
            // ("…, told him id send the checklist when we had it, got it now": the promise and the news that it can be kept)
            + "|told you (?:that )?I(?:'d| would| will|'ll) )[^.!?]*(?:\\([^)]*\\))?[^.!?]*[.!?]?(?:\\s+(?:You|I) (?:got|have) (?:it|them) now[.!]?)?$");
    private static final java.util.regex.Pattern PROMISE_FACT = java.util.regex.Pattern.compile(
            "(?i)^(?:I )?(?:promised|said I(?:'d| would| will)|told you (?:that )?I(?:'d| would| will))\\b");
    /**
     * "I want to ask if she would co-supervise my MSc on spider plant seed systems, I read her work on …": the wish is no
     * fact; told as one, the note asked its question twice, once said to come and once asked (a new user's first note).
     */
    private static ReasonWords.Said notAskedTwice(ReasonWords.Said said) {
        String fact = withoutAskToCome(said.fact(), said.wish());
        if (fact.isEmpty() || fact.equals(said.fact())) {
            return said;
        }
        String shortFact = withoutAskToCome(said.shortFact(), said.wish());
        return new ReasonWords.Said(fact, shortFact, said.wish(), said.detail(), said.also(), said.rest());
    }

    /**
     * "I just want to thank her for the panel, it changed how I think about cooperative contracts": what the thing thanked for
     * did is said with the thanks ("Thank you for the panel; it changed how I think about …"), not left out (a new user's note
     * thanked for the panel and said no more).
     */
    private static ReasonWords.Said withWhatItDid(ReasonWords.Said said, String reason) {
        java.util.regex.Matcher m = THANKS_THEN_IT.matcher(reason);
        if (!m.find()) {
            return said;
        }
        String thanked = "Thank you for " + m.group(1).strip();
        String wish = said.wish().strip();
        if (!wish.toLowerCase(java.util.Locale.ROOT).startsWith(thanked.toLowerCase(java.util.Locale.ROOT))
                || !wish.substring(thanked.length()).matches("[.!]?")) {
            return said;
        }
        String did = m.group(2).strip().replaceAll("[,\\s]+$", "");
        return new ReasonWords.Said(said.fact(), said.shortFact(), wish.substring(0, thanked.length()) + "; it " + did + ".",
                said.detail(), said.also(), said.rest());
    }

    private static final java.util.regex.Pattern THANKS_THEN_IT = java.util.regex.Pattern.compile(
            "(?i)\\bthank (?:her|him|them|you) for ([^,.;!?]{3,60}),\\s*(?:it|that|this) ((?:really |truly |honestly )?"
            + "(?:changed|helped|made|saved|gave|showed|taught|inspired|opened|got)\\b[^.;!?]{3,100})");

    /**
     * "Congratulations on share farmer of the year, want to say congrats!": the wish to congratulate, after the
     * congratulations, says them twice (a new user's note).
     */
    private static ReasonWords.Said congratulatedOnce(ReasonWords.Said said) {
        String wish = said.wish();
        if (!wish.startsWith("Congratulations")) {
            return said;
        }
        String once = WISH_TO_CONGRATULATE.matcher(wish).replaceAll("$1");
        return once.equals(wish) ? said : new ReasonWords.Said(said.fact(), said.shortFact(), once, said.detail(), said.also(), said.rest());
    }

    private static final java.util.regex.Pattern WISH_TO_CONGRATULATE = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:and\\s+)?(?:I\\s+)?(?:just\\s+)?(?:want|wanted|would like|'d like|’d like) to (?:say )?(?:congrats|congratulations|congratulate (?:you|him|her|them))(?: to (?:you|him|her|them))?([.!]?)");

    /** The fact's sentences that say a question will come which the wish asks ("I want to ask if you would …"), left out. */
    private static String withoutAskToCome(String fact, String wish) {
        if (fact.isBlank() || !wish.strip().endsWith("?")) {
            return fact;
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : Language.english().sentenceTexts(fact)) {
            if (!ASK_TO_COME.matcher(sentence.strip()).lookingAt()) {
                kept.add(sentence.strip());
            }
        }
        return String.join(" ", kept);
    }

    private static final java.util.regex.Pattern ASK_TO_COME = java.util.regex.Pattern.compile(
            "(?i)^I(?:'d|’d| would)? ?(?:like|love|want|wanted) to ask (?:you )?(?:if|whether|how|what|why|when|where|which|who)\\b");
    private static final java.util.regex.Pattern WISH_OPENER = java.util.regex.Pattern.compile(
            "(?i)^(?:and |so |but )?(?:I(?:'d| would) (?:like|love)|I want to|would (?:like|love) to|I(?:'m| am) hoping to|I hope to)\\b(?! (?:to )?(?:thank|congratulate|say thank))");
    private static final java.util.regex.Pattern WISH_INSIDE = java.util.regex.Pattern.compile(
            "(?i)(?:^I|\\band|,|\\. I) (?:would (?:like|love)|'d (?:like|love)|I(?:'d| would) (?:like|love)|want to|I want to|hope to|I hope to)\\b(?! to (?:connect|stay in touch|keep in touch|reconnect)[.!]?$)");
    // the recipient's offer, already said to them: "you would share the charging log", "you offered to send me the deck"
    private static final java.util.regex.Pattern THEIR_OFFER = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:would|'d|will|'ll|could|offered to|promised to|said you(?:'d| would| could))\\s+"
            + "(share|send|forward|show|pass on|lend)\\s+(?:me\\s+|us\\s+)?((?:the|your|a|an|some)\\s+)?([^,.;!?]{3,60})");
    private static final java.util.regex.Pattern CAN_HELP = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\band |\\bbut |\\balso |[—–-] )I (?:can|could) (?:maybe |probably |definitely )?help (?:you |her |him )?with ([^,;.]+)");
    private static final java.util.regex.Pattern THIRD_TO_YOU = java.util.regex.Pattern.compile("(?i)\\b(?:she|he|her|his)\\b");
    // the offer is about the recipient's own need ("the rewrite you posted about"), not the sender's product
    private static final java.util.regex.Pattern YOUR_THING = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:posted|wrote|asked|mentioned|said|were asking|are asking|tweeted|blogged)\\b");
    private static final java.util.regex.Pattern THANK_NAME = java.util.regex.Pattern.compile(
            "(?i)^I (?:would like|'d like|want) to (?:say )?thank (?-i:\\p{Lu}[\\p{L}'’-]+)(?: (?-i:\\p{Lu}[\\p{L}'’-]+))?[.,!]?(.*)$");
    // (not THING_ASKED_FOR: this reads the fact as said to "you" and keeps all it names up to a stop, "deck and retention numbers")
    private static final java.util.regex.Pattern ASKED_FOR = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:\\w+ ){0,10}?asked (?:me |us )?for ([^.,;!?()]+)");
    private static final java.util.regex.Pattern ASKED_TO_SEND = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:\\w+ ){0,6}?(?:asked|told) (?:me|us) to (send|share|forward|email) (?:you )?((?:the|your|some|a|an|my|our) [^.,;!?()]+)");
    private static final java.util.regex.Pattern DETERMINED = java.util.regex.Pattern.compile(
            "(?i)^(?:the|a|an|our|my|some|any|this|that|these|those|\\d+)\\b");
    // "promised him the sales numbers" (the "I" left out: "him" is the recipient, so the promise is the sender's)
    private static final java.util.regex.Pattern PROMISED_THING = java.util.regex.Pattern.compile(
            "(?i)^(?:and )?(?:I )?promised you ((?:the|my|our|a|an|some) (?:[\\w'-]+ ){0,3}"
            + "(?:numbers|figures|data|deck|slides|report|file|files|link|paper|version|leaflet|spreadsheet|photos|notes"
            + "|recipe|code|details|list|article|sheet|template|guide|checklist|results|dataset|recording|contacts?|plan|draft|brochure|catalogue|samples?|specs?|cards?|video|pictures|script|agenda|minutes|summary|timeline|copy|book)"
            // (what follows a comma is the user's aside: "…, its finally translated")
            + "(?: (?:of|for|on|about|from) [^.!?(),;]+?)?)(?:\\s*\\([^)]*\\))?(?:,[^.!?]*)?[.!]?$");
    private static final java.util.regex.Pattern BARE_PROMISE = java.util.regex.Pattern.compile("(?i)^(told|promised) (?:her|him|them)\\b");
    // "I would like to connect so I can send it": the wish that only points back at the promise
    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile("(?i)(?:our|my) \\p{L}");
    private static final java.util.regex.Pattern CHANNEL_ASIDE = java.util.regex.Pattern.compile(
            "(?i)\\s*\\((?=[^()]*\\b(?:connected|email|e-mail|linkedin|dm|dms|inbox|whatsapp)\\b)[^()]*\\)");
    private static final java.util.regex.Pattern KEEP_MY_PROMISE = java.util.regex.Pattern.compile(
            "(?i)^I(?: would like|'d like|’d like| want) to keep my promise(?: and [^.!?]+)?[.!]?$");
    /** The thing the sender made ready to send: "I pulled the measured data from our Majorna blocks project". */
    private static final java.util.regex.Pattern MADE_READY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:I|we)(?: have| 've|'ve|’ve)? (?:just |finally |now |since )?(?:pulled|made|wrote|written|prepared|finished|put together"
            + "|compiled|drafted|collected|gathered|built|recorded|translated|updated|scanned|edited|exported) "
            + "((?:the|my|our|a|an|some) [^.,;!?()]+?)(?=\\s+(?:and|so|which|that|to|for you|for her|for him)\\b|[.,;!?()]|$)");
    private static final java.util.regex.Pattern VAGUE_SEND = java.util.regex.Pattern.compile(
            "(?i)^(?:I(?: would like|'d like|’d like| want)|want) to (?:connect |be connected )?(?:so (?:that )?I can |and |to )?send(?: (?:it|them|this|that|these)(?: to you| over)?)?"
            // (what follows a comma is the user's aside: "…, she dont use whatsapp much")
            + "(?:,[^.!?]*)?[.!]?$");
    private static final java.util.regex.Pattern THING_THEY_USE = java.util.regex.Pattern.compile(
            "(?i)^((?:Would|Could|Can) you (?:share|send|show me) (?:the|their) [\\w -]{1,40}?) they (use|run|follow|built|made|wrote|developed|designed)\\b");
    private static final java.util.regex.Pattern TO_YOU_ABOUT_THEY = java.util.regex.Pattern.compile(
            "(?i)\\b((?:write|talk|speak|reach out|get in touch|contact) (?:to |with )?you about (?:how|what|why|when|where)) they\\b(?!['’])");
    private static final java.util.regex.Pattern AND_THEY = java.util.regex.Pattern.compile(
            "(?i)(\\bask(?: you)? (?:how|what|whether|if|when|where|why) you\\b[^.?!]*?,? and (?:how(?: often| long| much)?|what|whether|if|when|where|why)) they\\b(?!['’])");
    private static final java.util.regex.Pattern ASK_THEY = java.util.regex.Pattern.compile(
            "(?i)\\b(ask(?: you)?(?: (?:a few|\\d+(?:-\\d+)?|two or three|some) questions? (?:on|about))? (?:how(?: often| long| soon| much)?|why|what|whether|if|when|where)) they\\b(?!['’])");
    private static final java.util.regex.Pattern SEND_IT_AND = java.util.regex.Pattern.compile(
            "(?i)^(?:I(?:'d| would) like|I want|want) to send (?:it|them|this|that)(?: to you| over)? and (.+?)$");
    // "… when we had them": the promise as it was made; the user has it now
    private static final java.util.regex.Pattern WHEN_READY = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:(?:when|once|as soon as) (?:we|I) (?:had|have|got|get) (?:them|it|those|the \\w+)"
            // "… once it got signed off and its signed off now": the condition has come true
            + "|(?:when|once|as soon as|after) (?:it|they|the \\w+) (?:got|gets|was|is|were|are|had been|has been) (?:signed off|approved|final|finali[sz]ed|ready|done|finished|complete|completed|out|published|live|released))\\b.*$");

    /**
     * "he taste our fino de aroma lot from Saravena and [asked for] the 2 kg sample, I send …": what the recipient did in the
     * sentence of the promise, before it, said to them ("you tasted our fino de aroma lot from Saravena."; the pieces are
     * already told in the past, Copyedit.toldInThePast); blank when none.
     */
    private static final java.util.regex.Pattern PROMISE_AFTER_THEIR_ACT = java.util.regex.Pattern.compile(
            "(?i)(?:,| and) I (?:promised|said I(?:'d| would| will|'ll)|told you (?:that )?I(?:'d| would| will|'ll))\\b");

    private static String theirActBeforeThePromise(List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        for (String piece : pieces) {
            java.util.regex.Matcher inner = PROMISE_AFTER_THEIR_ACT.matcher(piece);
            if (!inner.find() || inner.start() < 10) {
                continue;
            }
            // (what they asked for is the promise's own thing: "… and asked 2 kg sample" goes with it)
            String before = piece.substring(0, inner.start()).strip().replaceAll("[,;]$", "").replaceFirst("(?i),? and ask(?:ed|s)?\\b.*$", "");
            String f = said.apply(before).map(ReasonWords.Said::fact).orElse("");
            // ("she showed me how they do leading edge repair": her team's way, shown to the sender by her)
            f = f.replaceFirst("(?i)^(you (?:showed|explained to|told) me how) they\\b", "$1 you");
            // (only their act, told whole: "you tasted …", not "we talked …", which the detail reader says)
            if (f.matches("(?i)^you (?:\\p{L}+ed|saw|took|tried|came|bought|gave|met|ate|drank)\\b[^.!?]{8,80}[.!]?$")) {
                return f.endsWith(".") || f.endsWith("!") ? f : f + ".";
            }
            return "";
        }
        return "";
    }

    /** The sender's promise to the recipient ("told her I'd send the dates"), kept in the note: "As promised, I'll send you the dates." */
    private static String promise(List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        for (String piece : pieces) {
            if (!MAY_PROMISE.matcher(piece).find()) {
                continue;
            }
            if (someoneElsePromised(piece, pieces)) {
                continue;
            }
            Optional<String> fact = said.apply(piece).map(ReasonWords.Said::fact).filter(f -> !f.isBlank());
            // "told her id send the dates": too terse for the reader of facts, but a promise all the same
            java.util.regex.Matcher bare = BARE_PROMISE.matcher(piece.strip());
            if (fact.isEmpty() && bare.lookingAt()) {
                fact = Optional.of("I " + bare.group(1) + " you" + piece.strip().substring(bare.end()));
            }
            if (fact.isEmpty()) {
                continue;
            }
            // "you talked about your query costs and I promised to send you the link …": the promise's own clause
            java.util.regex.Matcher inner = INNER_PROMISE.matcher(fact.get());
            if (inner.find()) {
                fact = Optional.of(fact.get().substring(inner.start(1)));
            }
            java.util.regex.Matcher m = PROMISED.matcher(fact.get().strip());
            if (m.matches()) {
                return keptAsPromised(m.group(1).strip(), keptNow(m.group(1).strip()), pieces);
            }
            java.util.regex.Matcher thing = PROMISED_THING.matcher(fact.get().strip());
            if (thing.matches()) {
                return keptAsPromised("", "send you " + thing.group(1).strip(), pieces);
            }
            java.util.regex.Matcher to = PROMISED_TO.matcher(fact.get().strip());
            if (to.matches()) {
                // the promise's own clause, without what follows a comma ("…, didn't get your email") or when it was to be kept
                String first = to.group(1).split("(?<=[.!?])\\s+", 2)[0].replaceAll("[.!?]+$", "");
                // a long bracketed list ("(oxalic + formic, sugar-roll counts every 2 weeks, 22 hives)") is for the user, not the promise
                first = first.replaceAll("\\s*\\([^)]{26,}\\)", "");
                return keptAsPromised(first, keptNow(clauses(first).get(0)), pieces);
            }
        }
        return "";
    }

    /**
     * "I would be most grateful if the invitation could convey, in an appropriately respectful manner, that my supervisor
     * … . I should not wish to appear presumptuous. Thank you in advance.": what is asked of the tool is not said to the
     * recipient; what the note is to convey is.
     */
    static String toTheNoteOnly(String reason) {
        java.util.regex.Matcher pre = TO_THE_TOOL.matcher(reason);
        String out = reason;
        if (pre.lookingAt()) {
            out = out.substring(pre.end());
            out = THANKS_TO_THE_TOOL.matcher(out).replaceAll("");
        }
        out = HOW_IT_SOUNDS.matcher(out).replaceAll("");
        // "want to follow up but NOT pitch anything", "… without pitching": what the note must not do, told to the tool
        return NOT_TO_SELL.matcher(out).replaceAll("").strip();
    }

    private static final java.util.regex.Pattern NOT_TO_SELL = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:(?:but|and)\\s+(?:not|never|no)\\s+(?:to\\s+)?|without\\s+)(?:pitch|pitching|sell|selling|push|pushing|mention(?:ing)?\\s+(?:the\\s+|our\\s+|my\\s+)?(?:product|tool|software|sale|offer))\\b[^.,;!?]*");

    private static final java.util.regex.Pattern OTHER_SCRIPT_ASIDE = java.util.regex.Pattern.compile(
            ",\\s*[\\p{L}&&[^\\p{IsLatin}]]+(?:\\s+[\\p{L}&&[^\\p{IsLatin}]]+)?(?=\\s*[,.;!?]|\\s*$)");
    private static final java.util.regex.Pattern OTHER_SCRIPT_GLOSS = java.util.regex.Pattern.compile(
            "\\s*\\((?=[^)]*[\\p{L}&&[^\\p{IsLatin}]])[^)\\p{IsLatin}]*\\)");
    private static final java.util.regex.Pattern TO_THE_TOOL = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:I would be (?:most |very )?grateful|I'd be (?:most |very )?grateful|please|could you|can you)\\b[^.!?]{0,40}?"
            + "\\b(?:invitation|note|message|request)\\b[^.!?]{0,20}?\\b(?:could |would |to |should )?(?:convey|say|mention|tell|explain|state)"
            + "(?:,[^,]{0,60},)?\\s+(?:that\\s+)?");
    private static final java.util.regex.Pattern THANKS_TO_THE_TOOL = java.util.regex.Pattern.compile(
            "(?i)\\s*\\b(?:thank you|thanks)(?: (?:in advance|so much|very much))?[.!]*\\s*$");
    // "I should not wish to appear presumptuous.", "don't want to sound desperate": how the note should sound, for the tool
    private static final java.util.regex.Pattern HOW_IT_SOUNDS = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)\\s*(?:but )?I (?:should not|shouldn't|would not|wouldn't|do not|don't|dont) (?:wish|want|like) to "
            + "(?:appear|sound|seem|come across)\\b[^.!?,]*(?:,\\s*but\\s+|[.!?]+\\s*|$)");

    /** "met Vikram ji at …", "Vikram-bhai asked me": the reason without the respect particle after the recipient's name. */
    static String withoutNameParticles(String reason, Profile them) {
        // (this runs for every reason read: the name's own pattern is built only when a particle is there to drop)
        if (them == null || them.name() == null || them.name().isBlank() || !ANY_NAME_PARTICLE.matcher(reason).find()) {
            return reason;
        }
        String parts = java.util.Arrays.stream(them.name().split("\\s+")).filter(w -> w.length() > 1)
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        // a word of their own name is no particle: "Jackie Chan" keeps "Chan", "Kim Nim" keeps "Nim"
        String own = java.util.Arrays.stream(them.name().split("\\s+")).map(w -> w.replaceAll("[^\\p{L}]", ""))
                .filter(w -> !w.isEmpty()).map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return parts.isEmpty() ? reason : java.util.regex.Pattern.compile("(?i)\\b(" + parts + ")[- ](?!(?:" + own + ")\\b)" + NAME_PARTICLES + "\\b")
                .matcher(reason).replaceAll("$1");
    }

    private static final String NAME_PARTICLES = "(?:" + dev.rapport.text.Honorifics.particles() + ")";
    private static final java.util.regex.Pattern ANY_NAME_PARTICLE = java.util.regex.Pattern.compile("(?i)[- ]" + NAME_PARTICLES + "\\b");

    /**
     * "you were my team leader at Kyushu Wafer from 2014 …" tells the recipient their own past; said from the sender's
     * side it reminds them who writes: "I was on your team at Kyushu Wafer from 2014 …" (reviewers: "tells him his own
     * career history instead of reminding him who she is"). Only for someone above the sender: "you were my commis" stays.
     */
    static String fromMySide(String fact) {
        String peers = asPeers(fact);
        if (!peers.equals(fact)) {
            return peers;
        }
        java.util.regex.Matcher below = YOU_REPORTED.matcher(fact);
        if (below.lookingAt()) {
            // "you reported to me at Alabama for about 4 years" tells him his own past (a panel-10 reviewer); said from
            // the sender's side, as for someone above: "I was your manager at Alabama …"
            String mine = "I was your manager";
            return mine + fact.substring(below.end());
        }
        java.util.regex.Matcher m = YOU_WERE_ABOVE.matcher(fact);
        if (!m.lookingAt()) {
            return fact;
        }
        String role = Text.lower(m.group(2));
        boolean us = Text.lower(m.group(1)).equals("our");
        String rest = fact.substring(m.end());
        String mine = switch (role) {
            case "team leader", "team lead" -> us ? "we were on your team" : "I was on your team";
            case "senior" -> us ? "we worked under you" : "I worked under you";
            case "mentor" -> us ? "you mentored us" : "you mentored me";
            default -> us ? "we worked for you" : "I worked for you";
        };
        boolean capital = Character.isUpperCase(fact.charAt(0)) && !mine.startsWith("I ");
        return (capital ? dev.rapport.text.Words.capitalise(mine) : mine) + rest;
    }

    /** The fact as the sender tells it to the recipient: their own past, feelings and ties not told back to them. */
    private static String toldFromMySide(String fact) {
        return gladTheyEnjoyed(withoutTheirTieToReferrer(closed(fromMySide(withoutTheirOwnMove(fact)))));
    }

    /**
     * "she loved the spruce tip saison", said to her, tells her what she felt ("You loved the spruce tip saison.": a
     * reviewer, "presumptuous"); the sender's side of it is being glad: "Glad you enjoyed the spruce tip saison."
     */
    static String gladTheyEnjoyed(String fact) {
        return YOU_LOVED.matcher(fact).replaceAll("$1Glad you enjoyed ");
    }

    private static final java.util.regex.Pattern YOU_LOVED = java.util.regex.Pattern.compile(
            "(^|[.!]\\s+)You (?:really )?(?:loved|liked|enjoyed) (?=(?:the|our|my)\\s)");

    /**
     * "Prof. Wijaya told me to contact you, she was his master student at UI": how the referrer knows the recipient is
     * something she knows better than the sender; told back as "You were his master student at UI before." it reads
     * as telling her about her own past (panel-12 reviewers, pairs 15 and 24). The referral itself stays.
     */
    static String withoutTheirTieToReferrer(String fact) {
        List<String> parts = Language.english().sentenceTexts(fact);
        if (parts.size() < 2 || !REFERRED.matcher(parts.get(0)).find()) {
            return fact;
        }
        List<String> kept = parts.stream().filter(p -> !THEIR_TIE.matcher(p.strip()).lookingAt()).toList();
        return kept.size() == parts.size() ? fact : String.join(" ", kept);
    }

    private static final java.util.regex.Pattern REFERRED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:told me to|suggested (?:that )?I|asked me to|said I should|recommended (?:that )?I|introduced me)\\b");
    private static final java.util.regex.Pattern THEIR_TIE = java.util.regex.Pattern.compile(
            "(?i)you (?:were|are) (?:his|her|their|both|(?:old |former )?(?:coauthors|co-authors|colleagues|classmates|friends))\\b");

    /**
     * Between equals the relation belongs to both: "you were my classmate at YST" reads as telling him a fact about
     * himself (a reviewer: "'we were classmates' is natural"), so "we were classmates at YST". Not "you were in my
     * class": from a teacher that is a student taught, not a peer.
     */
    private static String asPeers(String fact) {
        java.util.regex.Matcher mate = YOU_WERE_MY_PEER.matcher(fact);
        if (!mate.lookingAt()) {
            return fact;
        }
        String said = "we were " + Text.lower(mate.group(1)) + "s" + fact.substring(mate.end());
        return Character.isUpperCase(fact.charAt(0)) ? dev.rapport.text.Words.capitalise(said) : said;
    }

    // what may follow a relation said in full: where, when, or nothing ("my boss at …", "my classmate in 2012", "my lead.");
    // not "for" ("my supervisor for my thesis" is no boss)
    private static final String THEN_WHERE_OR_WHEN = "(?=\\s+(?:at|in|on|during|from|until|when|back|throughout)\\b|\\s*[,.;!]|\\s*$|\\s+\\d)";
    private static final java.util.regex.Pattern YOU_REPORTED = java.util.regex.Pattern.compile(
            "(?i)you (?:reported to|worked for|worked under) me" + THEN_WHERE_OR_WHEN);
    private static final java.util.regex.Pattern YOU_WERE_MY_PEER = java.util.regex.Pattern.compile(
            "(?i)you were (?:my|our) (classmate|batchmate|coursemate|schoolmate|teammate|colleague|coworker|co-worker|roommate|"
            + "flatmate|bandmate|labmate|cohort-mate|cohortmate|crewmate|shipmate)" + THEN_WHERE_OR_WHEN);

    private static final java.util.regex.Pattern YOU_WERE_ABOVE = java.util.regex.Pattern.compile(
            "(?i)you were (my|our) (boss|manager|line manager|team leader|team lead|supervisor|senior|mentor)"
            // (the role alone, not "senior associate"; then where, when or nothing)
            + THEN_WHERE_OR_WHEN);

    /**
     * "she showed me the new clip and promised to send the test report": a promise with its subject left out is made by
     * whoever the sentence last named before it, here the recipient, not the sender.
     */
    private static boolean someoneElsePromised(String piece, List<String> pieces) {
        String p = piece.strip();
        java.util.regex.Matcher bare = BARE_PROMISER.matcher(p);
        // ("promised her the CAPA plan": promised to the recipient, so by the sender)
        if (!bare.lookingAt() || PROMISED_THEM.matcher(p.substring(bare.end(1))).lookingAt()) {
            return false;
        }
        String sentence = pieces.stream().filter(x -> x.contains(p) && !x.strip().equals(p)).findFirst().orElse(p);
        String before = sentence.substring(0, Math.max(0, sentence.indexOf(p) + bare.start(1)));
        if (bare.start(1) == 0 && before.equals(sentence.substring(0, Math.max(0, sentence.indexOf(p))))) {
            // the piece opens with "promised": what came before it in the sentence says who
            before = sentence.substring(0, Math.max(0, sentence.indexOf(p)));
        }
        List<dev.rapport.language.Token> tokens = Language.english().tokens(before);
        return ReasonWords.someoneElseBefore(tokens, tokens.size());
    }

    // a promise whose subject is not in its own clause: "promised to send …", "… and promised to send …"
    private static final java.util.regex.Pattern BARE_PROMISER = java.util.regex.Pattern.compile(
            "(?i)^(?:.*?\\band )?(promised|offered|said (?:she|he|they)(?:'d| would))\\b");
    private static final java.util.regex.Pattern PROMISED_THEM = java.util.regex.Pattern.compile("(?i)\\s+(?:her|him|them|you)\\b");

    /** The promised deed as it is done now: without when it was to be done, and sent to "you". */
    // "the link to our benchmark repo github.com/isarwerk/lakebench": the address itself goes after they accept (the link rule)
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:https?://|www\\.)\\S+|\\s+[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|co|ai|app|dev|ly|me)(?:/[^\\s,;]*)?(?=[\\s,;.]|$)");

    private static final java.util.regex.Pattern TWO_OBJECTS = java.util.regex.Pattern.compile("(?i)\\byou\\s+(?:her|him|them)\\s+(?=\\p{L})");
    private static final java.util.regex.Pattern MY_UPDATE = java.util.regex.Pattern.compile(
            "(?i),?\\s+and (?:I|we) (?:finally |now |just )?(?:have|got|finished|found|made|did|sorted)\\b.*$");

    /**
     * The promise said as kept now: "As promised, I'll send you the photos." When the reason says the condition it
     * waited on has come true ("… photos when the series is finished. It's finished!! 40 stools"), that news comes
     * first ("The series is finished (40 stools), so as promised, I'll send you photos."), never the promise again in
     * the future; a thing the reason names in brackets is given ("As promised, here is the contact of our malteur for
     * the malted oats: Malterie des Patriotes."); and a user who says they are late says sorry for the delay.
     */
    private static String keptAsPromised(String promised, String what, List<String> pieces) {
        // "told her id send her our isotope data": the one it goes to is said once ("send you her our isotope data" was written)
        what = TWO_OBJECTS.matcher(what).replaceFirst("you ");
        String kept = "As promised, I'll " + what + ".";
        // "I promised to check compatibility … I now have the compatibility sheet and both tractors are supported": the check
        // is done, and its answer is the point (a reviewer: "says he'll still check, but he has already checked")
        java.util.regex.Matcher check = TO_CHECK.matcher(what);
        if (check.matches()) {
            for (String piece : pieces) {
                java.util.regex.Matcher found = CHECKED_NOW.matcher(piece.strip());
                if (found.matches()) {
                    return "As promised, I checked " + check.group(1).strip() + ": " + found.group(1).strip().replaceAll("[.!]+$", "") + ".";
                }
            }
        }
        // "… when the hospital allow me to share it. Now it is approved": the condition came true, so it goes from the promise
        java.util.regex.Matcher condition = ONCE_ALLOWED.matcher(what);
        if (condition.find()) {
            for (String piece : pieces) {
                java.util.regex.Matcher now = APPROVED_NOW.matcher(piece.strip());
                if (now.lookingAt()) {
                    String promise = what.substring(0, condition.start()).strip();
                    String state = Text.lower(now.group(1));
                    // ("Our rewarming pathway … is now approved, so as promised, I'll send it to you.": the thing named before "it")
                    java.util.regex.Matcher sent = SEND_YOU.matcher(promise);
                    return sent.matches() ? dev.rapport.text.Words.capitalise(sent.group(2).strip()) + " is now " + state
                            + ", so as promised, I'll " + sent.group(1) + " it to you."
                            : "It is now " + state + ", so as promised, I'll " + promise + ".";
                }
            }
        }
        java.util.regex.Matcher given = GIVEN_IN_BRACKETS.matcher(what);
        if (given.matches()) {
            kept = "As promised, here is " + given.group(1) + ": " + given.group(2).strip() + ".";
        }
        java.util.regex.Matcher waited = WAITED_ON.matcher(promised);
        if (waited.find()) {
            String news = cameTrue(waited.group(1), waited.group(2), pieces);
            if (!news.isEmpty()) {
                kept = news + ", so as promised, I'll " + what + ".";
            }
        }
        return pieces.stream().anyMatch(p -> LATE.matcher(p).find()) ? "Sorry for the delay. " + kept : kept;
    }

    private static final java.util.regex.Pattern TO_CHECK = java.util.regex.Pattern.compile(
            "(?i)^(?:check|double-check|find out|confirm|verify|look into) ((?!if\\b|whether\\b)[^,]{3,60}?)(?: and (?:get back to you|let you know|come back to you)(?: on it)?)?$");
    private static final java.util.regex.Pattern CHECKED_NOW = java.util.regex.Pattern.compile(
            "(?i)^(?:and |so )?I (?:now |finally )?(?:have|got|'ve got|received) (?:the |a )?[^,.;]{3,60}? and (.{8,120})$");
    private static final java.util.regex.Pattern ONCE_ALLOWED = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:when|once|as soon as|after|if) [^,;]{3,80}\\b(?:allow|allows|let|lets|approve|approves|approved|clear|clears|sign off|signs off|ok|okay)s?\\b[^,;]*$");
    private static final java.util.regex.Pattern SEND_YOU = java.util.regex.Pattern.compile("(?i)^(send|share|forward) you ((?:our|my|the) .{3,80})$");
    private static final java.util.regex.Pattern APPROVED_NOW = java.util.regex.Pattern.compile(
            "(?i)^(?:and |but |so )?(?:now |finally )?(?:it|that|they|this)(?:'s|’s| is| are| has been| have been| got| was)? (?:now |finally |just |all )?"
            + "(approved|cleared|signed off|allowed)\\b");

    /** "The series is finished (40 stools)" when a piece after the promise says "It's finished!!" (and "40 stools"); "" when none does. */
    private static String cameTrue(String what, String state, List<String> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            java.util.regex.Matcher now = NOW_TRUE.matcher(pieces.get(i).strip());
            if (now.matches() && Text.lower(now.group(1)).equals(Text.lower(state))) {
                String how = i + 1 < pieces.size() && COUNT_ONLY.matcher(pieces.get(i + 1).strip()).matches()
                        ? " (" + pieces.get(i + 1).strip().replaceAll("[.!]+$", "") + ")" : "";
                String subject = what.matches("(?i)it|they") ? what : "the " + what.replaceFirst("(?i)^the ", "");
                return dev.rapport.text.Words.capitalise(subject) + (what.equalsIgnoreCase("they") ? " are " : " is ") + state + how;
            }
        }
        return "";
    }

    // "when the series is finished": what the promise waited on
    private static final java.util.regex.Pattern WAITED_ON = java.util.regex.Pattern.compile(
            "(?i)\\b(?:when|once|as soon as) ((?:the )?[\\p{L}-]+|it|they) (?:is|are|gets|get|was|were) (finished|done|ready|complete|completed|out|published|live|released)\\b");
    // "It's finished!!", "the series is done now": the condition come true, said as news
    private static final java.util.regex.Pattern NOW_TRUE = java.util.regex.Pattern.compile(
            "(?i)^(?:and |now )?(?:it|they|the [\\p{L}-]+)(?:'s|’s| is|'re| are| has been| have been) (?:now |finally |all )?"
            + "(finished|done|ready|complete|completed|out|published|live|released)(?: now)?[.!]*$");
    private static final java.util.regex.Pattern COUNT_ONLY = java.util.regex.Pattern.compile("\\d+ \\p{L}+[.!]*");
    // "send you the contact of our malteur for the malted oats (Malterie des Patriotes)": the thing itself is in the reason
    private static final java.util.regex.Pattern GIVEN_IN_BRACKETS = java.util.regex.Pattern.compile(
            "(?i)(?:send|share|forward|pass on|give) you ((?:the|our|my) [^()]{3,80}?)\\s*\\(((?-i:\\p{Lu})[^()]{2,60})\\)");
    private static final java.util.regex.Pattern LATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:I(?:'m|’m| am) (?:so |very |a bit |really )?late\\b|sorry (?:for|about) the (?:delay|wait)\\b|(?:it )?took me (?:so |too )?long\\b)");

    private static String keptNow(String promised) {
        String what = ADDRESS.matcher(WHEN_READY.matcher(promised).replaceFirst("")).replaceAll("").strip();
        // "… our English template pack and I finally have the final version": the user's own update is why now, not the promise
        what = MY_UPDATE.matcher(what).replaceFirst("");
        if (what.matches("(?i)^send (?!you\\b|it\\b|them\\b|this\\b|that\\b|over\\b).+")) {
            what = "send you " + what.substring("send ".length());
        }
        return what.replace(" + ", " and ");
    }

    /** A piece that congratulates ("congrats to Tunde on the new job!!"), said to the recipient: "Congratulations on the new job!" */
    private static Optional<String> congratulations(List<String> pieces) {
        for (String piece : pieces) {
            java.util.regex.Matcher m = CONGRATS.matcher(piece.strip());
            if (m.lookingAt()) {
                // (copy-edited: "cfo role" is "CFO role")
                String on = THEIRS.matcher(dev.rapport.language.Copyedit.english().tidy(m.group(1).strip(), dev.rapport.language.Gazetteer.empty())).replaceAll("your");
                // "congrats on new role": "on your new role"; "congrats on associate": "on making associate"
                java.util.regex.Matcher bareNew = BARE_NEW.matcher(on);
                on = bareNew.matches() && bareNew.group(2) != null ? newsNamed(on)
                        : BARE_NEWS.matcher(on).lookingAt() ? "your " + on : RANK.matcher(on).matches() ? "making " + on
                        // "congrats omar on cfo role": "on the CFO role"
                        : ROLE_NOUN.matcher(on).matches() ? "the " + on : on;
                return Optional.of("Congratulations on " + on + "!");
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NEW_ROLE = java.util.regex.Pattern.compile(
            "(?i)^(Congratulations on (?:your|the) new (?:role|job|position))!$");

    /** "Congratulations on your new role!" names where, from the recipient's current position: "… at Imena Health!". */
    private static String atTheirEmployer(String congratulations, Profile them) {
        java.util.regex.Matcher m = NEW_ROLE.matcher(congratulations);
        if (!m.matches() || them == null) {
            return congratulations;
        }
        return them.currentPosition().map(dev.rapport.profile.Position::company).filter(c -> !c.isBlank() && c.length() <= 40)
                .map(c -> m.group(1) + " at " + c + "!").orElse(congratulations);
    }

    private static final java.util.regex.Pattern LET_YOU_KNOW_THEN = java.util.regex.Pattern.compile(
            "^I wanted to let you know (?:that )?([^?.!]+)[.!]\\s+(\\S.*)$");
    private static final java.util.regex.Pattern COURTESY_THEN = java.util.regex.Pattern.compile(
            "^((?:Congratulations|Thank you|Thanks)\\b[^?.!]*[.!])\\s+(\\S.*)$");

    /** "Thank you. You were the senior on my first audit …" after that very fact: the thanks alone. */
    private static String withoutRetold(String wish, String fact) {
        java.util.regex.Matcher news = LET_YOU_KNOW_THEN.matcher(wish.strip());
        if (news.matches() && !fact.isBlank() && mostlyCarried(Text.lower(news.group(1)), Text.lower(fact))) {
            // "I applied for … last Thursday. … I wanted to let you know I applied. Would you be willing to …?": the news is told once
            return news.group(2);
        }
        java.util.regex.Matcher m = COURTESY_THEN.matcher(wish.strip());
        return m.matches() && !fact.isBlank() && mostlyCarried(Text.lower(m.group(2)), Text.lower(fact)) ? m.group(1) : wish;
    }

    private static final java.util.regex.Pattern BARE_COURTESY = java.util.regex.Pattern.compile(
            "(?i)^(?:Congratulations|Thank you|Thanks)\\b[^?.!]*[.!]$");
    private static final java.util.regex.Pattern CURIOUS_ABOUT = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:and|but|so|btw)\\s+)?(?:i(?:'m|’m| am)\\s+)?(?:also\\s+)?(?:really\\s+|very\\s+)?(?:curious|interested)\\s+(?:about|in)\\s+"
                    + "((?:the|your|his|her|their)\\s+[^.!?,;]{3,80}?)[.!]*$");
    private static final java.util.regex.Pattern UNSURE_ASIDE = java.util.regex.Pattern.compile("\\s*\\([^()]{1,30}\\?\\),?");
    private static final java.util.regex.Pattern INVITED = java.util.regex.Pattern.compile(
            "(?i)^(?:and |also |plus )?(?:I )?(?:also )?(?:would|'d|want|wanted|would also|'d also) (?:really )?(?:like|love)? ?(?:to )?invite (?:her|him|them|you) to \\p{L}+");
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "\\?$|^(?:I would like to ask|May I ask)\\b");

    /**
     * "want congrats him on new job in Arizona. I might transfer to our US site next year so I want ask how is life
     * in Phoenix": a congratulations or a thanks alone leaves out the question the user typed after it; it is kept
     * beside the wish, to be said when there is room.
     */
    private static String alsoAsked(String wish, List<String> pieces, List<String> first,
            java.util.function.Function<String, Optional<ReasonWords.Said>> said, java.util.function.UnaryOperator<String> wishOf) {
        if (!BARE_COURTESY.matcher(wish.strip()).matches()) {
            return "";
        }
        for (String piece : pieces) {
            // "also curious about the side by side project with school students": an interest typed without its "I",
            // said as one ("I'd also love to hear about …"); a reviewer asked for it beside the congratulations
            java.util.regex.Matcher curious = CURIOUS_ABOUT.matcher(piece.strip());
            if (!first.contains(piece) && curious.matches() && !NEGATED.matcher(piece).find()) {
                String what = curious.group(1).strip().replaceFirst("(?i)^(?:his|her|their)\\b", "your");
                return "I'd also love to hear about " + what + ".";
            }
            if (first.contains(piece)) {
                continue;
            }
            // ("in spring semester (March?)": the user unsure of a detail, a note to self, not words for the note)
            String unsure = UNSURE_ASIDE.matcher(piece).replaceAll("");
            Optional<ReasonWords.Said> sd = said.apply(unsure);
            // "Also would like to invite her to give a short talk to my students …": a piece that is only a wish is read as
            // one ("Would you like to give …?"), not as a statement of the sender's (a reviewer: "misses the point")
            String ask = sd.map(ReasonWords.Said::wish).filter(w -> ASKS.matcher(w.strip()).find())
                    .orElseGet(() -> INVITED.matcher(unsure.strip()).find() ? wishOf.apply(unsure).strip() : "");
            if (!ASKS.matcher(ask).find()) {
                continue;
            }
            if (!Text.lower(wish).contains(Text.lower(ask.replaceAll("[.?!]+$", "")))) {
                return ask;
            }
        }
        return "";
    }

    // "she just made partner at another firm", said to her: "you just made partner …"
    private static final java.util.regex.Pattern WHEN_TOLD = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:in|this|last)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|spring|summer|autumn|fall|winter)$");
    private static final java.util.regex.Pattern THEIR_STEP = java.util.regex.Pattern.compile(
            "(?i)^you(?: have|'ve|’ve)? (?:just |recently |finally |now )?(been named|been appointed|been elected|been promoted to|got promoted to|were promoted to|moved to|moved into|stepped up to|made|got|landed|joined|won|became|started|received|passed|finished|launched|opened|published|open|opens|become|becomes|start|starts|launch|launches) "
            // "… and hiring pastry chef!!": what they are doing now is not what they are congratulated on
            + "(.+?)(?: at (?:another|a new|the new|a different) (?:firm|company|place|job|employer))?(?:,? and (?:(?:is|are|now) \\p{L}+ing|hiring|recruiting|looking)\\b.*)?[.!]*$");

    private static final java.util.regex.Pattern NOW_HOLDS = java.util.regex.Pattern.compile(
            "(?i)^you(?: are|'re|’re) now (?:the |our |a |an )?((?-i:\\p{Lu})[^.!?]+?)[.!]*$");
    private static final java.util.regex.Pattern NOW_HOLDS_LED = java.util.regex.Pattern.compile(
            "(?i)^you(?: are|'re|’re) (?:now )?(?:the |our |a |an )?((?-i:\\p{Lu})[^.!?]+?)[.!]*$");
    // "you're controller at Otley Brewing now", "you're now head chef at Ume": a post held now, said with where (one "now" is needed)
    private static final java.util.regex.Pattern HOLDS_NOW = java.util.regex.Pattern.compile(
            "(?i)^you(?: are|'re|’re) (now )?(?:the |a |an )?((?!(?:the|a|an|in|at|on|so|very|really|still|back|now|going|moving|working|doing)\\b)\\p{L}[\\p{L}&' -]*?) (at|of|with) "
            + "((?-i:\\p{Lu})[^.!?,]*?)( now)?[.!]*$");
    private static final java.util.regex.Pattern NOW_LED = java.util.regex.Pattern.compile("(?i)^(?:and |so )?now\\b");

    private static final java.util.regex.Pattern OFFER_HELP = java.util.regex.Pattern.compile("(?i)\\bI (?:can|could) (?:\\w+ )?help\\b(?! with\\b)");
    // a later sentence of the shared story, told to the recipient: "your feedback on my rough cut changed everything",
    // "we just won the Dala PHC competition …"; not what their page says, which is why the user may write, not news to them
    private static final java.util.regex.Pattern STORY = java.util.regex.Pattern.compile(
            "(?i)^(?:your|we|our|the role is)\\b(?! (?:page|profile|about|headline|bio)\\b)"
            // "It took 3 days and turned out to be clock skew on the replica nobody suspected.": what their help came to
            + "|^it (?:took|turned out)\\b"
            // "It's made a huge difference, we're packing Christmas hampers with it this week": what their help came to
            + "|^it(?:'s|’s| has) (?:made|been) (?:a |such a )?(?:huge|big|real|massive|great|world of) difference\\b"
            // "I have 7 years in cardiac ICU and I precept new grads": the sender's experience behind an application or a question
            + "|^I(?: have|'ve)(?: got)? (?:\\d+\\+?|over \\d+|more than \\d+|many|several|ten|five|six|seven|eight|nine) (?:years?|yrs)\\b"
            // a plain statement of the sender's own ("I might transfer to our US site next year", "I have VDA 6.3 auditor since
            // 2022"): reviewers' most frequent complaint is a note that leaves the user's specifics out; not a wish, a feeling,
            // a hedge, or what the sender saw of theirs
            + "|^I (?!(?:want|wanted|would|'d|hope|think|guess|don't|dont|do not|am not|'m not|feel|wonder|need to|have to|must|can't|cannot|will|'ll|know|am|'m|was|promised|saw|see|just|still|noticed|read|came|heard|love|loved|like|liked|really|also|only|watched|listened|attended|enjoyed|followed)\\b)\\p{L}+"
            // "you covered my night shifts", "you phoned every one of our kitchens": what they did for the sender
            + "|^you (?!(?:just|now|recently|also|still)\\b)\\p{L}+(?:ed|ught|ent|ave|ook|ame|old|ot|an|id)\\b[^.!?]*\\b(?:me|my|us|our)\\b"
            // "over coffee afterwards you said Maré Alta needs translators …": what they said, and where
            + "|^(?:(?:over|after|at|during) [^.!?,]{1,30} )?you (?:said|told me|mentioned|suggested)\\b");
    private static final int STORY_MAX = 170;
    private static final java.util.regex.Pattern CONGRATULATE_THEM = java.util.regex.Pattern.compile(
            "(?i)\\bcongratulate (?:her|him|them)\\b|\\bcongrats to (?:her|him|them)\\b");
    private static final java.util.regex.Pattern SAW_NEWS = java.util.regex.Pattern.compile(
            "(?i)^I (?:saw|noticed|heard|read|see) (?:that )?you(?:'ve|’ve| have) (?:just |now |recently )?\\p{L}+");
    private static final java.util.regex.Pattern THEIR_CALL = java.util.regex.Pattern.compile(
            "(?i)^I (?:saw|read|noticed) (?:you post(?:ed)?|your (?:post|call|ask|request))\\b");
    // not the story: how the two are (not) connected here, a sentence the splitter cut at an abbreviation ("18th c."),
    private static final java.util.regex.Pattern NOT_STORY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:connected|linkedin|whatsapp|phone number|changed (?:her |his |your )?number)\\b|\\b\\p{L}\\.$"
            // nor what the sender cannot pay for ("we dont have budget though"): the recipient's help is not bargained down in advance
            + "|\\b(?:budget|afford|funding|money)\\b");

    /**
     * When no talk is told, the one later sentence of the reason that tells more of what the two share (not the
     * first sentence, not the wish, nothing the fact or the wish already says): the user's own specific, kept as the
     * note's one detail so that a shorter note can still leave it out.
     */
    private static String story(String reason, List<String> first, java.util.function.Function<String, Optional<ReasonWords.Said>> said,
            String fact, String wish) {
        String carried = Text.lower(fact + " " + wish);
        for (String sentence : sentences(reason)) {
            if (first.contains(sentence) || pieces(sentence).stream().anyMatch(first::contains)) {
                continue;
            }
            // "The role is Staff Backend Engineer, …" (from "Role: …") speaks of no one: it is said as typed
            // (its shorthand spelled out: "hybrid 2 days/wk" is "2 days a week")
            String f = sentence.startsWith("The role is ") ? dev.rapport.language.Copyedit.perUnit(sentence)
                    : said.apply(sentence).map(ReasonWords.Said::fact).orElse("").strip();
            // "I saw you post that you need volunteers good in Excel …" before "so I can help": the call the offer answers
            boolean call = THEIR_CALL.matcher(f).lookingAt() && OFFER_HELP.matcher(wish).find()
                    // "saw hes gone planning at tasman. keep in touch": with nothing asked, their news is why the note is written now
                    || wish.isEmpty() && SAW_NEWS.matcher(f).lookingAt();
            if (!f.isEmpty() && (STORY.matcher(f).lookingAt() || call) && !f.contains("?") && Text.length(f) <= STORY_MAX
                    && !NOT_STORY.matcher(f).find()
                    && !mostlyCarried(Text.lower(f), carried) && !carried.contains(Text.lower(f).replaceAll("[.!]+$", ""))
                    && !ReasonWords.THIRD_PERSON.matcher(f).find()) {
                return Character.toUpperCase(f.charAt(0)) + f.substring(1);
            }
        }
        return "";
    }

    /**
     * What a wish says before its ask: the sender's plan as an "As …," clause ({@code asClause}), or the first of two
     * sentences ("We're launching a seed library in March. Could …"); null when the wish is one sentence with no such clause.
     */
    private record Opening(String said, String rest, boolean asClause) {
    }

    private static Opening opening(String wish) {
        java.util.regex.Matcher as = AS_PLAN.matcher(wish);
        if (as.lookingAt() && SENDER_PLAN.matcher(as.group(1)).lookingAt()) {
            return new Opening(as.group(1), dev.rapport.text.Words.capitalise(wish.substring(as.end())), true);
        }
        String[] two = wish.split("(?<=[.!])\\s+(?=\\p{Lu})", 2);
        return two.length == 2 ? new Opening(two[0], two[1], false) : null;
    }

    /** The plan a wish opens with, as a sentence of its own ("As we're launching …, I …" gives "We're launching …."); "" when none. */
    static String planOf(String wish) {
        Opening o = opening(wish);
        if (o == null) {
            return "";
        }
        if (o.asClause()) {
            return dev.rapport.text.Words.capitalise(o.said().strip()) + ".";
        }
        return SENDER_PLAN.matcher(o.said()).lookingAt() ? o.said() : "";
    }

    /**
     * The wish without the sender's plan said before it ("We're launching a seed library in March."); as it is otherwise.
     * A "yours" that the plan explained names its thing instead ("… if your insulin drip protocol is nurse-driven").
     */
    static String withoutPlan(String wish) {
        Opening o = opening(wish);
        // (a sentence about their post is left out of the question too, but it is no plan of the sender's: planOf does not give it)
        return o != null && (o.asClause() || SENDER_PLAN.matcher(o.said()).lookingAt() || THEIR_POST.matcher(o.said()).lookingAt())
                ? named(o.rest(), o.said()) : wish;
    }

    /** "yours" said as "your insulin drip protocol" when the plan says "our first insulin drip protocol". */
    private static String named(String question, String plan) {
        // the first: the plan's object ("our first protocol for our ER" is about the protocol, not the ER)
        java.util.regex.Matcher ours = OUR_THING.matcher(plan);
        return !ours.find() ? question
                : YOURS.matcher(question).replaceFirst("your " + java.util.regex.Matcher.quoteReplacement(ours.group(1)));
    }

    /** The clause of a statement that is the sender's plan ("we are writing our first … protocol for the ER."); "" when none. */
    private static String planClause(String statement) {
        String first = statement.split("(?<=[.!?])\\s+", 2)[0].replaceAll("[.!?]+$", "");
        for (String clause : first.split(",\\s*(?:and\\s+|so\\s+)?|\\s+(?:and|so)\\s+(?=(?:we|I)\\b)")) {
            if (SENDER_PLAN.matcher(clause.strip()).lookingAt()) {
                return Character.toUpperCase(clause.strip().charAt(0)) + clause.strip().substring(1) + ".";
            }
        }
        return "";
    }

    /** "introduced me and handled the q&a": the second deed in the form of the first, "and handling" ("I" keeps its own verb). */
    private static String andDeedsAsDoing(String deeds) {
        return AND_DEED.matcher(deeds).replaceAll(d -> {
            String base = dev.rapport.language.VerbForms.baseOfPast(d.group(1)).orElse("");
            return base.isEmpty() ? java.util.regex.Matcher.quoteReplacement(d.group())
                    : "and " + dev.rapport.language.VerbForms.gerund(base);
        });
    }

    /** "you recommended me to Hanbit Pictures and I got the job": "Thank you for recommending me to Hanbit Pictures. I got the job!" */
    private static Optional<String> thanksForDeed(String fact) {
        // "you were my guest on ep 112": "Thank you for being my guest on ep 112!"
        java.util.regex.Matcher were = YOU_WERE_GUEST.matcher(fact.strip());
        if (were.matches()) {
            return Optional.of("Thank you for being " + were.group(1) + were.group(2).replaceAll("[.!]+$", "") + "!");
        }
        java.util.regex.Matcher deed = YOU_DID.matcher(fact.strip());
        if (!deed.matches()) {
            return Optional.empty();
        }
        String ing = dev.rapport.language.Gerund.of(deed.group(1));
        if (ing.isEmpty()) {
            return Optional.empty();
        }
        String rest = andDeedsAsDoing(deed.group(2).replaceAll("[.!]+$", ""));
        // (what came of it is its own sentence)
        String[] andI = rest.split("\\s+and I\\s+", 2);
        return Optional.of(andI.length == 2 ? "Thank you for " + ing + " " + andI[0] + ". I " + andI[1] + "!"
                : "Thank you for " + ing + " " + rest + "!");
    }

    private static final java.util.regex.Pattern ASK_DIRECT = java.util.regex.Pattern.compile(
            "(?i)^I (?:would like|'d like|want) to ask(?: you)?,? ((?:did|do|does|are|is|were|was|have|has|can|could|would|will|should) you)(\\b[^?]+)\\?*[.!?]*$");
    private static final java.util.regex.Pattern THANKS_THEN = java.util.regex.Pattern.compile("(?i)^(?:thanks|thank you)(?: so much| again)?[.!]\\s+(\\S.*)$");
    private static final java.util.regex.Pattern YOU_WERE_GUEST = java.util.regex.Pattern.compile(
            "(?i)^you were ((?:my|our) (?:guest|speaker|keynote speaker|panellist|panelist|judge|host|interviewee))(\\b[^.!?]*)[.!]?$");
    private static final java.util.regex.Pattern RECOMMENDED_ME = java.util.regex.Pattern.compile(
            "(?i)^you (?:recommended|referred|introduced|vouched for|put in a (?:good )?word for) (?:me|us)\\b");
    private static final java.util.regex.Pattern NOT_CONNECTED_HERE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:never|not|didn't|did not|haven't|have not) (?:yet )?(?:connect|connected)(?: on)? (?:here|linkedin)\\b");
    private static final java.util.regex.Pattern THANK_AND_CONGRATULATE = java.util.regex.Pattern.compile(
            "(?i)^(?:I (?:would like|'d like|want) to (?:say )?)?thank you,? and (?:also )?(?:to )?(?:congratulate(?: you)?(?: on| for)?|congrats on|congratulations on) "
            + "((?:the|your) [^.!?]{2,60}?)[.!]*$");
    private static final java.util.regex.Pattern ABOUT_IT = java.util.regex.Pattern.compile("(?i)\\bask(?: you)? about it[.!]?$");
    private static final java.util.regex.Pattern SAW_YOUR_POST = java.util.regex.Pattern.compile(
            "(?i)^I saw your (?:post|update) (?:that|saying) ((?:they|you|your team|the team) (?:hire|are hiring|'re hiring|is hiring|need|are looking for)\\b[^.!?]+?)[.!]*$");
    private static final java.util.regex.Pattern THEY_HIRE = java.util.regex.Pattern.compile(
            "(?i)^(?:they|you|your team|the team) (?:hire|are hiring|'re hiring|is hiring)\\b");
    private static final java.util.regex.Pattern THEIR_POST = java.util.regex.Pattern.compile(
            "(?i)^you (?:just |recently )?(?:posted|wrote|shared|announced) (?:that|about)\\b");
    private static final java.util.regex.Pattern YOURS = java.util.regex.Pattern.compile("\\byours\\b");
    // the thing of the sender's own the plan names, its first word ("first", "new") left out
    private static final java.util.regex.Pattern OUR_THING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:our|my) (?:(?:first|new|own|current|next|updated) )?((?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+)(?=\\s+(?:for|at|in|on|with|to|and|by)\\b|[,.;]|$)");

    /**
     * The plan said as why the sender asks: "As we're launching a seed library in March, I would like to ask how …".
     * Told on its own ("We're launching a seed library in March.") a plan reads as the sender's news, or a pitch.
     */
    private static String withPlan(String plan, String wish) {
        plan = dev.rapport.text.Words.capitalise(THESIS_IS.matcher(plan.strip()).replaceFirst("$1 on "));
        // ("May I ask how you set yours up …?": the question asked, "As we're launching …, may I ask …?")
        boolean mayI = wish.startsWith("May I ");
        if (!wish.startsWith("I ") && !wish.startsWith("I'd ") && !mayI) {
            return plan + " " + wish;
        }
        String bare = plan.strip().replaceAll("[.!]+$", "");
        boolean i = bare.matches("^I(?:\\b|['’]).*");
        return "As " + (i ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1)) + ", " + (mayI ? "may" + wish.substring(3) : wish);
    }

    private static final java.util.regex.Pattern AS_PLAN = java.util.regex.Pattern.compile("As ([^,]+), (?=I\\b|may I\\b)");

    /** "…, just saw you got Sous Chef at Blue Mahoe!" beside "Congratulations on your new role as Sous Chef at Blue Mahoe!": said once. */
    private static String withoutNews(String fact, String congratulations) {
        String said = Text.lower(congratulations);
        List<String> kept = new ArrayList<>();
        for (String clause : fact.split("(?<=[,.!?])\\s+")) {
            String bare = clause.replaceAll("[,.!?]+$", "");
            // "you just became Chief Pharmacist in Penang." beside "Congratulations on becoming Chief Pharmacist …": said once
            java.util.regex.Matcher step = THEIR_STEP.matcher(bare);
            // (a step's verb is said as a gerund, "became" as "becoming": what they stepped into is what is compared)
            boolean carried = THEIR_NEWS.matcher(bare).find() && mostlyCarried(Text.lower(clause), said)
                    || step.matches() && mostlyCarried(Text.lower(step.group(2)), said);
            // "…, congrats.": the congratulations is the wish's, said once
            java.util.regex.Matcher congrats = BARE_CONGRATS.matcher(clause.strip());
            boolean saidAgain = congrats.matches() && congrats.group(1) == null;
            if (!carried && !saidAgain) {
                kept.add(clause);
            }
        }
        // a clause that began a sentence after the news ("… in Kingston!! So proud of him") now follows a comma: lower case
        for (int i = 1; i < kept.size(); i++) {
            String c = kept.get(i);
            if (kept.get(i - 1).endsWith(",") && c.length() > 1 && Character.isUpperCase(c.charAt(0)) && Character.isLowerCase(c.charAt(1))
                    && !c.startsWith("I ") && !c.startsWith("I'") && !Language.english().tokens(c).get(0).is("PROPN", "NOUN")) {
                kept.set(i, Character.toLowerCase(c.charAt(0)) + c.substring(1));
            }
        }
        String out = String.join(" ", kept).strip();
        return out.equals(fact.strip()) ? fact : out.replaceAll(",$", ".");
    }

    private static final java.util.regex.Pattern POST_ABOUT_BECOMING = java.util.regex.Pattern.compile(
            "(?i)^(?:I )?(?:just )?(?:saw|read|noticed) your (?:post|update|news) (?:about|on) becoming ([^.!?,]+?)[.!]*$");
    /**
     * "Want to connect so I can get that + keep in touch" after "he said he'd share the trigger level template Arden Geo use":
     * "that" is what they offered, said to them (a reviewer: "'so I can get that' points to nothing").
     */
    static String whatTheyOffered(String wish, String reason) {
        java.util.regex.Matcher that = GET_THAT.matcher(wish);
        java.util.regex.Matcher offered = THEY_OFFERED.matcher(reason);
        if (!that.find() || !offered.find()) {
            return wish;
        }
        String thing = offered.group(2).strip().replaceFirst("(?i)^(?:his|her|their)\\b", "your");
        // (what follows about them, ", he's CEng and …", is the user's motive: not kept beside the ask)
        String rest = withoutMotive(that.replaceFirst("").replaceAll("\\s{2,}", " ").strip())
                .replaceAll("(?i),\\s*(?:he|she|they|you)(?:'s|’s|'re|’re| is| are)\\b.*$", ".");
        String said = "You said you'd " + Text.lower(offered.group(1)) + " " + thing + "; I'd be grateful for it.";
        return rest.matches("(?i)^(?:\\+\\s*)?(?:I (?:would|'d) like to |I want to |want to |and )?(?:connect|reconnect)?\\s*(?:and )?(?:keep|stay) in touch[.!]*$|^[.!]*$")
                ? said : said + " " + rest;
    }

    private static final java.util.regex.Pattern GET_THAT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:I (?:would|'d) like to |I want to )?(?:connect |reconnect )?so (?:that )?I (?:can|could) (?:get|have|receive) (?:that|it|this|them)(?: and| \\+)?");
    private static final java.util.regex.Pattern THEY_OFFERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:he|she|they) (?:said|offered|promised)(?: (?:he|she|they)(?:'d|’d| would| will|'ll| could))?(?: to)?"
            + "|(?:said|offered|promised) (?:he|she|they)(?:'d|’d| would| will|'ll| could)) (share|send|forward|pass on) "
            + "(?:me |us )?((?:the|a|an|their|his|her) [^.,;!?()]{3,80})");

    /** "You're CEng and I'm going for chartership so you'd be a good person to know": the user's motive, not words for the recipient. */
    static String withoutMotive(String wish) {
        return wish.isEmpty() ? wish : String.join(" ", dev.rapport.language.Language.english().sentenceTexts(wish).stream()
                .filter(x -> !MOTIVE.matcher(x).find()).toList()).strip();
    }

    private static final java.util.regex.Pattern MOTIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:good|useful|great|valuable|handy) (?:person|contact|connection|man|woman) to (?:know|have)\\b|\\bworth knowing\\b");
    private static final java.util.regex.Pattern IN_PLACE_NEW_JOB = java.util.regex.Pattern.compile(
            "(?i)^you(?:'re|’re| are)(?: now)? in ((?-i:\\p{Lu})[\\p{L} -]{1,30}?) with (?:a |your |the )?new (?:job|role|position)(?: as| of)? "
            + "((?-i:\\p{Lu})[\\p{L}&' -]{2,60}?)[.!]*$");
    private static final java.util.regex.Pattern POSTED_MILESTONE = java.util.regex.Pattern.compile(
            "(?i)^you (?:just |recently )?(?:posted|shared|announced) (?:about |a photo of |photos of )?((?:the|your) (?:first|1st|new)\\b[^.!?,;]{3,70}?)[.!]*$");
    private static final java.util.regex.Pattern SAW_THAT = java.util.regex.Pattern.compile(
            "(?i)^(?:and |also )?(?:I )?(?:just |also )?(?:saw|see|noticed|heard|read) (?:(?:in|on) (?:the )?(?-i:\\p{Lu})\\p{L}*(?: (?-i:\\p{Lu})\\p{L}*){0,3},? )?(?:that |on here that )?(?=you\\b)");

    /** A bare "Congratulations!" says on what when the reason tells the recipient's news ("she just made partner"). */
    private static String congratulatedOn(String wish, List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        if (!wish.startsWith("Congratulations! ") && !wish.equals("Congratulations!")) {
            return wish;
        }
        for (String piece : pieces) {
            // "now she opened her own place in Wellington": the news, read without its "now";
            // "saw he has become CFO of PaySetu": the news, without how the sender heard it
            String fact = SAW_THAT.matcher(said.apply(piece.strip().replaceFirst("(?i)^(?:and |so )?now,?\\s+", ""))
                    .map(ReasonWords.Said::fact).orElse("").strip()).replaceFirst("");
            // "Saw her post about becoming Lab Manager": the news is what the post announced
            java.util.regex.Matcher announced = POST_ABOUT_BECOMING.matcher(fact.strip());
            if (announced.matches() && announced.group(1).split("\\s+").length <= 8) {
                return "Congratulations on becoming " + announced.group(1).strip() + "!" + wish.substring("Congratulations!".length());
            }
            // "I saw in the Standard she is now Chief Officer roads in Kakamega": the post they now hold is the news
            // "now she is Head of Ops at Pakal": the "now" read off above says the same
            boolean nowLed = NOW_LED.matcher(piece.strip()).lookingAt();
            java.util.regex.Matcher now = (nowLed ? NOW_HOLDS_LED : NOW_HOLDS).matcher(fact.strip());
            if (now.matches() && now.group(1).split("\\s+").length <= 8 && !now.group(1).contains(",")) {
                return "Congratulations on becoming " + now.group(1).strip() + "!" + wish.substring("Congratulations!".length());
            }
            // "saw she's controller at Otley Brewing now": the post they hold now, in the user's words ("the controller role at Otley Brewing")
            java.util.regex.Matcher holds = HOLDS_NOW.matcher(fact.strip());
            if (holds.matches() && (holds.group(1) != null || holds.group(5) != null) && holds.group(2).split("\\s+").length <= 4
                    && holds.group(4).split("\\s+").length <= 5) {
                String title = holds.group(2).strip();
                boolean lower = title.equals(Text.lower(title));
                return "Congratulations on " + (lower ? "the " + title + " role" : "becoming " + title) + " " + holds.group(3) + " "
                        + holds.group(4).strip() + "!" + wish.substring("Congratulations!".length());
            }
            // "now she is in Bangkok with new job Export Sales Manager Asia": the new job, and where
            java.util.regex.Matcher newJob = IN_PLACE_NEW_JOB.matcher(fact.strip());
            if (newJob.matches()) {
                return "Congratulations on your new role as " + newJob.group(2).strip() + " in " + newJob.group(1).strip() + "!"
                        + wish.substring("Congratulations!".length());
            }
            // "he posted the first batch from the new Lutsk plant": a first or a new thing they announced is the news
            java.util.regex.Matcher milestone = POSTED_MILESTONE.matcher(fact.strip());
            if (milestone.matches()) {
                return "Congratulations on " + milestone.group(1).strip() + "!" + wish.substring("Congratulations!".length());
            }
            java.util.regex.Matcher step = THEIR_STEP.matcher(fact.strip());
            if (step.matches() && step.group(2).split("\\s+").length <= 8 && !step.group(2).contains(",")) {
                String verb = Text.lower(step.group(1));
                // "promoted to DV lead at Baltic Silicon - gratulacje!": the congratulations typed after the news is this one
                String what = CONGRATS_CLAUSE.matcher(step.group(2)).replaceAll("").strip();
                // "got promoted to DV lead": "your promotion to DV lead"
                // "she started as VP Ops at Larkspur Home Goods in September": the new role is the news ("on as VP Ops …" was written)
                String on = what.matches("(?i)^as\\s.+") && java.util.Set.of("started", "start", "starts", "joined", "began", "became").contains(verb)
                        ? newsNamed(what)
                        : verb.endsWith("promoted to") ? "your promotion to " + what
                        : verb.startsWith("been ") ? "being " + verb.substring("been ".length()) + " " + what
                        : verb.equals("got") || verb.equals("landed") || verb.equals("received")
                        ? (what.matches("(?i)^(?:a|an|the|your|her|his) .*") ? what.replaceFirst("(?i)^(?:a|an|her|his) ", "your ") : what)
                        // "moved to Reliability Lead": "moving to Reliability Lead"
                        : verb.contains(" ") ? dev.rapport.language.Gerund.of(verb.substring(0, verb.indexOf(' '))) + verb.substring(verb.indexOf(' ')) + " " + what
                        : dev.rapport.language.Gerund.of(verb) + " " + what;
                if (on.startsWith(" ")) {
                    continue;
                }
                return "Congratulations on " + on + "!" + wish.substring("Congratulations!".length());
            }
        }
        return wish;
    }

    /** The reason's sentences, and each sentence's clauses between commas outside brackets, longest first within a sentence. */
    static List<String> pieces(String reason) {
        List<String> out = new ArrayList<>();
        for (String text : sentences(reason)) {
            List<String> clauses = clauses(text);
            if (clauses.size() > 1 && namesSomeoneElse(text)) {
                // "met him at the launch of Élodie Paradis's novel, we talked about her short stories": cut from its
                // sentence, "her" would read as the recipient; such a sentence is only taken whole
                // (a pronoun reads as the person named last: only clauses beside the other name are taken out, so a later
                // "I'd like to ask her whether she works with agents" is still read)
                List<String> all = clauses;
                clauses = java.util.stream.IntStream.range(0, all.size())
                        .filter(k -> !ReasonWords.THIRD_PERSON.matcher(all.get(k)).find()
                                || !namesSomeoneElse(all.get(k)) && (k == 0 || !namesSomeoneElse(all.get(k - 1))))
                        .mapToObj(all::get).toList();
            }
            // "…, no ask for now", "…, not selling anything": a note to the tool, not to the recipient
            int keep = clauses.size();
            while (keep > 1 && aside(clauses.get(keep - 1))) {
                keep--;
            }
            if (keep < clauses.size()) {
                out.add(String.join(", ", clauses.subList(0, keep)));
                clauses = clauses.subList(0, keep);
            }
            out.add(text);
            if (clauses.size() > 1) {
                out.addAll(clauses);
            }
        }
        return out;
    }

    // "congrats to Tunde on the new job!! we worked together at …": an exclamation ends a sentence even before a lower-case word
    private static final java.util.regex.Pattern EXCLAIMED = java.util.regex.Pattern.compile("(?<=[!?])\\s+(?=\\p{Ll})");

    /**
     * "You did the sound design with us in 2023. You left Halfpenny end of 2024 and moved over to Manchester.": a later
     * sentence that tells the recipient their own move, with no part of the sender in it, is background for the user
     * and news to no one; the note leaves it out.
     */
    static String withoutTheirOwnMove(String fact) {
        if (!Text.lower(fact).contains("you ")) {
            return fact;
        }
        List<String> kept = new ArrayList<>();
        for (Sentence s : Language.english().sentences(fact)) {
            if (kept.isEmpty() || !THEIR_OWN_MOVE.matcher(s.text().strip()).lookingAt()) {
                kept.add(s.text().strip());
            }
        }
        return String.join(" ", kept);
    }

    private static final java.util.regex.Pattern THEIR_OWN_MOVE = java.util.regex.Pattern.compile(
            "(?i)you (?:(?:then |later |since |recently |just )?(?:left|moved|relocated|joined|switched|retired|went back|went over|changed jobs)\\b"
                    // "You run your own shop now in Paisley.": where they are now, which they know
                    + "|(?:now )?(?:own|have)\\b(?=[^.!?]*\\b(?:now|these days)\\b|\\s+your own\\b)"
                    // "You run demand planning analytics at Alvara.": their job, told to them
                    + "|(?:now )?(?:run|manage|lead|head|oversee)\\b)"
                    // (what they told the sender is no background: "… and said they're always chasing someone …")
                    + "(?![^.!?]*\\b(?:I|me|my|we|us|our|said|told|mentioned|asked|explained)\\b)[^?]*$");

    /** The reason's sentences by the one splitter, with an exclamation or question mark before a lower-case word ending one too. */
    private static List<String> sentences(String reason) {
        List<String> out = new ArrayList<>();
        for (Sentence s : Language.english().sentences(reason)) {
            for (String part : EXCLAIMED.split(s.text().strip())) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out.isEmpty() ? List.of(reason.strip()) : out;
    }

    /** A cut that ends inside brackets ("(the 18% energy thing.") gets its bracket closed before the final stop. */
    /** The words ending on a full stop, unless they are empty or already end a sentence. */
    private static String stopped(String said) {
        String s = said.replaceAll("[,;:\\s]+$", "");
        return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }

    static String closed(String said) {
        long open = said.chars().filter(c -> c == '(').count() - said.chars().filter(c -> c == ')').count();
        if (open <= 0 || said.isEmpty()) {
            return said;
        }
        String close = ")".repeat((int) open);
        int end = said.length();
        while (end > 0 && ".!?".indexOf(said.charAt(end - 1)) >= 0) {
            end--;
        }
        return said.substring(0, end).stripTrailing() + close + said.substring(end);
    }

    /** The first piece of the reason, other than the wish itself, whose fact says how the two know each other. */
    private static Optional<ReasonWords.Said> howWeKnow(List<String> pieces, String wish,
            java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        String wished = Text.lower(wish);
        for (String piece : pieces) {
            Optional<ReasonWords.Said> sd = said.apply(piece);
            if (sd.isEmpty() || sd.get().fact().isEmpty() || !sd.get().wish().isEmpty()) {
                continue;
            }
            String fact = sd.get().fact();
            if (CONTACT.matcher(fact).find() && !fact.contains("?") && !mostlyCarried(Text.lower(fact), wished) && !SLIGHT_CONTACT.matcher(fact).find()) {
                return sd;
            }
        }
        return Optional.empty();
    }

    /** The point without a fact that only says how little the two were in touch ("We only emailed before."), when it has a wish. */
    private static ReasonWords.Said withoutSlightContact(ReasonWords.Said said) {
        if (said.wish().isBlank() || !SLIGHT_CONTACT.matcher(said.fact().strip()).find() || said.fact().strip().split("(?<=[.!?])\\s+").length > 1) {
            return said;
        }
        return new ReasonWords.Said("", "", said.wish(), said.detail(), said.also(), said.rest());
    }

    // "we only emailed before": how little the two were in touch tells the judge the link, and is no opening for the note
    private static final java.util.regex.Pattern SLIGHT_CONTACT = java.util.regex.Pattern.compile(
            "(?i)^(?:but |and )?we(?:'ve| have)? only (?:ever )?(?:emailed|messaged|texted|talked|spoken|spoke|met|chatted)\\b");

    /** "you coaches …", "you runs …": what the recipient does now, from their profile, not something the two share. */
    private static boolean readBack(String fact) {
        String[] w = fact.split("\\s+");
        return w.length > 2 && w[0].equalsIgnoreCase("you") && w[1].length() > 3 && w[1].endsWith("s") && !w[1].endsWith("ss")
                || STATUS_READ_BACK.matcher(fact).lookingAt();
    }

    private static final java.util.regex.Pattern SENDER_STATES = java.util.regex.Pattern.compile(
            "(?i)^I(?:'m| am) (?!(?:looking|hoping|trying|wondering|not)\\b)\\w+"
            // "I have an embedded C++ role at a client in Eindhoven": the role a recruiter writes about
            + "|^I(?: have|'ve got| have got) (?:a|an) [^.!?]{0,60}?\\b(?:role|job|position|opening|vacancy)\\b");
    // "she is the BHP rep at …", "Marcus is open to work for …": who they are, told back to them ("you are looking for …" tells why)
    private static final java.util.regex.Pattern STATUS_READ_BACK = java.util.regex.Pattern.compile(
            "(?i)^you(?:'re| are) (?:now |currently |still )?(?:the|a|an|open to|based|head of|in charge)\\b");

    private static final java.util.regex.Pattern POSSESSIVE_NAME = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}-]+['’]s\\b");

    /** A sentence that names someone by a possessive ("Élodie Paradis's new novel"): its "she" may not be the recipient. */
    private static boolean namesSomeoneElse(String sentence) {
        return POSSESSIVE_NAME.matcher(sentence).find();
    }

    private static final java.util.regex.Pattern NEVER_CONNECTED = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:but|and) (?:we )?(?:somehow )?(?:never|haven't|have not|aren't|are not)(?: actually| yet| even)? (?:connected|been connected)"
            + "(?: here| on here| on linkedin)?(?: yet)?(?:,? which is (?:mad|crazy|silly|funny|weird|odd|wild|a shame))?([.!?]?)$");
    private static final java.util.regex.Pattern NEVER_MET = java.util.regex.Pattern.compile(
            "(?i)(?:^|(?<=[.!?])\\s+)we(?:'ve| have| had)? never (?:actually |really )?met(?: in person| before| irl)?[.!?]?(?=\\s|$)");
    // "we are not connected here yet", "connecting so he has my contact": about the invitation, not for the recipient
    private static final java.util.regex.Pattern LINKEDIN_ASIDE = java.util.regex.Pattern.compile(
            "^(?:we(?:'re| are) not connected|not connected (?:here|on linkedin)|(?:we are|we're) not yet connected)");

    // "would love to get …", "'d like to ask …": a wish whose "I" was left out
    private static final java.util.regex.Pattern SUBJECTLESS_WISH = java.util.regex.Pattern.compile("(?i)^(?:would|'d|’d) (love|like) to ");
    // "…, happy to pay", "…, as paid work": the sender offers to pay for the help asked
    private static final java.util.regex.Pattern PAY_OFFER = java.util.regex.Pattern.compile(
            "(?i),?\s*(?:(?:and |i'?m |i am |i'd be |would be )?(?:happy|glad|willing|ready) to pay(?: (?:for it|for (?:her|his|their|your) time|a fee|for the work|her|him|them))?"
            + "|(?:as |on a )?paid (?:work|job|gig|engagement|basis)|(?:for a|against a) fee|paid of course|(?:and )?(?:we|i)(?:'ll| will) pay(?: for it| (?:her|him|them))?)([.!?]?)$");

    /**
     * "Would you review our protocol, happy to pay?", "Would you share the audit form, happy to send ours back?": the
     * question asked, then the sender's offer in return said in a sentence of its own.
     */
    static String withPayOffer(String wish) {
        if (wish.isEmpty()) {
            return wish;
        }
        java.util.regex.Matcher m = PAY_OFFER.matcher(wish);
        String offer = "I'd be glad to pay for your time.";
        if (!m.find() || m.start() == 0) {
            m = SEND_BACK.matcher(wish);
            if (!m.find() || m.start() == 0) {
                return wish;
            }
            offer = "I'd be glad to " + m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2) + " in return.";
        }
        String asked = wish.substring(0, m.start()).strip();
        String end = m.group(m.groupCount()).isEmpty() ? "." : m.group(m.groupCount());
        return asked.replaceAll("[,;:]+$", "") + end + " " + offer;
    }

    // "…, happy to send ours back": what the sender gives in return
    private static final java.util.regex.Pattern SEND_BACK = java.util.regex.Pattern.compile(
            "(?i),?\\s*(?:and )?(?:i'?m |i am |i'd be |would be )?(?:happy|glad|willing|keen) to (send|share|give) (ours|mine|our [\\w-]+(?: [\\w-]+)?|my [\\w-]+(?: [\\w-]+)?)"
            + "(?: back| in return| too| as well| in exchange)?([.!?]?)$");

    /** "…, you reviewed it and thanked me in the review, nice person.": the remarks after the last real clause go. */
    /**
     * "I want to reconnect first": a step-word at the end of the wish announces a later step the note does not take
     * (to a contact at a target account it reads as "… and then I'll sell to you"; a hand session). Not in a question
     * the wish asks ("ask what to learn first"), where the word is part of what is asked.
     */
    static String withoutLaterStep(String wish) {
        java.util.regex.Matcher m = LATER_STEP.matcher(wish);
        if (!m.find() || ASKED_WORD.matcher(wish.substring(0, m.start())).find()) {
            return wish;
        }
        return wish.substring(0, m.start()) + wish.substring(m.end());
    }

    private static final java.util.regex.Pattern LATER_STEP = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:first(?: of all)?|initially|for now|for a start|to start(?: with)?|before anything else)(?=\\s*[.!]?\\s*$)");
    private static final java.util.regex.Pattern ASKED_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:how|what|which|why|when|where|who|whether|if)\\b");

    static String withoutTrailingAsides(String said) {
        if (said.isEmpty()) {
            return said;
        }
        // "… an audio award (the one in London) you'd want to know": a guess at their feelings and a note to self
        said = WOULD_WANT_TO_KNOW.matcher(said).replaceFirst("$1");
        said = MEMO_BRACKET.matcher(said).replaceAll("");
        // "… since 2024 but never actually connected here": about the invitation, not for the recipient
        said = NEVER_CONNECTED.matcher(said).replaceFirst("$1");
        // "I answered the email on Wednesday with our portfolio but no reply yet": said to the one who has not replied, the
        // waiting reads as a reproach; what the sender did stays
        said = NO_REPLY_YET.matcher(said).replaceFirst("$1");
        // "… Kenyan regulations. We have never met.": the user's context for the tool, odd when said to the recipient
        said = NEVER_MET.matcher(said).replaceAll("").strip();
        if (said.isEmpty()) {
            return said;
        }
        String end = said.endsWith("!") ? "!" : said.endsWith("?") ? "?" : ".";
        // "ask how reinsurers look at flood risk because it will help our pricing": what the answer does for the sender
        // is the user's motive, and a "pricing" there read as a pitch took the whole question out of the note
        java.util.regex.Matcher benefit = BENEFIT_TAIL.matcher(said);
        if (benefit.find() && benefit.start() > 0 && said.substring(0, benefit.start()).strip().split("\\s+").length >= 4) {
            said = said.substring(0, benefit.start()).replaceAll("[,;\\s]+$", "") + end;
        }
        List<String> clauses = clauses(said.replaceAll("[.!?]+$", ""));
        int keep = clauses.size();
        while (keep > 1 && aside(clauses.get(keep - 1))) {
            keep--;
        }
        return keep == clauses.size() ? said : String.join(", ", clauses.subList(0, keep)) + end;
    }

    private static final java.util.regex.Pattern NOT_IN_FIRST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|never|don't|dont|do not) (?:\\w+ ){0,3}?(?:in|for|with) (?:the|my|this|a) (?:first|1st|opening|initial) (?:message|note|invite|invitation|msg)\\b");

    /**
     * "i took photos of her pots, finally sorted them, want to send them to her": "May I send them to you?" says what
     * "them" are when the note does not ("May I send you the photos of your pots?").
     */
    static String namedForSending(String wish, String reason) {
        java.util.regex.Matcher it = SEND_IT.matcher(wish);
        java.util.regex.Matcher asked = THING_ASKED_FOR.matcher(reason);
        if (it.find() && asked.find()) {
            // "she … asked for a Ledgerly pricing sheet, I promised to send it": "As promised, I'll send it." said what "it" was
            return wish.substring(0, it.start()) + "send you " + theirThingToThem(asked.group(1)) + wish.substring(it.end());
        }
        java.util.regex.Matcher them = SEND_THEM.matcher(wish);
        if (!them.find()) {
            return wish;
        }
        java.util.regex.Matcher made = MADE_THINGS.matcher(reason);
        if (!made.find()) {
            return wish;
        }
        return wish.substring(0, them.start()) + "send you " + theirThingToThem(made.group(1)) + wish.substring(them.end());
    }

    /**
     * "her pricing sheet" as the note says it to her, "your pricing sheet"; "typed up my notes": a possessive already
     * says whose, and takes no "the"; any other thing does ("the photos of your pots").
     */
    private static String theirThingToThem(String thing) {
        String yours = thing.strip().replaceAll("(?i)\\b(?:her|his|their)\\b", "your");
        return OWNED.matcher(yours).lookingAt() ? yours : "the " + yours;
    }

    /**
     * "Saw her post about the youth strings exchange 2027 - …, I want to ask about it": "I would like to ask you about the
     * youth strings exchange 2027." says what "it" is, from the post, talk or call the reason names.
     */
    static String namedForAsking(String wish, String reason) {
        java.util.regex.Matcher it = ASK_ABOUT_IT.matcher(wish);
        if (!it.find()) {
            return wish;
        }
        java.util.regex.Matcher about = THEIR_TOPIC.matcher(reason);
        if (!about.find()) {
            return wish;
        }
        String topic = about.group(1).strip();
        return wish.substring(0, it.start()) + "ask you about " + topic + wish.substring(it.end());
    }

    private static final java.util.regex.Pattern ASK_ABOUT_IT = java.util.regex.Pattern.compile("(?i)\\bask (?:you )?(?:more )?about (?:it|this|that)\\b(?=[.!?]?$)");
    private static final java.util.regex.Pattern THEIR_TOPIC = java.util.regex.Pattern.compile(
            "(?i)\\b(?:her|his|their|your) (?:recent |latest |last )?(?:post|talk|article|call|announcement|webinar|paper|thread|video|newsletter) "
            + "(?:about|on) ((?:the |a |an )?[\\p{L}\\p{N}][\\p{L}\\p{N}' -]{2,60}?)(?=\\s+-\\s|[,.;:!?()]|\\s+(?:and|but|so|which|that)\\b|$)");
    private static final java.util.regex.Pattern OWNED = java.util.regex.Pattern.compile("(?i)(?:my|our|your)\\b");
    private static final java.util.regex.Pattern SEND_IT = java.util.regex.Pattern.compile("(?i)\\bsend (?:it|them)(?= ?[.!?]?$)");
    // (not ASKED_FOR: this reads the raw reason, anyone's "asked for", and takes one short thing, stopping at "and", "which" …)
    private static final java.util.regex.Pattern THING_ASKED_FOR = java.util.regex.Pattern.compile(
            "(?i)\\basked (?:me |us )?for (?:a |an |the |some )?((?:my |our |your )?[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*(?: [\\p{L}\\p{N}'-]+){0,4}?)"
            + "(?=[,.;!?]|\\s+(?:and|but|so|which|that|at|from|after|before|when)\\b|$)");
    private static final java.util.regex.Pattern SEND_THEM = java.util.regex.Pattern.compile("(?i)\\bsend (?:them to you|you them)\\b");
    private static final java.util.regex.Pattern MADE_THINGS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:took|have|got|made|shot|filmed|recorded|edited|wrote up|typed up|put together) (?:some |a few |lots of |loads of |the )?"
            + "((?:[\\p{L}-]+ ){0,2}(?:photos|pictures|pics|videos|recordings|notes|slides|shots|images|clips|drafts|scans|sketches)(?: of (?:the |her |his |their )?[\\p{L}-]+(?: [\\p{L}-]+)?)?)(?=[,.;!]|\\s+(?:and|finally|but|so|from|at|on)\\b|$)");
    // a person's full name at the head of a sentence, with a particle ("Marieke de Groot"), as group 1
    private static final String NAME_FIRST = "(?<=^|[.!?]\\s)(\\p{Lu}\\p{L}+(?: (?:de|van|von|da|del|di|le|la|bin|al))?(?: \\p{Lu}[\\p{L}'-]+){1,2}),\\s+";
    private static final java.util.regex.Pattern NAME_APPOSITIVE = java.util.regex.Pattern.compile(
            NAME_FIRST + "(?:she|he|they)(?: is|'s| was) ((?:the |a |an )?[^,.;!?]{3,60}),(?=\\s+\\p{Ll})");
    private static final java.util.regex.Pattern NAME_COMMA_VERB = java.util.regex.Pattern.compile(
            NAME_FIRST + "(?=(?:tell|tells|told|said|say|says|suggested|asked)\\b)");
    private static final java.util.regex.Pattern ACTUALLY_LIKE = java.util.regex.Pattern.compile("(?i)\\b(I'd|I would|I) (?:actually|really) (like|love|want)\\b");
    private static final java.util.regex.Pattern SENTENCE_OPENER = java.util.regex.Pattern.compile(
            "(?<=^|[.!?]\\s)(?:so|well|ok so|okay so|basically|anyway|yeah so)[,]?\\s+(?=(?:we|I|she|he|they|you)\\b)", java.util.regex.Pattern.CASE_INSENSITIVE);
    // "So you did the sound design …": a word that opens the telling, not the note
    private static final java.util.regex.Pattern OPENER = java.util.regex.Pattern.compile(
            "^(?:so|well|ok so|okay so|ok|okay|basically|anyway|yeah|right|oh|ah|wow|oh wow)[,!]?\\s+(?=\\p{L})", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern WOULD_WANT_TO_KNOW = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:you|he|she|they)(?:'d|’d| would| will|'ll) (?:want|like|love|be glad|be happy) to (?:know|hear|see)(?: (?:that|this|it|about it))?([.!?]?)$");
    private static final java.util.regex.Pattern MEMO_BRACKET = java.util.regex.Pattern.compile(
            "(?i)\\s*\\((?:[^()]*\\b(?:forget|forgot|not sure|don't remember|dont remember|can't remember|cant remember|idk|i think)\\b[^()]*|the one (?:in|at|from|with) [^()]*)\\)");
    private static final java.util.regex.Pattern PRAISE_ASIDE = java.util.regex.Pattern.compile(
            "^(?:really |super |very |such a |a )?(?:nice|great|lovely|kind|good|smart|amazing|sweet|helpful) (?:person|guy|lady|woman|man|people|human|folks?)$"
            // "…, hard worker, so proud of him": the user's own verdict, a fragment in the note
            + "|^(?:a |such a |really a |very )?(?:hard|great|good|brilliant) worker$|^(?:so |very |really |super )?proud(?: of (?:you|him|her|them))?$");
    private static final java.util.regex.Pattern MEMO_TO_SELF = java.util.regex.Pattern.compile(
            "^(?:forgot|forgotten|didn't get|did not get|didnt get|never got|lost|missed) (?:to |her |his |their |your |the )");
    // "…, my advisor said just ask directly": the advice the sender got, not words for the recipient
    private static final java.util.regex.Pattern ADVICE_GOT = java.util.regex.Pattern.compile(
            "^(?:my|our) (?:advisor|adviser|supervisor|boss|manager|mentor|friend|colleague|wife|husband|partner|prof|professor|teacher|coach|mum|mom|dad)"
            + " (?:said|says|told me|thinks|suggested)(?: (?:that|i should|to))?(?: just)? (?:ask|go for it|reach out|write|message|do it|try|be direct)\\b");
    private static final java.util.regex.Pattern NEGATED_REMARK = java.util.regex.Pattern.compile(
            "^(?:she|he|they|you|i|we) (?:didn't|did not|doesn't|does not|don't|do not|never) (?:ask|want|need|asked)\\b");

    private static boolean aside(String clause) {
        String c = clause.strip().toLowerCase(java.util.Locale.ROOT);
        // "…, no sales angle at all, just respect": notes to the tool, not words for the recipient
        return c.startsWith("no ") || c.startsWith("not ") || NEVER_MET.matcher(c).matches() || c.startsWith("nothing ") || c.startsWith("but not ")
                || LINKEDIN_ASIDE.matcher(c).find() || PRAISE_ASIDE.matcher(c).matches()
                // "…, she didn't ask for that": a short negated remark about the note, not for the recipient
                || c.split("\\s+").length <= 6 && NEGATED_REMARK.matcher(c).find()
                || c.startsWith("just ") && c.split("\\s+").length <= 3 || c.startsWith("purely ") || c.startsWith("zero ")
                // "…, forgot to take her card", "…, didn't get his email": a note to self, its subject left out
                || MEMO_TO_SELF.matcher(c).lookingAt() || ADVICE_GOT.matcher(c).lookingAt()
                // "…, says he might be open since Maplecrest had a reorg": what the referrer guessed is not for the recipient
                || HEARSAY_OPEN.matcher(c).lookingAt();
    }

    private static final java.util.regex.Pattern BENEFIT_TAIL = java.util.regex.Pattern.compile("(?i)" + BENEFIT + "[.!?]?$");

    private static final java.util.regex.Pattern HEARSAY_OPEN = java.util.regex.Pattern.compile(
            "^(?:and )?(?:she |he )?(?:says|said|thinks|reckons) (?:that )?(?:he|she|they)(?:'s| is| are| might| may| could)(?: be)? (?:open|looking|interested|unhappy|leaving)\\b");

    // "want to make good impression, but i dont want to sound desperate", "pls dont make it too formal": how the
    // note should come across is said to the tool, never to the recipient
    private static final java.util.regex.Pattern NOTE_STYLE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:sound|come across|seem|look)(?: too| like| so| very)? (?:desperate|pushy|salesy|needy|formal|casual|stiff|weird|creepy|rude|spammy|a bot|fake)\\b"
            + "|\\bmake (?:a )?good (?:first )?impression\\b|\\b(?:keep|make) it (?:short|brief|formal|casual|light|simple|friendly)\\b"
            + "|\\b(?:make|making) it (?:too|very) \\w+\\b"
            // "I'd like the note to be about keeping that promise", "the message should mention …": what the note is to do,
            // said to the tool (seen leaking into a note's last sentence, reproduced on a synthetic reason)
            + "|\\b(?:the|my|this|a) (?:note|message|invite|invitation|connection request|request)(?: should| must| needs? to|"
            + " to (?:be|say|mention|focus|sound|keep|stay|stick|talk))\\b"
            // "Don't name the client yet, NDA until first call": what the note must not say is never said in it
            + "|^(?:pls |please )?(?:don'?t|do not|never|avoid) (?:name|mention|say|include|tell|bring up|use|talk about)\\b"
            + "|^NDA\\b");
    private static final java.util.regex.Pattern HELD_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:lead|open|start) with (?:that|it|this)\\b|\\b(?:don'?t|do not) want to (?:mention|say|tell|bring)\\b|\\b(?:don'?t|do not) mention (?:that|it|this)\\b");

    // "referral - Dana Liu told me to reach out": a label the user filed the reason under
    private static final java.util.regex.Pattern MEMO_LABEL = java.util.regex.Pattern.compile(
            "^(?i:referral|re|context|background|reason|fyi|note|intro|follow[ -]?up)\\s*(?:[-–—:]\\s*)(?=\\p{L})");

    // "Role: Staff Backend Engineer, payments team …": the role, said as a sentence
    private static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
            "(^|(?<=[.!?])\\s+)(?i:role|position|opening|the role)\\s*:\\s*(?=\\p{L})");

    // "want to remind her who i am and ask how to send a sample": saying who writes is the note's job, not a wish to tell her
    private static final java.util.regex.Pattern REMIND_WHO = java.util.regex.Pattern.compile(
            "(?i)\\bremind (?:her|him|them) (?:of )?who I am(?:\\s+and\\b|\\s*,)?\\s*");

    /** The reason without its label and without its sentences about how the note should sound or what it must not say. */
    /**
     * "not sure if this is weird but her daughter is in my son's class …": the user's doubt, said to the tool, before the fact it
     * doubts; the fact stays and the doubt goes (a returner's note lost the school-gate tie with it).
     */
    private static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)\\s*(?:(?:i'?m\\s+|i\\s+am\\s+)?not\\s+sure\\s+(?:if|whether)\\s+(?:this|it)(?:'s|\\s+is|\\s+would\\s+be|\\s+will\\s+be)\\s+[^,.!?]{1,30}?"
            + "|(?:this|it)\\s+(?:might|may|could)\\s+(?:be|sound|seem)\\s+[^,.!?]{1,25}?|i\\s+don'?t\\s+know\\s+if\\s+(?:this|it)(?:'s|\\s+is)\\s+[^,.!?]{1,30}?"
            + "|maybe\\s+(?:this|it)(?:'s|\\s+is)\\s+(?:weird|odd|strange|silly|random))\\s*,?\\s+but\\s+");

    /**
     * "…, maybe one day they need FR-CA but I dont want to sell nothing": the sender's hope of business and their denial of a sale
     * are said to the tool, not to the reader (a translator's congratulations carried both into the note).
     */
    private static final java.util.regex.Pattern HOPE_AND_DENIAL = java.util.regex.Pattern.compile(
            "(?i)[,;]?\\s*(?:and\\s+|but\\s+)?(?:maybe|perhaps|hopefully)\\s+(?:one\\s+day|someday|some\\s+day|later)\\s+(?:they|she|he)\\s+(?:will\\s+)?(?:need|needs|want|wants|hire|hires)\\b[^.!?]*"
            + "|[,;]?\\s*(?:but|and)?\\s*I\\s+(?:dont|don't|do\\s+not)\\s+want\\s+to\\s+(?:sell|pitch)(?:\\s+(?:nothing|anything|them|her|him))?\\b[^.!?]*");

    private static String forTheNote(String reason) {
        reason = HEDGE.matcher(reason).replaceAll("");
        reason = HOPE_AND_DENIAL.matcher(reason).replaceAll("");
        reason = REMIND_WHO.matcher(reason).replaceAll("");
        // "want to connect and do the needful": Indian English for "do what is needed", which says nothing in a note ("I would like
        // to do the needful." was drafted)
        reason = NEEDFUL.matcher(reason).replaceAll("");
        // "I promise to send her the contact …": told to the tool of the recipient, a promise is one made before, not now
        reason = PROMISE_OF_THEM.matcher(reason).replaceAll("$1promised $2");
        // "he asked for the report, I'll send it next week", "he ask 2 kg sample …, I send by DHL next week": sending
        // what they asked for is a promise made to them, kept in the note as one
        reason = sendingWhatWasAsked(reason);
        // "I promised to send her photos of our rig": her is whom the promised photos go to, not whose they are ("I'll send
        // you your photos of our rig", a reviewer: "the photos are his, not hers")
        reason = SEND_HER_THINGS.matcher(reason).replaceAll("$1 the $2");
        reason = postSaysThey(reason);
        // "… and I want to ask how her team handles dispute evidence, it will help our roadmap": what the answer does for
        // the sender is left out wherever the question is read from (a REPL session lost the question to it)
        reason = ASK_THEN_BENEFIT.matcher(reason).replaceAll("$1");
        // "Marieke de Groot, she is coordinator at Buurthuis De Kade, tell me …": who the named person is, in brackets
        // after the name, so "she" is not read as the recipient
        reason = NAME_APPOSITIVE.matcher(reason).replaceAll("$1 ($2)");
        // (an aside left out as another language leaves its comma: "Marieke de Groot, tell me …")
        reason = NAME_COMMA_VERB.matcher(reason).replaceAll("$1 ");
        // "so we met at the Frankfurt Book Fair …": a spoken opener before a sentence is not part of it
        reason = SENTENCE_OPENER.matcher(reason).replaceAll("");
        // "same PhD lab at ETH with Ruth Gerber, we overlapped 4 years": a memo of what the two shared, said as a statement
        reason = SAME_MEMO.matcher(reason).replaceAll(m -> "We were " + (ON_THE.contains(Text.lower(m.group(2))) ? "on" : "in")
                + " the same " + java.util.regex.Matcher.quoteReplacement(m.group(1) + m.group(2)) + m.group(3));
        reason = ROLE_LABEL.matcher(MEMO_LABEL.matcher(reason.strip()).replaceFirst("")).replaceAll("$1The role is ");
        if (!NOTE_STYLE.matcher(reason).find() && !HELD_BACK.matcher(reason).find()) {
            return reason;
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : sentences(reason)) {
            // "We met at the fair, pls dont make it too formal": only the clause about the note goes
            // "Our donor cut the budget, but I don't want to lead with that": the whole sentence is kept back
            String rest = HELD_BACK.matcher(sentence).find() ? "" : String.join(", ", java.util.Arrays.stream(sentence.split(",\\s+(?:but\\s+)?|\\s+but\\s+"))
                    .filter(c -> !NOTE_STYLE.matcher(c).find()).toList()).strip();
            if (!rest.isEmpty()) {
                kept.add(rest.matches(".*[.!?]$") ? rest : rest + ".");
            }
        }
        return String.join(" ", kept);
    }

    private static final java.util.regex.Pattern NEED_AND_MEANS = java.util.regex.Pattern.compile(
            "(?i)\\byou(?: really)? (?:need|are looking for|'re looking for|are after)\\b[^.!?]*\\band (?:we|I) (?:have|run|own|can do|could do|do)\\b");
    private static final java.util.regex.Pattern SAME_MEMO = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)same ((?:[\\p{L}-]+ ){0,2}?)(project|team|lab|class|cohort|course|office|department|programme|program|shift|ward|unit|crew|squad|batch|panel|jury|committee|board)"
                    + "( (?:at|in|with|on)\\b|,)");
    private static final java.util.Set<String> ON_THE = java.util.Set.of("project", "team", "shift", "crew", "squad", "panel", "jury", "committee", "board");
    private static final java.util.regex.Pattern NEED = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\b(?:and|but|so)\\s+)(?:I|we)\\s+(?:need|am looking for|'m looking for|are looking for|'re looking for)\\s+"
            + "(?:someone|somebody|a freelancer|a freelance [\\p{L}-]+)\\s+(?:to|who can)\\s+([^,;.!?]+)");
    private static final java.util.regex.Pattern ONLY_NEWS = java.util.regex.Pattern.compile(
            "(?i)^(?:I wanted to let you know|I'd like to let you know|I would like to let you know|I'd like to tell you|I would like to tell you)\\b");

    /**
     * "… now he open his own restaurant and hiring pastry chef!! … ask if he will consider me": "Would you consider
     * me?" says for what ("for the pastry chef role"), from the role the user says they are hiring for.
     */
    static String forTheRole(String wish, String reason) {
        java.util.regex.Matcher bare = CONSIDER_ME.matcher(wish);
        java.util.regex.Matcher role = HIRING_FOR.matcher(reason);
        if (!bare.find() || !role.find()) {
            return wish;
        }
        String what = Text.lower(role.group(1).strip());
        return wish.substring(0, bare.start(1)) + " for the " + what + (what.endsWith(" role") ? "" : " role") + wish.substring(bare.start(1));
    }

    private static final java.util.regex.Pattern CONSIDER_ME = java.util.regex.Pattern.compile("(?i)\\bconsider me(\\?)");
    private static final java.util.regex.Pattern HIRING_FOR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is |are |'s |’s )?(?:hiring|recruiting|looking for) (?:a |an |for a |for an |for )?"
            // "hiring two pastry chefs" is hiring for the pastry chef role: the count is not the role's
            + "(?:(?:\\d+|two|three|four|five|six|several|some|more|new|a few|a couple of) )?((?:[\\p{L}-]+ ){0,2}(?:chef|cook|engineer|developer|designer|manager|nurse|analyst|assistant|teacher|driver|technician|electrician|accountant|baker|barista|waiter|waitress|lead|officer|coordinator|specialist|consultant|associate|intern|apprentice|mechanic|pharmacist|architect|writer|editor|producer))s?\\b");

    /** True when the text passes news on ("I wanted to let you know that …"). */
    static boolean isNews(String text) {
        return ONLY_NEWS.matcher(text.strip()).lookingAt();
    }

    /** The work a sender needs someone for, asked of the recipient: "Would you be free to record interviews in Manchester …?"; "" when none. */
    private static String needAsked(List<String> pieces) {
        for (String piece : pieces) {
            java.util.regex.Matcher m = NEED.matcher(piece.strip());
            if (m.find()) {
                String work = m.group(1).strip();
                if (!ReasonWords.THIRD_PERSON.matcher(work).find() && work.split("\\s+").length >= 2) {
                    return "Would you be free to " + dev.rapport.language.Copyedit.english().tidy(work, dev.rapport.language.Gazetteer.empty()) + "?";
                }
            }
        }
        return "";
    }

    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                add(out, sentence.substring(from, i));
                from = i + 1;
            }
        }
        add(out, sentence.substring(from));
        return out;
    }

    // "the episode is online since monday and I want to say thank you …": the news, then the wish, each a clause
    // ("he posted the first batch from the new Lutsk plant - want to congratulate him": a dash before the wish does the same)
    private static final java.util.regex.Pattern AND_I_WISH = java.util.regex.Pattern.compile(
            // ("I'm now a preceptor in NZ and want to ask …": the wish with its "I" left out)
            "\\s+and\\s+(?=I (?:want|wanted|would|'d|’d|need|hope|am hoping|'m hoping)\\b|(?:want|wanted|would like|would love|hope) to\\b)"
            + "|\\s+[-–—]\\s+(?=(?:I |i |and |so )?(?:just )?(?:want|wanted|would like|would love|'d like|hope|hoping)\\b)");

    private static void add(List<String> out, String piece) {
        for (String part : AND_I_WISH.split(piece)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
    }
}
