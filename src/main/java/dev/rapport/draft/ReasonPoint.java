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

    /** The fact and the wish of the reason, each from the first piece that gives one; empty when no piece gives a fact or a wish. */
    Optional<ReasonWords.Said> of(String reason, Profile me, Profile them, List<String> others) {
        if (reason == null || reason.isBlank() || reason.contains("http")) {
            return Optional.empty();
        }
        // a reason typed in a mix of languages gives only its English to a note: no pasted "sa …", "la conocí …"
        reason = dev.rapport.language.Copyedit.english().unabbreviated(dev.rapport.language.Copyedit.english().englishOnly(reason));
        if (reason.isBlank()) {
            return Optional.empty();
        }
        Optional<ReasonWords.Said> whole = words.of(reason, me, them, others);
        if (whole.isPresent() && !whole.get().wish().isEmpty()) {
            return whole;
        }
        String fact = whole.map(ReasonWords.Said::fact).orElse("");
        String shortFact = whole.map(ReasonWords.Said::shortFact).orElse("");
        String wish = "";
        List<String> first = pieces(Language.english().sentences(reason).get(0).text());
        List<String> pieces = pieces(reason);
        // each piece is read (copy-edited, tagged, shifted) once, though both passes below may ask for it
        java.util.Map<String, Optional<ReasonWords.Said>> read = new java.util.HashMap<>();
        java.util.function.Function<String, Optional<ReasonWords.Said>> said = piece -> read.computeIfAbsent(piece, p -> words.of(p, me, them, others));
        for (String piece : pieces) {
            Optional<ReasonWords.Said> sd = said.apply(piece);
            // the fact comes from the first sentence (what the two share); later sentences give only the point
            if (fact.isEmpty() && sd.isPresent() && first.contains(piece)) {
                fact = sd.get().fact();
                shortFact = sd.get().shortFact();
            }
            if (wish.isEmpty() && sd.isPresent()) {
                wish = sd.get().wish();
            }
            // a later sentence that is only the wish ("I want to ask if his team would …") may also read as a fact
            if (wish.isEmpty() && (sd.isEmpty() || !first.contains(piece))) {
                wish = words.wish(piece, me, them, others);
            }
            if (!fact.isEmpty() && !wish.isEmpty()) {
                break;
            }
        }
        if (fact.isEmpty() || readBack(fact)) {
            // "you coaches the U11s": their profile told back to them; a later "we got chatting at …" is the shared fact
            String ours = "";
            for (String piece : pieces) {
                Optional<ReasonWords.Said> sd = said.apply(piece);
                if (sd.isPresent() && sd.get().fact().toLowerCase(java.util.Locale.ROOT).startsWith("we ")) {
                    ours = sd.get().fact();
                    shortFact = sd.get().shortFact();
                    break;
                }
            }
            fact = ours;
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
        if (wish.isEmpty() || ONLY_IN_TOUCH.matcher(wish).find() || wish.contains(":")) {
            // "One question: does she allow …?": the question the user means to put is the point
            for (Sentence sentence : Language.english().sentences(reason)) {
                String q = words.question(sentence.text(), me, them, others);
                if (!q.isEmpty()) {
                    wish = q;
                    break;
                }
            }
        }
        if (wish.isEmpty()) {
            // "I told her I'd do a quick survey and send her the results": the promise kept
            wish = promise(pieces, said);
        }
        Optional<String> congrats = congratulations(pieces);
        if (congrats.isPresent() && !Text.lower(wish).contains("congrat")) {
            wish = congrats.get();
        }
        wish = done(wish, pieces, said);
        fact = withoutTrailingAsides(fact);
        shortFact = withoutTrailingAsides(shortFact);
        wish = withoutTrailingAsides(wish);
        // "I want to thank you for how you handled the recall": the thanks is done, not announced
        if (WANTS_TO_ACT.matcher(fact).lookingAt()) {
            fact = WishToAct.of(fact.replaceFirst("(?i)^I (?:want|wanted) to", "I would like to"));
        }
        fact = closed(fact);
        shortFact = closed(shortFact);
        wish = closed(wish);
        if (fact.isEmpty() && wish.isEmpty()) {
            return Optional.empty();
        }
        if (wish.startsWith("Want to ") || wish.startsWith("want to ")) {
            // "… and want to ask you …" lost its "I" when it was cut from the fact
            wish = "I would like to " + wish.substring("want to ".length());
        }
        return Optional.of(new ReasonWords.Said(fact, shortFact, wish));
    }

    private static final java.util.regex.Pattern CONGRATULATE_ONLY = java.util.regex.Pattern.compile(
            "(?i)^(?:I (?:would like|'d like|want|wanted) to )?congratulate you(?: properly| personally| warmly| sincerely| again)?[.!]?$"
            + "|^Congratulations[.!]?$");
    // "congrats to Tunde on the new job at Ilu Transit!!", "congratulations on your promotion": done where it stands
    private static final java.util.regex.Pattern CONGRATS = java.util.regex.Pattern.compile(
            "(?i)^(?:big |huge |many )?(?:congrats|congratulations)(?: to [\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’-]*)?)? on ([^.!?]+?)\\s*(?:[.!?]|$)");
    // "we lost the Kungsbacka tender to her company": the recipient's side won it
    private static final java.util.regex.Pattern LOST_TO_THEM = java.util.regex.Pattern.compile(
            "(?i)\\bwe (?:just )?lost (the .+?|our .+?) to (?:you|your \\w+|her|him|them|their \\w+|her \\w+|his \\w+)\\b");
    private static final java.util.regex.Pattern THEIR_NEWS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:you|she|he) (?:just |has just |have just |'s just |'ve just )?(?:got|landed|started|joined|won|received) (.+?)[.!]*$");
    private static final java.util.regex.Pattern THEIRS = java.util.regex.Pattern.compile("(?i)\\b(?:her|his)\\b");
    private static final java.util.regex.Pattern SHARE_NEWS = java.util.regex.Pattern.compile(
            "(?i)\\s+and (?:share|tell you) (?:the|my) (?:good )?news\\b");
    private static final java.util.regex.Pattern TELL_AND_THANK = java.util.regex.Pattern.compile(
            "(?i)^I (?:would like|'d like|want) to (?:tell you|let you know|share (?:it|the news) with you) and (?:to )?thank you( for [^.!]+)?[.!]?");
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
                    return "Congratulations on " + THEIRS.matcher(m.group(1).strip()).replaceAll("your") + "!";
                }
                java.util.regex.Matcher lost = LOST_TO_THEM.matcher(piece.strip());
                if (lost.find()) {
                    return "Congratulations on winning " + lost.group(1).replaceFirst("(?i)^our ", "the ").strip() + "!";
                }
            }
            return "Congratulations!";
        }
        // "want to tell him and thank him": the news first, then the thanks
        java.util.regex.Matcher tell = TELL_AND_THANK.matcher(wish.strip());
        if (tell.lookingAt()) {
            String thanks = "Thank you" + (tell.group(1) == null ? "" : " " + tell.group(1).strip().replaceAll("[.!]+$", "")) + "!";
            for (String piece : pieces) {
                Optional<String> news = said.apply(piece).map(ReasonWords.Said::fact).filter(f -> MY_NEWS.matcher(f).matches());
                if (news.isPresent()) {
                    return news.get() + " " + thanks;
                }
            }
            return wish;
        }
        java.util.regex.Matcher share = SHARE_NEWS.matcher(wish);
        if (share.find()) {
            String thanks = wish.substring(0, share.start()).strip().replaceAll("[.!]+$", "") + ".";
            for (String piece : pieces) {
                Optional<String> news = said.apply(piece).map(ReasonWords.Said::fact).filter(f -> MY_NEWS.matcher(f).matches());
                if (news.isPresent()) {
                    return news.get() + " " + thanks;
                }
            }
            return thanks;
        }
        return wish;
    }

    // A fact that already says how the two know each other; else a meeting from a later sentence is preferred.
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:met|meet|talked|spoke|chatted|sat|worked|studied|volunteered|rowed|played|trained|were (?:both|my|in the same)|"
            + "was (?:my|your)|you (?:were|was) my|together|colleagues|classmates|thanks for|thank you for|introduced|told me to|"
            + "asked me|suggested|referred|applied|interview)\\b");
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)^(?:we (?:met|talked|spoke|chatted|sat next to each other)|(?:I )?met you)\\b");
    private static final java.util.regex.Pattern ONLY_IN_TOUCH = java.util.regex.Pattern.compile(
            "(?i)^I (?:would like|'d like|want) to (?:stay|keep|be) in touch[.!]?$");
    private static final java.util.regex.Pattern WANTS_TO_ACT = java.util.regex.Pattern.compile(
            "(?i)I (?:want|wanted|would like|'d like) to (?:thank|congratulate) you\\b");

    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile(
            "(?i)^(?:and )?(?:I )?(?:told|promised) you (?:that )?I(?:'d| would| will|'ll) (.+?)[.!]?$");

    /** The sender's promise to the recipient ("told her I'd send the dates"), kept in the note: "As promised, I'll send you the dates." */
    private static String promise(List<String> pieces, java.util.function.Function<String, Optional<ReasonWords.Said>> said) {
        for (String piece : pieces) {
            Optional<String> fact = said.apply(piece).map(ReasonWords.Said::fact);
            if (fact.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = PROMISED.matcher(fact.get().strip());
            if (m.matches()) {
                return "As promised, I'll " + m.group(1).strip() + ".";
            }
        }
        return "";
    }

    /** A piece that congratulates ("congrats to Tunde on the new job!!"), said to the recipient: "Congratulations on the new job!" */
    private static Optional<String> congratulations(List<String> pieces) {
        for (String piece : pieces) {
            java.util.regex.Matcher m = CONGRATS.matcher(piece.strip());
            if (m.lookingAt()) {
                String on = THEIRS.matcher(m.group(1).strip()).replaceAll("your");
                return Optional.of("Congratulations on " + on + "!");
            }
        }
        return Optional.empty();
    }

    /** The reason's sentences, and each sentence's clauses between commas outside brackets, longest first within a sentence. */
    static List<String> pieces(String reason) {
        List<String> out = new ArrayList<>();
        for (Sentence s : Language.english().sentences(reason)) {
            String text = s.text().strip();
            List<String> clauses = clauses(text);
            if (clauses.size() > 1 && namesSomeoneElse(text)) {
                // "met him at the launch of Élodie Paradis's novel, we talked about her short stories": cut from its
                // sentence, "her" would read as the recipient; such a sentence is only taken whole
                clauses = clauses.stream().filter(c -> !THIRD.matcher(c).find()).toList();
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

    /** A cut that ends inside brackets ("(the 18% energy thing.") gets its bracket closed before the final stop. */
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

    /** "you coaches …", "you runs …": what the recipient does now, from their profile, not something the two share. */
    private static boolean readBack(String fact) {
        String[] w = fact.split("\\s+");
        return w.length > 2 && w[0].equalsIgnoreCase("you") && w[1].length() > 3 && w[1].endsWith("s") && !w[1].endsWith("ss");
    }

    private static final java.util.regex.Pattern THIRD = java.util.regex.Pattern.compile("(?i)\\b(?:she|he|her|him|his|hers)\\b");
    private static final java.util.regex.Pattern POSSESSIVE_NAME = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}-]+['’]s\\b");

    /** A sentence that names someone by a possessive ("Élodie Paradis's new novel"): its "she" may not be the recipient. */
    private static boolean namesSomeoneElse(String sentence) {
        return POSSESSIVE_NAME.matcher(sentence).find();
    }

    // "we are not connected here yet", "connecting so he has my contact": about the invitation, not for the recipient
    private static final java.util.regex.Pattern LINKEDIN_ASIDE = java.util.regex.Pattern.compile(
            "^(?:we(?:'re| are) not connected|not connected (?:here|on linkedin)|(?:we are|we're) not yet connected)");

    /** "…, you reviewed it and thanked me in the review, nice person.": the remarks after the last real clause go. */
    static String withoutTrailingAsides(String said) {
        if (said.isEmpty()) {
            return said;
        }
        String end = said.endsWith("!") ? "!" : said.endsWith("?") ? "?" : ".";
        List<String> clauses = clauses(said.replaceAll("[.!?]+$", ""));
        int keep = clauses.size();
        while (keep > 1 && aside(clauses.get(keep - 1))) {
            keep--;
        }
        return keep == clauses.size() ? said : String.join(", ", clauses.subList(0, keep)) + end;
    }

    private static final java.util.regex.Pattern PRAISE_ASIDE = java.util.regex.Pattern.compile(
            "^(?:really |super |very |such a |a )?(?:nice|great|lovely|kind|good|smart|amazing|sweet|helpful) (?:person|guy|lady|woman|man|people|human|folks?)$");
    private static final java.util.regex.Pattern NEGATED_REMARK = java.util.regex.Pattern.compile(
            "^(?:she|he|they|you|i|we) (?:didn't|did not|doesn't|does not|don't|do not|never) (?:ask|want|need|asked)\\b");

    private static boolean aside(String clause) {
        String c = clause.strip().toLowerCase(java.util.Locale.ROOT);
        // "…, no sales angle at all, just respect": notes to the tool, not words for the recipient
        return c.startsWith("no ") || c.startsWith("not ") || c.startsWith("nothing ") || c.startsWith("but not ")
                || LINKEDIN_ASIDE.matcher(c).find() || PRAISE_ASIDE.matcher(c).matches()
                // "…, she didn't ask for that": a short negated remark about the note, not for the recipient
                || c.split("\\s+").length <= 6 && NEGATED_REMARK.matcher(c).find()
                || c.startsWith("just ") && c.split("\\s+").length <= 3 || c.startsWith("purely ") || c.startsWith("zero ");
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

    private static void add(List<String> out, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
    }
}
