package dev.rapport.etiquette;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening "Hi Priya," of a note: the name it greets (null when it greets nobody by name) and
 * where the greeting ends, so the word after it is read as the start of a sentence. {@code noName} is a
 * greeting that names no one: the greeting word alone ("Hello! I am …", "Hi, great to see …"), or with a word that
 * stands where the name should and is none, a profile's section heading ("Hi Skills," from a page read with its
 * heading for a name).
 */
record Greeting(String name, Span nameSpan, int end, Span noName) {

    static final Greeting NONE = new Greeting(null, null, 0, null);

    Greeting(String name, Span nameSpan, int end) {
        this(name, nameSpan, end, null);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern LEAD = Pattern.compile("^[\\s\\p{Punct}]*");

    /** {@code opening} is the greeting phrases as one pattern ({@link PatternBook#phrasePattern}). */
    static Greeting read(String note, Pattern opening, List<String> notNames, List<String> honorifics) {
        Matcher lead = LEAD.matcher(note);
        int from = lead.lookingAt() ? lead.end() : 0;
        Matcher g = opening.matcher(note);
        g.region(from, note.length());
        if (!g.lookingAt()) {
            return vocative(note, from, notNames);
        }
        Matcher word = WORD.matcher(note);
        int at = skipSeparators(note, g.end());
        // "Hello! I am a final year student …": the greeting word alone (with its mark), no name after it
        int mark = g.end();
        while (mark < note.length() && ",.!:;".indexOf(note.charAt(mark)) >= 0) {
            mark++;
        }
        Greeting bare = new Greeting(null, null, g.end(), new Span(from, mark));
        if (at >= note.length()) {
            return bare;
        }
        if (at == g.end() || !word.find(at) || word.start() != at) {
            return new Greeting(null, null, g.end()); // "Hi {firstName},": a placeholder, which its own rule reports
        }
        String typed = word.group();
        // "Namaste Satish-ji": the courtesy joined to the name is not part of it
        Matcher joined = JOINED_COURTESY.matcher(typed);
        boolean joinedCourtesy = joined.find();
        String name = joinedCourtesy ? typed.substring(0, joined.start()) : typed;
        int nameEnd = joinedCourtesy ? word.start() + joined.start() : word.end();
        String lower = name.toLowerCase(Locale.ROOT);
        if (notNames.stream().anyMatch(n -> n.equalsIgnoreCase(lower))) {
            // "Dear Sir," greets nobody in particular; "Hello! I am …" begins its first sentence with the word after it
            return continuesSentence(note, word.end()) ? bare : new Greeting(null, null, word.end());
        }
        if (honorifics.stream().anyMatch(h -> h.equalsIgnoreCase(name))) {
            // "Dear Dr. Raman": a title and a surname, the name the greeting gives ("Hi Dr Patel" to Olivia Hartley is
            // as wrong as "Hi Priya")
            int next = skipSeparators(note, word.end());
            boolean surname = word.find(next) && word.start() == next;
            if (surname && Character.isUpperCase(word.group().codePointAt(0)) && endsGreeting(note, word.end())) {
                return new Greeting(word.group(), new Span(word.start(), word.end()), word.end());
            }
            return new Greeting(null, null, surname ? word.end() : next);
        }
        if (dev.rapport.profile.ProfileReaders.isSectionHeading(name) && endsGreeting(note, word.end())) {
            return new Greeting(null, null, word.end(), new Span(from, word.end()));
        }
        // A name is capitalised and ends the greeting ("Hi Priya," "Hi Priya Raman —"); "Hi, Great to see…" greets nobody.
        // ("hey david! tess here …": a note typed all in lower case greets by a lower-case name, which ends its greeting with
        // "!" or ","; a trainer's freelancer note got no-name and the rewrite "hey [their first name] david!")
        // "Dear Saket sir,", "Namaste Satish bhai,", "Tanaka-san": a courtesy after the name ends the greeting with it
        Matcher courtesy = COURTESY_AFTER.matcher(note);
        courtesy.region(word.end(), note.length());
        int after = !joinedCourtesy && courtesy.lookingAt() ? courtesy.end() : word.end();
        boolean typedSmall = Character.isLowerCase(name.codePointAt(0)) && g.end() == at - 1 && after < note.length()
                && "!,".indexOf(note.charAt(after)) >= 0 && !LOWER_NOT_NAMES.contains(lower)
                && note.substring(0, Math.min(note.length(), 200)).chars().filter(Character::isUpperCase).count() == 0;
        if (!typedSmall && (!Character.isUpperCase(name.codePointAt(0)) || !endsGreeting(note, after))) {
            return bare;
        }
        // "Hi Gary A., I was …": the initial after the first name is part of the greeting (its dot no sentence's end)
        Matcher initials = INITIALS.matcher(note);
        int end = initials.find(after) && initials.start() == after ? initials.end() : after;
        return new Greeting(name, new Span(word.start(), nameEnd), end);
    }

    private static final java.util.Set<String> LOWER_NOT_NAMES = java.util.Set.of("there", "all", "everyone", "everybody", "team",
            "folks", "guys", "friend", "friends", "y'all", "you", "again", "hi", "hello", "hey");
    // courtesies said after a name in South Asian, Japanese and other usage; never a name of their own
    private static final String COURTESIES = "sir|ji|jee|bhai|bhaiya|didi|madam|ma'am|mam|sahib|saab|sahab|garu|san|sama|sensei|kun|chan|anna|akka";
    private static final Pattern COURTESY_AFTER = Pattern.compile("(?i)[ ]+(?:" + COURTESIES + ")\\b");
    private static final Pattern JOINED_COURTESY = Pattern.compile("(?i)-(?:" + COURTESIES + ")$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\s\\p{Lu}\\.)+(?=\\s*[,:—–-]|\\s*$)");

    /**
     * "Darla, I'd like to …": a name and a comma, with no greeting word before it, greets by name as "Hi Darla," does (a
     * trainer found such notes reported as greeting nobody, and a wrong name written this way let through). The tagger
     * tells the name from an opening word ("Thanks, …", "Honestly, …", "Sorry, …").
     */
    private static Greeting vocative(String note, int from, List<String> notNames) {
        List<dev.rapport.language.Token> tokens = dev.rapport.language.Language.english().tokens(note.substring(from,
                Math.min(note.length(), from + 80)));
        int names = 0;
        while (names < Math.min(2, tokens.size()) && tokens.get(names).is("PROPN")
                && Character.isUpperCase(tokens.get(names).text().codePointAt(0))) {
            names++;
        }
        // ("Pete - Resonex here.": a dash after the name addresses them as a comma does)
        if (names == 0 || names >= tokens.size() || !tokens.get(names).text().matches(",|-|–|—")
                || notNames.stream().anyMatch(n -> n.equalsIgnoreCase(tokens.get(0).text()))) {
            return NONE;
        }
        dev.rapport.language.Token first = tokens.get(0);
        return new Greeting(first.text(), new Span(from + first.start(), from + first.end()), from + tokens.get(names - 1).end());
    }

    /** A lower-case word follows: the word before it opened a sentence ("I am …"), not an address ("Sir,"). */
    private static boolean continuesSentence(String note, int i) {
        int j = i;
        while (j < note.length() && note.charAt(j) == ' ') {
            j++;
        }
        return j > i && j < note.length() && Character.isLowerCase(note.charAt(j));
    }

    private static boolean endsGreeting(String note, int i) {
        int j = i;
        while (j < note.length() && note.charAt(j) == ' ') {
            j++;
        }
        if (j >= note.length()) {
            return true;
        }
        char c = note.charAt(j);
        return ",.!:;—–-\n".indexOf(c) >= 0 || (j > i && Character.isUpperCase(c)) || !Character.isLetterOrDigit(c) && j > i;
    }

    private static int skipSeparators(String note, int i) {
        while (i < note.length() && (Character.isWhitespace(note.charAt(i)) || ",.!:;—–-".indexOf(note.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
