package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.language.Token;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * A wish already said to the recipient, turned from the stated intention into the act itself:
 * "I want to ask you to give a full talk in February" asks it ("Would you give a full talk in
 * February?"), "want to ask if you could share the data" becomes "Could you share the data?",
 * "I'd like to ask how your team handles on-call handoffs" becomes "How does your team handle
 * on-call handoffs?", "I want to thank you for …" thanks ("Thank you for …") and "promised to send
 * you the results" keeps the promise ("As promised, I'll send you the results."). It reads the
 * language layer's tokens and tags; anything it does not recognise is left as the user wrote it.
 */
final class WishToAct {
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("them", "these", "those");
    private static final java.util.regex.Pattern TO_YOU = java.util.regex.Pattern.compile("(?i)\\bto you\\b");
    // The words of "I'd like to", "I want to", "hoping to" before the verb that carries the act.
    private static final Set<String> WANTING = Set.of("i", "i'd", "'d", "’d", "would", "like", "love", "want", "wanted", "hope",
            "hoping", "am", "'m", "’m", "really", "also", "to",
            // "I just want to thank her for the panel" is thanked as "I want to …" is (a new user's note announced its thanks)
            "just");
    private static final Set<String> ASKED_FOR = Set.of("advice", "thoughts", "input", "view", "views", "perspective", "take");
    private static final Set<String> PAST = Set.of("made", "got", "did", "went", "built", "found", "took", "began", "ran", "kept",
            "grew", "chose", "knew", "thought", "brought", "bought", "taught", "wrote", "led", "won", "left", "felt", "dealt", "paid", "set");
    // How the user means to thank or congratulate, which the act itself says by being done.
    private static final Set<String> MANNER = Set.of("properly", "personally", "warmly", "sincerely", "again", "publicly", "formally",
            "politely", "gently", "kindly", "nicely", "softly", "subtly");
    private static final Set<String> WH = Set.of("how", "what", "which", "why", "when", "where", "who");
    // what a recipient can share, and the work a sender can bid for, as the last word of "I would like the …"
    private static final Set<String> SHAREABLE = Set.of("slides", "deck", "dataset", "data", "recording", "link", "paper", "template",
            "report", "checklist", "numbers", "notes", "script", "code", "file", "files", "study", "article", "presentation", "results");
    private static final Set<String> SHEETS = Set.of("spreadsheet", "sheet", "table", "list", "spec", "specs", "figures", "photos", "pictures");
    private static final Set<String> WORK = Set.of("fitout", "fit-out", "job", "role", "contract", "project", "tender", "position",
            "work", "gig", "subcontract", "package");

    private WishToAct() {
    }

    static String of(String wish) {
        if (wish == null || wish.isBlank()) {
            return wish == null ? "" : wish;
        }
        // "want to stay in touch with everyone": a batch's reason speaks of all its targets; each note goes to one
        wish = EVERYONE.matcher(wish).replaceAll("");
        List<Token> t = Language.english().tokens(wish);
        if (t.size() < 3) {
            return wish;
        }
        java.util.regex.Matcher maybe = MAYBE_YOU_CAN.matcher(wish.strip());
        if (maybe.matches() && maybe.group(1).strip().split("\\s+").length >= 3) {
            // "I would like you to know I applied, maybe you can put in a word": the hope, asked as a favour
            return of(maybe.group(1).strip()).replaceAll("[.,;:]+$", "") + ". Would you be willing to " + maybe.group(2).strip() + "?";
        }
        if (t.get(0).lower().equals("promised") && t.get(1).lower().equals("to") && t.size() > 3) {
            return "As promised, I'll " + rest(wish, t, 2);
        }
        int v = 0;
        while (v < t.size() && WANTING.contains(t.get(v).lower())) {
            v++;
        }
        if (v == 0 || v >= t.size() - 1) {
            return wish;
        }
        // "I'd like your advice on X" asks it: "Would you have any advice on X?"
        if (v + 2 < t.size() && t.get(v).lower().equals("your") && ASKED_FOR.contains(t.get(v + 1).lower())
                && t.get(v - 1).lower().equals("like") && t.get(v + 2).is("ADP", "SCONJ")) {
            return "Would you have any " + t.get(v + 1).lower() + " " + question(rest(wish, t, v + 2));
        }
        // "I would like the slides" asks for them: "Could you share the slides?"; "I would like the gabba fitout" bids for the work
        if (v + 1 < t.size() && Set.of("like", "want", "love").contains(t.get(v - 1).lower()) && t.get(v).lower().equals("the")) {
            // "… the slides and ask if …": the thing, then the rest of the wish in a sentence of its own
            int and = v + 1;
            while (and + 1 < t.size() && !(t.get(and).lower().equals("and") && t.get(and + 1).is("VERB"))) {
                and++;
            }
            boolean more = and + 1 < t.size();
            String thing = (more ? wish.substring(t.get(v).start(), t.get(and).start()) : rest(wish, t, v)).replaceAll("[.!?,]+$", "").strip();
            String then = more ? " I'd also like to " + rest(wish, t, and + 1).strip() : "";
            String head = Text.lower(thing.replaceAll("^.*\\s", ""));
            if (SHAREABLE.contains(head)) {
                return "Could you share " + thing + "?" + then;
            }
            if (WORK.contains(head)) {
                return "I would like to be considered for " + thing + "." + then;
            }
        }
        // "I would like you to know I applied": the news passed on, "I wanted to let you know I applied."
        if (v + 3 < t.size() && t.get(v).lower().equals("you") && t.get(v + 1).lower().equals("to") && t.get(v + 2).lower().equals("know")) {
            return "I wanted to let you know " + rest(wish, t, v + 3);
        }
        if (!t.get(v - 1).lower().equals("to")) {
            return wish;
        }
        String verb = t.get(v).lower();
        int a = v + 1;
        // "I'd like to connect and ask if …": the invitation is the connecting; the act is the ask
        if ((verb.equals("connect") || verb.equals("reconnect")) && a + 1 < t.size() && t.get(a).lower().equals("and")) {
            return of((wish.substring(0, t.get(v).start()) + wish.substring(t.get(a + 1).start())).strip());
        }
        // "thank you properly for …", "congratulate you personally": the adverb goes, the act stays
        if ((verb.equals("thank") || verb.equals("congratulate") || verb.equals("remind")) && a + 1 < t.size() && t.get(a).lower().equals("you")
                && MANNER.contains(t.get(a + 1).lower())) {
            String without = wish.substring(0, t.get(a + 1).start()) + wish.substring(t.get(a + 1).end()).stripLeading();
            return of(without.replace(" ,", ",").strip());
        }
        return switch (verb) {
            case "thank" -> t.get(a).lower().equals("you") ? thankThenAsk("Thank " + withoutKeepingInTouch(rest(wish, t, a))) : wish;
            // "congratulate you on the new job" congratulates: "Congratulations on the new job!"
            case "congratulate" -> t.get(a).lower().equals("you") && a + 2 < t.size() && t.get(a + 1).lower().equals("on")
                    // "congratulate her on the Lead Dev talk and tell her I'm looking for a new role": the congratulations, then
                    // the news told ("congratulations on the Lead Dev talk and tell you I'm looking …!" was written)
                    ? AND_TELL.matcher(rest(wish, t, a + 1)).find() ? congratulatedThenTold(rest(wish, t, a + 1))
                    // "on new job in Arizona": "on your new job in Arizona"
                    : "Congratulations " + exclaim(rest(wish, t, a + 1).replaceFirst("(?i)^on (new|recent|first)\\b", "on your $1"))
                    // "congratulate and ask if you will consider me": the congratulations, then the question
                    : t.get(a).lower().equals("and") && a + 2 < t.size() && t.get(a + 1).lower().equals("ask")
                    ? "Congratulations! " + askedAfter(rest(wish, t, a + 2))
                    // "congratulate you and ask if you'd have 20 min for coffee"
                    : t.get(a).lower().equals("you") && a + 3 < t.size() && t.get(a + 1).lower().equals("and") && t.get(a + 2).lower().equals("ask")
                    ? "Congratulations! " + askedAfter(rest(wish, t, a + 3)) : wish;
            // "say thank you", "say thanks for the help": the thanks itself
            // "say congrats and ask how …": the congratulations itself, then the question
            case "say" -> CONGRATS.contains(t.get(a).lower()) ? congratulationsSaid(wish, t, a + 1)
                    : a + 1 < t.size() && t.get(a).lower().equals("thank") && t.get(a + 1).lower().equals("you")
                    ? thankThenAsk(withoutManner("Thank " + rest(wish, t, a + 1)))
                    : t.get(a).lower().equals("thanks") ? thankThenAsk(withoutManner(("Thanks " + (a + 1 < t.size() ? rest(wish, t, a + 1) : "")).strip())) : wish;
            case "ask" -> ask(wish, t, a);
            // "suggest we pick up the discussion in the new year": "Shall we pick up the discussion in the new year?"
            case "suggest" -> suggestion(wish, t, a);
            case "remind" -> t.get(a).lower().equals("you") ? remind(wish, t, a + 1) : wish;
            // "I'd like to send you my CFP": asked, not announced ("May I send you my CFP …?")
            case "send" -> t.get(a).lower().equals("you") && a + 1 < t.size() ? "May I send you " + question(rest(wish, t, a + 1))
                    // "send them to you" already names who receives them: "May I send them to you?"; "send them and ask …":
                    // a pronoun goes before its "to you" ("May I send them to you and ask …?")
                    : TO_YOU.matcher(rest(wish, t, a)).find() ? "May I send " + question(rest(wish, t, a))
                    : OBJECT_PRONOUNS.contains(t.get(a).lower()) ? "May I send " + t.get(a).text() + " to you"
                            + (a + 1 < t.size() ? " " + question(rest(wish, t, a + 1)) : "?")
                    : t.get(a).is("DET", "PRON") && !t.get(a).lower().equals("it") ? "May I send you " + question(rest(wish, t, a)) : wish;
            // "tell you the Quiet Shift got shortlisted": news passed on, "I wanted to let you know that …"
            // "tell him thanks", "tell her thank you for the intro": the thanks itself (a veteran's note left it out)
            case "tell" -> t.get(a).lower().equals("you") && a + 1 < t.size() && t.get(a + 1).lower().equals("thanks")
                    ? thankThenAsk(withoutManner(("Thanks " + (a + 2 < t.size() ? rest(wish, t, a + 2) : "")).strip()))
                    : t.get(a).lower().equals("you") && a + 2 < t.size() && t.get(a + 1).lower().equals("thank") && t.get(a + 2).lower().equals("you")
                    ? thankThenAsk(withoutManner("Thank " + rest(wish, t, a + 2)))
                    : t.get(a).lower().equals("you") && a + 2 < t.size() && t.get(a + 1).isWord()
                    && !Set.of("about", "how", "what", "why", "that", "and", "so", "more").contains(t.get(a + 1).lower())
                    && t.subList(a + 2, t.size()).stream().anyMatch(x -> x.is("VERB", "AUX"))
                    ? "I wanted to let you know that " + rest(wish, t, a + 1)
                    : wish;
            case "invite" -> t.get(a).lower().equals("you") && a + 2 < t.size() && t.get(a + 1).lower().equals("to")
                    && t.get(a + 2).is("VERB") ? "Would you like to " + question(rest(wish, t, a + 2)) : wish;
            default -> wish;
        };
    }

    private static final java.util.regex.Pattern IN_TOUCH_AGAIN = java.util.regex.Pattern.compile(
            "(?i)(?:re-?connect|connect|catch up|get back in touch|say hi|say hello|keep in touch|stay in touch)(?: with (?:you|him|her|them))?(?: here| on linkedin| again)?[.!]*");
    private static final Set<String> CONGRATS = Set.of("congrats", "congratulations", "congratz", "congrats!");

    /** "say congrats", "say congratulations on the move", "say congrats and ask if …", from the word after "congrats". */
    private static String congratulationsSaid(String wish, List<Token> t, int after) {
        if (after >= t.size() || !t.get(after).isWord()) {
            return "Congratulations!";
        }
        String next = t.get(after).lower();
        if (next.equals("on") && after + 1 < t.size()) {
            return "Congratulations " + exclaim(rest(wish, t, after).replaceFirst("(?i)^on (new|recent|first)\\b", "on your $1"));
        }
        if (next.equals("and") && after + 2 < t.size() && t.get(after + 1).lower().equals("ask")) {
            return "Congratulations! " + askedAfter(rest(wish, t, after + 2));
        }
        // "say congrats and reconnect": the reconnecting is the invitation itself; the congratulations are the note's
        if (next.equals("and") && after + 1 < t.size() && IN_TOUCH_AGAIN.matcher(rest(wish, t, after + 1)).matches()) {
            return "Congratulations!";
        }
        return wish;
    }

    /** The ask after a congratulations: a question when it can be one, else "May I ask who handles the rights?". */
    private static String askedAfter(String what) {
        String asked = capital(of("I want to ask " + what));
        return asked.startsWith("I want to ask ") ? "May I ask " + question(asked.substring("I want to ask ".length())) : asked;
    }

    private static String suggestion(String wish, List<Token> t, int a) {
        int we = a < t.size() && t.get(a).lower().equals("you") ? a + 1 : a;
        we = we < t.size() && t.get(we).lower().equals("that") ? we + 1 : we;
        if (we + 1 < t.size() && t.get(we).lower().equals("we") && t.get(we + 1).is("VERB")) {
            return "Shall we " + question(rest(wish, t, we + 1));
        }
        return wish;
    }

    /** "Thank you properly": how the user means to thank is said by thanking. */
    private static String withoutManner(String thanks) {
        return thanks.replaceFirst("(?i)^(Thank you|Thanks)\\s+(?:" + String.join("|", MANNER) + ")\\b", "$1");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final java.util.regex.Pattern AND_TELL = java.util.regex.Pattern.compile("(?i),?\\s+and\\s+(?:to\\s+)?(?:tell|let)\\s+you(?:\\s+know)?(?:\\s+that)?\\s+");

    /** "on the Lead Dev talk and tell you I'm looking for a new EM role": "Congratulations on the Lead Dev talk! I'm looking …". */
    private static String congratulatedThenTold(String on) {
        java.util.regex.Matcher m = AND_TELL.matcher(on);
        if (!m.find()) {
            return "Congratulations " + exclaim(on);
        }
        String told = on.substring(m.end()).strip().replaceAll("[.!]+$", "");
        return "Congratulations " + exclaim(on.substring(0, m.start()).strip()) + " " + Character.toUpperCase(told.charAt(0)) + told.substring(1) + ".";
    }

    private static final java.util.regex.Pattern EVERYONE = java.util.regex.Pattern.compile(
            "(?i)\\s+with\\s+(?:everyone|everybody|all\\s+of\\s+them|them\\s+all|each\\s+of\\s+them|all\\s+of\\s+you|the\\s+whole\\s+(?:team|group))\\b");

    // "thanks and maybe send you photos of the hamper packing": the thanks, then the offer
    private static final java.util.regex.Pattern AND_OFFER = java.util.regex.Pattern.compile(
            "(?i)^((?:Thank you|Thanks)(?: so much| very much| again)?(?: for [^,]+?)?),?\\s+and (?:(?:maybe|perhaps) (?:also )?((?:send|share|show|give|bring|forward|pass on) .+?)|(?:also )?((?:send|show|give|bring|forward) you .+?"
            // "thank them for coming and share the recording": a thing to send is offered (the news is told, above)
            + "|share (?:the|my|our) (?:recording|slides|deck|video|link|notes|photos|pictures|case study|report|paper|data|template|checklist|results|guide|playbook)\\b[^.!]*?))[.!]*$");

    private static final java.util.regex.Pattern AND_RECEIVE = java.util.regex.Pattern.compile(
            "(?i)^((?:Thank you|Thanks)(?: so much| very much| again)?(?: for [^,]+?)?),?\\s+and (?:maybe |also |hopefully )?(?:get|receive|have|ask for) ((?:the|your) [^.!?,]+?)(?:[,.]\\s*([^.!?]+?))?[.!]*$");

    private static final java.util.regex.Pattern AND_IN_TOUCH = java.util.regex.Pattern.compile(
            // "thank him and stay on his radar" (a grantee's thanks): a wish to be remembered is staying in touch
            "(?i)(?:thanks|thank you)( for [^,.!]+?)?,? and (?:to )?(?:stay|keep) (?:in (?:touch|contact)|connected|on (?:your|his|her|their) radar)[.!]?");

    /** "Thank you and ask if you'd mind me sending …": the thanks said, then the question asked. */
    private static String thankThenAsk(String thanks) {
        java.util.regex.Matcher touch = AND_IN_TOUCH.matcher(thanks.strip());
        if (touch.matches()) {
            // "say thanks and stay in touch": "Thank you! I'd like to stay in touch." rather than "Thanks and stay in touch."
            return "Thank you" + (touch.group(1) == null ? "" : touch.group(1)) + "! I'd like to stay in touch.";
        }
        java.util.regex.Matcher offer = AND_OFFER.matcher(thanks.strip());
        if (offer.matches()) {
            // "… and share the news": the news is told, not offered
            String offered = offer.group(2) != null ? offer.group(2) : offer.group(3);
            // "… send you the link directly and maybe you can share it with your listeners": the offer, then the light ask
            java.util.regex.Matcher then = AND_YOU_CAN.matcher(offered);
            if (then.find()) {
                return offer.group(1) + "! I'd be glad to " + offered.substring(0, then.start()).strip() + ". Perhaps you could "
                        + question(then.group(1));
            }
            return offer.group(1) + "! I'd be glad to " + offered;
        }
        java.util.regex.Matcher receive = AND_RECEIVE.matcher(thanks.strip());
        if (receive.matches()) {
            // "thank her and get the deck": the thanks, then what the user hopes to have, asked for lightly
            return receive.group(1) + "! I would be grateful for " + receive.group(2) + "."
                    + (receive.group(3) == null ? "" : " " + capital(receive.group(3)) + ".");
        }
        java.util.regex.Matcher m = AND_ASK.matcher(thanks);
        if (!m.find()) {
            return thanks;
        }
        String asked = of("I want to ask " + m.group(1).strip());
        return thanks.substring(0, m.start()).replaceAll("[,.!]+$", "") + "! " + Character.toUpperCase(asked.charAt(0)) + asked.substring(1);
    }

    private static final java.util.regex.Pattern AND_YOU_CAN = java.util.regex.Pattern.compile(
            "(?i),?\\s+and (?:maybe |perhaps )?you (?:can|could|might) (.+?)[.!]*$");
    private static final java.util.regex.Pattern AND_ASK = java.util.regex.Pattern.compile("(?i),?\\s+and (?:also |maybe |perhaps )*ask (?:you )?((?:if|whether|how|what|when|where|why|which|who)\\b.*)$");

    /**
     * "remind you that you promised to send me the checklist": a reminder is best sent as the offer
     * recalled kindly and a light question ("You kindly offered to send me the checklist. Would that
     * still be possible?"); "remind you about the checklist" follows up on it; a bare "remind you" is a
     * gentle nudge.
     */
    private static String remind(String wish, List<Token> t, int a) {
        int i = a;
        while (i < t.size() && (t.get(i).is("PUNCT") || MANNER.contains(t.get(i).lower()))) {
            i++;
        }
        if (i >= t.size()) {
            return "Just a gentle reminder, whenever you have a moment.";
        }
        java.util.regex.Matcher offered = OFFERED.matcher(wish.substring(t.get(i).start()));
        if (offered.matches()) {
            return "You kindly offered to " + offered.group(1).replaceAll("[.!?,;:]+$", "") + ". Would that still be possible?";
        }
        String w = t.get(i).lower();
        if ((w.equals("about") || w.equals("of")) && i + 1 < t.size() && t.get(i + 1).is("DET", "PRON", "NOUN", "PROPN")) {
            return "I wanted to follow up on " + rest(wish, t, i + 1).replaceAll("[.!?,;:]+$", "") + ".";
        }
        return wish;
    }

    /**
     * "if we could use your audit tool and how you got the consultants on board": two asks in one; the yes/no
     * question first, then the wh-question said as what the sender would love to hear, each in its own sentence.
     */
    private static final java.util.regex.Pattern MAYBE_YOU_CAN = java.util.regex.Pattern.compile(
            "(?i)^(.+?)(?:[,;.]\\s+(?:and )?(?:maybe|perhaps) you (?:can|could|would|will|might)|\\s+and\\s+(?:maybe|perhaps) you (?:would|will)) ([^?!.]+?)[?!.]*$");

    // a favour asked of someone: "Would you consult on it?" reads as a demand, "Would you be open to consulting on it?" as an ask
    private static final Map<String, String> FAVOURS = Map.ofEntries(Map.entry("consult", "consulting"), Map.entry("do", "doing"),
            Map.entry("come", "coming"), Map.entry("speak", "speaking"), Map.entry("join", "joining"), Map.entry("give", "giving"),
            Map.entry("run", "running"), Map.entry("host", "hosting"), Map.entry("review", "reviewing"), Map.entry("mentor", "mentoring"),
            Map.entry("present", "presenting"), Map.entry("visit", "visiting"), Map.entry("teach", "teaching"), Map.entry("lead", "leading"),
            Map.entry("put", "putting"), Map.entry("introduce", "introducing"), Map.entry("talk", "talking"), Map.entry("meet", "meeting"));

    /** "consult on it from Nairobi": "be open to consulting on it from Nairobi"; any other ask as it is. */
    private static String openTo(String rest) {
        String[] w = rest.strip().split("\\s+", 2);
        String ing = FAVOURS.get(Text.lower(w[0]));
        return ing == null || w.length < 2 ? rest : "be open to " + ing + " " + w[1];
    }

    /**
     * Time the user asks for, asked as a question ("I would like 30 minutes to hear what you'd do differently." is "Could I
     * take 30 minutes of your time to hear what you'd do differently?"), and what the time was for without the time ("I'd
     * love to hear what you'd do differently."), blank when it does not say; for when a rule holds a stranger's time back.
     */
    record TimeAsk(String asked, String purposeOnly) {
    }

    /** The wish's time ask said as a question, with the sentences before it; empty when it asks for no time in those words. */
    static java.util.Optional<TimeAsk> timeAsked(String wish, Phrasebook.AskSteps steps) {
        java.util.regex.Matcher m = TIME_WANTED.matcher(wish.strip());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String what = m.group("what");
        java.util.regex.Matcher minutes = MINUTES.matcher(what);
        String phrase = minutes.matches() ? steps.timeInMinutes().replace("{n}", minutes.group(1))
                : INTERVIEW_MINUTES.matcher(what).matches() ? steps.interviewInMinutes().replace("{n}", digits(what))
                : INTERVIEW.matcher(what).matches() ? steps.interview()
                : what.matches("(?i).*\\bcoffee\\b.*") ? steps.coffee().replace("{what}", Text.lower(what))
                : steps.callOrChat().replace("{what}", Text.lower(what));
        String verb = m.group("verb");
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();
        String before = wish.strip().substring(0, m.start()).strip();
        String after = wish.strip().substring(m.end()).strip();
        String asked = phrase + (verb == null ? "" : " " + m.group("joint") + " " + verb + " " + rest) + "?";
        String purpose = verb == null ? "" : purpose(verb, rest, steps);
        return java.util.Optional.of(new TimeAsk(String.join(" ", before, asked, after).strip(),
                purpose.isEmpty() ? "" : String.join(" ", before, purpose, after).strip()));
    }

    private static String purpose(String verb, String rest, Phrasebook.AskSteps steps) {
        String v = Text.lower(verb);
        String r = rest.replaceFirst("(?i)^(?:you|more) ", "");
        if (TO_HEAR.contains(v) && WH_OR_ABOUT.matcher(r).lookingAt()) {
            return steps.hearIt() + " " + r + ".";
        }
        if (FOR_A_VIEW.contains(v)) {
            return steps.viewOn() + " " + r.replaceFirst("(?i)^(?:about|on) ", "") + ".";
        }
        return "";
    }

    private static String digits(String what) {
        java.util.regex.Matcher d = DIGITS.matcher(what);
        return d.find() ? d.group() : "";
    }

    // "to hear what you'd do differently" is heard; "to understand the boutique hotel market" asks a view on it
    private static final Set<String> TO_HEAR = Set.of("hear", "learn", "know", "ask");
    private static final Set<String> FOR_A_VIEW = Set.of("understand", "discuss", "talk", "ask", "learn");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,2}");

    // "I would like 30 minutes to hear …", "I'd like a coffee to understand …", "I would like a 20-minute interview."
    private static final java.util.regex.Pattern TIME_WANTED = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[.!?]\\s)I(?: would|'d|’d) (?:really |very much )?like (?<what>\\d{1,2} ?(?:minutes|mins)(?: of your time)?"
            + "|an? (?:\\d{1,2}[- ]?min(?:ute)?s? |quick |short |brief )?(?:coffee(?: chat)?|call|chat|video call|phone call|zoom call|interview))"
            + "(?: with you)?(?:,? (?<joint>to|so I can|so we can) (?<verb>\\p{L}+) (?<rest>[^.!?]+))?(?:[.!]|$)");
    private static final java.util.regex.Pattern MINUTES = java.util.regex.Pattern.compile("(?i)(\\d{1,2}) ?(?:minutes|mins)(?: of your time)?");
    private static final java.util.regex.Pattern INTERVIEW_MINUTES = java.util.regex.Pattern.compile("(?i)an? \\d{1,2}[- ]?min(?:ute)?s? interview");
    private static final java.util.regex.Pattern INTERVIEW = java.util.regex.Pattern.compile("(?i)an? (?:quick |short |brief )?interview");
    private static final java.util.regex.Pattern WH_OR_ABOUT = java.util.regex.Pattern.compile(
            "(?i)(?:what|how|why|where|which|whether|if|who|when|about)\\b");

    /** The favour asked plainly, for a note short of room: "Would you be open to doing it again?" is "Would you do it again?". */
    static String plainAsk(String wish) {
        // "Could I ask how you get …?" is "How do you get …?"
        java.util.regex.Matcher could = COULD_I_ASK.matcher(wish);
        if (could.find()) {
            return wish.substring(0, could.start()) + capital(could.group(1)) + " do you " + wish.substring(could.end());
        }
        java.util.regex.Matcher open = OPEN_TO.matcher(wish);
        if (!open.find()) {
            return wish;
        }
        String ing = Text.lower(open.group(1));
        return FAVOURS.entrySet().stream().filter(e -> e.getValue().equals(ing)).findFirst()
                .map(e -> wish.substring(0, open.start()) + "Would you " + e.getKey() + wish.substring(open.end())).orElse(wish);
    }

    private static final java.util.regex.Pattern COULD_I_ASK = java.util.regex.Pattern.compile(
            "Could I ask ((?:how|what|why|where|when|which)(?: (?!you\\b)\\p{L}+)?) you (?=\\p{L})");
    private static final java.util.regex.Pattern OPEN_TO = java.util.regex.Pattern.compile("Would you be open to (\\p{L}+ing)\\b");

    private static String twoAsks(String opening, String rest) {
        java.util.regex.Matcher second = SECOND_ASK.matcher(rest);
        if (!second.find()) {
            return opening + question(rest);
        }
        return opening + question(rest.substring(0, second.start())) + " I'd also love to hear "
                + second.group(1).replaceAll("[.!?,;:]+$", "").strip() + ".";
    }

    private static final java.util.regex.Pattern SECOND_ASK = java.util.regex.Pattern.compile(
            "(?i),?\\s+and\\s+((?:how|what|why|when|where|who|which|whether)\\s.+)$");

    private static final java.util.regex.Pattern OFFERED = java.util.regex.Pattern.compile(
            "(?i)(?:that |about |of )?(?:how )?you (?:promised|offered|said you(?:'d| would)|were going|agreed)(?: to)? (.+)$");

    // "ask if it is ok to send my CV now or better to wait for January"
    private static final java.util.regex.Pattern IS_IT_OK = java.util.regex.Pattern.compile(
            "(?i)^(?:you )?(?:if|whether) it(?: is|'s|’s| would be) (?:ok|okay|alright|all right|fine) (?:for me |if i )?(?:to )?(.+?)(?:,? or (?:is it )?(?:better|best) (?:to )?(.+?))?[?.!]*$");

    /**
     * As {@link #askInOrder}; an indirect question it cannot turn round ("ask how you chose your retraining programme", "ask
     * whether EAB or the masters helped more") is still asked, as the user worded it: "May I ask how you chose …?" (a
     * careers adviser's students' notes announced "I would like to ask …" and never asked).
     */
    private static String ask(String wish, List<Token> t, int a) {
        String asked = askInOrder(wish, t, a);
        // ("how they chose …" comes back with its "they" said as "you", still announced)
        if (!asked.equals(wish) && !ANNOUNCED.matcher(asked).lookingAt()) {
            return asked;
        }
        if (!asked.equals(wish)) {
            wish = asked;
            t = Language.english().tokens(wish);
            a = askAt(t);
            if (a < 0) {
                return wish;
            }
        }
        int i = a < t.size() && t.get(a).lower().equals("you") && a + 1 < t.size() && !t.get(a + 1).lower().equals("to") ? a + 1 : a;
        if (i + 2 >= t.size() || !WH.contains(t.get(i).lower()) && !Set.of("if", "whether").contains(t.get(i).lower())) {
            return wish;
        }
        // ("ask how does your team rotate …": typed in a question's order already, which the note asks as typed)
        if (WH.contains(t.get(i).lower()) && (t.get(i + 1).is("AUX") || Set.of("does", "do", "did").contains(t.get(i + 1).lower()))) {
            return wish;
        }
        // (a yes/no question of the sender's own, "if I can come for a trial day", "if your data could be shared", is a request,
        // which the rules weigh as such; only one that asks what is so, "whether EAB or the masters helped more", is put)
        if (!WH.contains(t.get(i).lower()) && t.subList(i + 1, t.size()).stream()
                .anyMatch(x -> REQUESTING.contains(x.lower()))) {
            return wish;
        }
        String question = rest(wish, t, i).strip().replaceAll("[.!?]+$", "");
        // "how he got his cadet role …, and if he'd have a coffee sometime in January": a second question that is a request
        // ("'d", "could", "I") is no part of the one put; the rules weigh such requests on their own
        java.util.regex.Matcher second = SECOND_QUESTION.matcher(question);
        if (second.find() && Language.english().tokens(question.substring(second.end())).stream()
                .anyMatch(x -> REQUESTING.contains(x.lower()) || x.lower().matches(".*['’](?:d|ll)"))) {
            return wish;
        }
        // (one question, said to them: a second sentence, or someone still "she" or "he", is left as typed)
        if (question.matches("(?s).*[.!?;]\\s.*") || THIRD_PERSON.matcher(question).find()) {
            return wish;
        }
        question = THEY_FIRST.matcher(question).replaceFirst("$1you");
        return "May I ask " + Character.toLowerCase(question.charAt(0)) + question.substring(1) + "?";
    }

    private static final java.util.regex.Pattern SECOND_QUESTION = java.util.regex.Pattern.compile("(?i),?\\s+and\\s+(?:if|whether)\\b");
    private static final Set<String> REQUESTING = Set.of("i", "we", "my", "our", "us", "me", "can", "could", "would", "will", "may", "might");

    private static final java.util.regex.Pattern ANNOUNCED = java.util.regex.Pattern.compile("(?i)I(?: want|'d like|’d like| would like|'d love| would love) to ask\\b");

    /** The token after the first "ask", or -1. */
    private static int askAt(List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).lower().equals("ask")) {
                return k + 1;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile("(?i)\\b(?:she|he|her|him|his|hers)\\b");
    // "how they chose …": the recipient's side, asked of them
    private static final java.util.regex.Pattern THEY_FIRST = java.util.regex.Pattern.compile("(?i)^((?:how|what|why|where|when|which|who|if|whether)\\s+)they\\b");

    private static String askInOrder(String wish, List<Token> t, int a) {
        java.util.regex.Matcher ok = IS_IT_OK.matcher(wish.substring(t.get(Math.min(a, t.size() - 1)).start()).strip());
        if (ok.matches()) {
            return "Would it be OK to " + ok.group(1).strip() + (ok.group(2) == null ? "?" : ", or is it better to " + ok.group(2).strip() + "?");
        }
        int i = a;
        if (i < t.size() && t.get(i).lower().equals("you") && i + 1 < t.size() && !t.get(i + 1).lower().equals("to")) {
            i++;
        }
        if (i + 2 >= t.size()) {
            return wish;
        }
        String w = t.get(i).lower();
        // "ask how is life in Phoenix": already in a question's order, "How is life in Phoenix?"
        if (Set.of("how", "what", "where", "when", "who").contains(w) && Set.of("is", "are", "was", "were").contains(t.get(i + 1).lower())
                && !t.get(i + 2).is("PUNCT")) {
            return capital(question(rest(wish, t, i)));
        }
        // "ask for the spreadsheet": "Could you share the spreadsheet?"
        if (w.equals("for") && t.get(i + 1).is("DET") && !t.get(i + 1).lower().matches("a|an|any|some")) {
            String[] said = rest(wish, t, i + 1).split("(?<=[.!?])\\s+", 2);
            String thing = said[0].replaceAll("[.!?,]+$", "").strip();
            String head = Text.lower(thing.replaceAll("^.*\\s", ""));
            if ((SHAREABLE.contains(head) || SHEETS.contains(head)) && thing.split("\\s+").length <= 5) {
                return "Could you share " + thing.replaceFirst("(?i)^(?:your|his|her)\\b", "the") + "?" + (said.length > 1 ? " " + said[1] : "");
            }
        }
        if ((w.equals("if") || w.equals("whether"))) {
            String straight = possibleOrThere(wish, t, i + 1);
            if (!straight.isEmpty()) {
                return straight;
            }
        }
        // "ask you if we could run a study group": the question the two would answer together
        if ((w.equals("if") || w.equals("whether")) && t.get(i + 1).lower().equals("we") && i + 3 < t.size()) {
            String modal = switch (t.get(i + 2).lower()) {
                case "could", "can", "might", "may" -> "Could";
                case "should" -> "Should";
                default -> "";
            };
            return modal.isEmpty() ? wish : twoAsks(modal + " we ", rest(wish, t, i + 3));
        }
        if ((w.equals("if") || w.equals("whether")) && Set.of("our", "my").contains(t.get(i + 1).lower())) {
            // "ask if our Natural Science Club (…) can join the field day": "Could our Natural Science Club (…) join the field day?"
            for (int j = i + 2; j + 1 < t.size() && j < i + 16; j++) {
                if (Set.of("can", "could", "may").contains(t.get(j).lower()) && t.get(j + 1).is("VERB")) {
                    return "Could " + wish.substring(t.get(i + 1).start(), t.get(j).start()).strip() + " " + question(rest(wish, t, j + 1));
                }
                if (t.get(j).is("VERB", "AUX")) {
                    break;
                }
            }
        }
        if ((w.equals("if") || w.equals("whether")) && (t.get(i + 1).lower().equals("you'd") || t.get(i + 1).lower().equals("you’d"))
                && i + 2 < t.size()) {
            // "ask if you'd mind me sending …": "Would you mind me sending …?"
            return "Would you " + question(rest(wish, t, i + 2));
        }
        if ((w.equals("if") || w.equals("whether")) && t.get(i + 1).lower().equals("you") && i + 3 < t.size()) {
            String verb = t.get(i + 2).lower();
            String next = t.get(i + 3).lower();
            // "ask if you have tips for …": having a thing (not "if you have seen …") is asked with "do" ("Do you have any tips for …?")
            if (verb.equals("have") && t.get(i + 3).isWord() && !PERFECT.contains(next) && !PAST.contains(next) && !next.matches(".*(?:ed|en)")) {
                return "Do you have " + (OPEN_ENDED.contains(next) ? "any " : "") + question(rest(wish, t, i + 3));
            }
            // "ask if you are hiring": "Are you hiring?"
            if (verb.equals("are") || verb.equals("were")) {
                return capital(verb) + " you " + question(rest(wish, t, i + 3));
            }
        }
        // "ask if they take people for the harvest": their firm's practice, asked of them ("Do you take people …?")
        if ((w.equals("if") || w.equals("whether")) && Set.of("you", "they").contains(t.get(i + 1).lower()) && i + 3 < t.size()
                && t.get(i + 2).is("VERB") && t.get(i + 2).tag().equals("VERB") && !t.get(i + 2).lower().endsWith("ed")
                && !t.get(i + 2).lower().endsWith("s") && !PAST.contains(t.get(i + 2).lower())) {
            return "Do you " + question(rest(wish, t, i + 2));
        }
        if ((w.equals("if") || w.equals("whether")) && t.get(i + 1).lower().equals("you")) {
            String modal = switch (t.get(i + 2).lower()) {
                case "could", "can", "might", "may" -> "Could";
                case "would", "will" -> "Would";
                default -> "";
            };
            return modal.isEmpty() || i + 3 >= t.size() ? wish : twoAsks(modal + " you ", modal.equals("Would") ? openTo(rest(wish, t, i + 3)) : rest(wish, t, i + 3));
        }
        if (w.equals("you") && t.get(i + 1).lower().equals("to") && t.get(i + 2).is("VERB")) {
            return "Would you " + question(openTo(rest(wish, t, i + 2)));
        }
        if (WH.contains(w) && t.get(i + 1).is("VERB") && (t.get(i + 1).lower().endsWith("ed") || PAST.contains(t.get(i + 1).lower()))) {
            // "what helped your colleague prepare": the wh-word is the subject, and the question keeps its order
            return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + question(rest(wish, t, i + 1));
        }
        if (WH.contains(w)) {
            String wh = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            // "what tools your team uses": the wh-word's own noun goes with it, and the subject starts after it
            int s = i + 1;
            if (WH_DETERMINERS.contains(w) && t.get(s).isWord() && !t.get(s).is("PRON", "DET", "AUX")) {
                while (s < t.size() && s <= i + 3 && t.get(s).isWord() && !t.get(s).is("PRON", "DET", "AUX")) {
                    s++;
                }
                if (s + 1 >= t.size() || !t.get(s).is("PRON", "DET")) {
                    return wish;
                }
                wh = wh + " " + wish.substring(t.get(i + 1).start(), t.get(s).start()).strip();
            }
            // "how they get TCR dates agreed": their firm's way, asked of them, as "if they take …" is
            if (Set.of("you", "they").contains(t.get(s).lower()) && s + 1 < t.size() && t.get(s + 1).is("VERB")) {
                // "how you priced …" would need its tense changed: it stays as the user said it, but a "they" asked of the
                // recipient's side is "you" ("I would like to ask what they did when the loggers kept failing" spoke of the
                // recipient's team in the third person)
                if (t.get(s + 1).lower().endsWith("ed") || PAST.contains(t.get(s + 1).lower())) {
                    return t.get(s).lower().equals("they")
                            ? wish.substring(0, t.get(s).start()) + "you" + wish.substring(t.get(s).end()) : wish;
                }
                // asked as the user put it, "Could I ask how you get …?": a bare "How do you get …?" read as abrupt to reviewers
                return "Could I ask " + Text.lower(wh.substring(0, 1)) + wh.substring(1) + " you " + question(rest(wish, t, s + 1));
            }
            // "which days the road will be closed": the auxiliary goes before its subject ("Which days will the road be closed?")
            String ordered = QuestionOrder.of(rest(wish, t, s));
            if (!ordered.isEmpty() && !ordered.startsWith("Do ") && !ordered.startsWith("Does ")) {
                return twoAsks(wh + " ", Character.toLowerCase(ordered.charAt(0)) + ordered.substring(1));
            }
            // "how your team handles X": the first verb after the subject, in the third person, takes "does".
            for (int k = s + 1; k < t.size(); k++) {
                Token verb = t.get(k);
                // "how your team handles X": the tagger may read "handles" as a plural noun; after "your team" it is the verb
                boolean nounVerb = k == s + 2 && verb.is("NOUN") && t.get(k - 1).is("NOUN") && t.get(s).is("PRON", "DET")
                        && k + 1 < t.size() && t.get(k + 1).isWord() && (!t.get(k + 1).is("ADP", "CCONJ", "SCONJ", "AUX", "VERB")
                        // "your team handles returns": of two -s words after the subject, the first is the verb
                        || t.get(k + 1).is("VERB") && t.get(k + 1).lower().endsWith("s") && (k + 2 == t.size() || !t.get(k + 2).isWord()));
                if (verb.is("VERB") || nounVerb) {
                    String text = verb.text();
                    boolean third = text.endsWith("s") && !text.endsWith("ss") && text.length() > 3;
                    if (!third) {
                        return wish;
                    }
                    String subject = wish.substring(t.get(s).start(), verb.start()).strip();
                    String base = dev.rapport.language.VerbForms.base(text);
                    String after = k + 1 < t.size() ? " " + rest(wish, t, k + 1) : "";
                    return wh + " does " + subject + " " + question(base + after);
                }
                if (verb.is("AUX") || verb.is("PUNCT")) {
                    return wish;
                }
            }
        }
        return wish;
    }

    // the participles after "have" that make it a tense, not having something
    private static final Set<String> PERFECT = Set.of("been", "done", "gone", "had", "seen", "heard", "met", "sent", "read", "put", "let", "cut");
    // what one has "any" of when asked: "Do you have any tips for …?"
    private static final Set<String> OPEN_ENDED = Set.of("tips", "advice", "ideas", "suggestions", "pointers", "recommendations", "thoughts");

    private static final Set<String> BE = Set.of("is", "'s", "’s", "are", "was", "were");

    /**
     * The yes/no questions that need no "you": "if 20 min interview possible" asks "Would a 20-minute interview be
     * possible?" (the verb the user left out put back), "if there's still a spot" asks "Is there still a spot?"; a
     * clause of the sender's own after it ("and can send CV") is said as theirs ("I can send my CV."). Blank otherwise.
     */
    private static String possibleOrThere(String wish, List<Token> t, int from) {
        if (from + 2 >= t.size()) {
            return "";
        }
        int end = t.size();
        String own = "";
        for (int k = from + 1; k + 2 < t.size(); k++) {
            if (t.get(k).lower().equals("and") && Set.of("can", "could").contains(t.get(k + 1).lower()) && t.get(k + 2).is("VERB")) {
                end = k;
                own = " I " + ownClause(wish, t, k + 1);
                break;
            }
        }
        String asked = wish.substring(t.get(from).start(), t.get(end - 1).end()).replaceAll("[.!?,;:]+$", "").strip();
        if (Set.of("there's", "there’s", "theres").contains(t.get(from).lower())) {
            // (the tokenizer keeps "there's" whole)
            return "Is there " + wish.substring(t.get(from).end(), t.get(end - 1).end()).replaceAll("[.!?,;:]+$", "").strip() + "?" + own;
        }
        if (t.get(from).lower().equals("there") && BE.contains(t.get(from + 1).lower())) {
            String be = t.get(from + 1).lower().startsWith("'") || t.get(from + 1).lower().startsWith("’") ? "is" : t.get(from + 1).lower();
            return capital(be) + " there " + wish.substring(t.get(from + 1).end(), t.get(end - 1).end()).replaceAll("[.!?,;:]+$", "").strip() + "?" + own;
        }
        // "if 20 min interview possible", "if a short call is possible": the thing, then "possible", with no verb of its own
        int last = end - 1;
        while (last > from && !t.get(last).isWord()) {
            last--;
        }
        if (!t.get(last).lower().equals("possible")) {
            return "";
        }
        int thingEnd = last;
        if (thingEnd - 1 > from && BE.contains(t.get(thingEnd - 1).lower())) {
            thingEnd--;
        }
        for (int k = from; k < thingEnd; k++) {
            if (t.get(k).is("VERB", "AUX", "PRON") || !t.get(k).isWord() && !t.get(k).text().equals("-")) {
                return "";
            }
        }
        if (thingEnd - from > 6) {
            return "";
        }
        String thing = wish.substring(t.get(from).start(), t.get(thingEnd - 1).end()).strip();
        String head = t.get(thingEnd - 1).lower();
        boolean article = !t.get(from).is("DET") && t.get(thingEnd - 1).is("NOUN") && !(head.endsWith("s") && !head.endsWith("ss"));
        return "Would " + (article ? (thing.matches("(?i)^[aeio8].*|^1[18]\\b.*") ? "an " : "a ") : "") + thing + " be possible?" + own;
    }

    /** "can send CV": the sender's own offer, a lone singular thing given its owner ("can send my CV."). */
    private static String ownClause(String wish, List<Token> t, int modal) {
        String verb = t.get(modal + 1).text();
        int o = modal + 2;
        String rest = o < t.size() ? wish.substring(t.get(o).start()).replaceAll("[.!?,;:]+$", "").strip() : "";
        boolean bare = o < t.size() && t.get(o).is("NOUN", "PROPN") && !(o + 1 < t.size() && t.get(o + 1).is("NOUN", "PROPN"))
                && !t.get(o).lower().endsWith("s") && Set.of("send", "share", "show", "bring").contains(t.get(modal + 1).lower());
        return t.get(modal).lower() + " " + verb + (rest.isEmpty() ? "" : " " + (bare ? "my " : "") + rest) + ".";
    }

    // wh-words that take a noun of their own ("what tools", "which supplier")
    private static final java.util.Set<String> WH_DETERMINERS = java.util.Set.of("what", "which", "whose");

    private static String rest(String wish, List<Token> t, int from) {
        return wish.substring(t.get(from).start()).strip();
    }

    // "thank you and reconnect": the thanks is the act; being in touch is what the invitation already does
    private static final java.util.regex.Pattern IN_TOUCH = java.util.regex.Pattern.compile(
            "(?i)\\s+and\\s+(?:re)?connect\\b.*$|\\s+and\\s+(?:stay|keep|get)\\s+in\\s+touch\\b.*$|\\s+and\\s+catch\\s+up\\b.*$");

    private static String withoutKeepingInTouch(String s) {
        return IN_TOUCH.matcher(s).replaceFirst("");
    }

    private static String exclaim(String s) {
        return s.strip().replaceAll("[.!?,;:]+$", "") + "!";
    }

    // "consider me, I can send my dessert photos": a clause of the sender's own after the question
    private static final java.util.regex.Pattern OWN_CLAUSE = java.util.regex.Pattern.compile(
            "[,.]\\s+(?=(?:I|[Ww]e|I'm|I’m|I'd|I’d|I'll|I’ll) |(?:the |my |our )?[\\p{L}-]+ (?:is|are|was|were) )");

    private static String question(String s) {
        java.util.regex.Matcher own = OWN_CLAUSE.matcher(s);
        if (own.find() && own.start() > 0) {
            String after = s.substring(own.end()).strip().replaceAll("[.!?,;:]+$", "");
            return question(s.substring(0, own.start())) + " " + capital(after) + ".";
        }
        String q = s.strip().replaceAll("[.!?,;:]+$", "");
        return q.toLowerCase(Locale.ROOT).endsWith("?") ? q : q + "?";
    }
}
