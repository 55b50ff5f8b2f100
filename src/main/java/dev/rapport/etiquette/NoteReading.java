package dev.rapport.etiquette;

import dev.rapport.text.Words;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One note being checked, with what several rules need to know about it: the greeting, and the
 * specific details it names (the signal that separates a personal note from a mass mailing).
 */
final class NoteReading {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.&-][\\p{L}\\p{N}]+)*");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”\\n]{3,}[\"”]");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");
    private static final String SENTENCE_END = ".!?\n:…";

    final String note;
    final NoteContext ctx;
    final RuleSet rules;
    final PatternBook book;
    private Greeting greeting;
    private Evidence evidence;
    private List<Span> details;
    private Boolean invited;

    NoteReading(String note, NoteContext ctx, RuleSet rules, PatternBook book) {
        this(note, ctx, rules, book, null);
    }

    /** With the context's evidence already read (a draft vets many candidate notes against one context). */
    NoteReading(String note, NoteContext ctx, RuleSet rules, PatternBook book, Evidence evidence) {
        this.note = note;
        this.ctx = ctx;
        this.rules = rules;
        this.book = book;
        this.evidence = evidence;
    }

    /** What the note may truthfully say, read once for this note however many truth rules ask. */
    Evidence evidence() {
        if (evidence == null) {
            evidence = Evidence.read(ctx);
        }
        return evidence;
    }

    /** The recipient's own words invite what the sender wants (their open door), read once for this note. */
    boolean invited() {
        if (invited == null) {
            invited = OpenDoor.invitation(ctx.them(), ctx.purpose(), rules, book).isPresent();
        }
        return invited;
    }

    Greeting greeting() {
        if (greeting == null) {
            Rule names = rules.require("wrong-name");
            greeting = Greeting.read(note, book.phrasePattern(names.phrases("greetings")), names.phrases("not-names"), names.phrases("honorifics"));
        }
        return greeting;
    }

    /** The stretches of the note that name something specific: context terms, proper nouns, numbers, quotes, hashtags. */
    List<Span> details() {
        if (details == null) {
            details = Span.merge(findDetails());
        }
        return details;
    }

    boolean hasSpecific() {
        return !details().isEmpty();
    }

    boolean hasSpecificIn(int from, int to) {
        return details().stream().anyMatch(d -> d.start() < to && d.end() > from);
    }

    /** The recipient as named in messages: their first name, or a neutral word. */
    String them() {
        Profile them = ctx.them();
        return them != null && !them.firstName().isBlank() ? them.firstName() : rules.messages().word("them-in-note");
    }

    /** The strongest thing the note could name, or null when nothing is known. */
    String subject() {
        for (CommonGround g : ctx.ground()) {
            if (!g.subject().isBlank()) {
                return g.subject();
            }
        }
        Purpose p = ctx.purpose();
        if (p != null) {
            for (List<String> named : List.of(p.events(), p.people(), p.posts())) {
                if (!named.isEmpty()) {
                    return named.get(0);
                }
            }
        }
        return null;
    }

    /**
     * The strongest shared thing as a reader takes it: the ground's own sentence ("you both list Phylogenetics") where there
     * is one, else the name itself ("Name what you actually share: moving." read as nonsense to a trainer).
     */
    private String shared(String subject) {
        return ctx.ground().stream().filter(g -> g.subject().equals(subject) && !g.detail().isBlank()).findFirst()
                .map(g -> g.detail().strip().replaceAll("[.]+$", "")).orElse(subject);
    }

    Finding finding(Rule rule, Severity severity, Span span, String messageKey, String fixKey, Map<String, String> extra) {
        Map<String, String> vars = new HashMap<>();
        vars.put("phrase", span.of(note).strip());
        vars.put("them", them());
        vars.put("title", rule.title());
        String subject = subject();
        if (subject != null) {
            vars.put("subject", subject);
            vars.put("shared", shared(subject));
        }
        vars.putAll(extra);
        String message = template(rule, messageKey, "message");
        String fixName = subject == null && rules.messages().note(rule.id(), fixKey + "-no-subject").isPresent()
                ? fixKey + "-no-subject" : fixKey;
        String fix = template(rule, fixName, "fix");
        return new Finding(rule.id(), severity, span.start(), span.end(),
                Words.capitalise(Template.fill(message, vars)), Words.capitalise(Template.fill(fix, vars)));
    }

    Finding finding(Rule rule, Span span) {
        return finding(rule, rule.severity(), span, "message", "fix", Map.of());
    }

    Span whole() {
        return new Span(0, note.length());
    }

    /** A user's rule may carry its own wording; built-in rules read theirs from messages.yaml. */
    private String template(Rule rule, String key, String kind) {
        Object own = rule.params().get(key);
        if (own instanceof String s && !s.isBlank()) {
            return s;
        }
        Messages m = rules.messages();
        if (m.hasNote(rule.id())) {
            return m.requireNote(rule.id(), key);
        }
        return m.requireNote("custom", kind);
    }

    // ------------------------------------------------------------------ specific details

    private List<Span> findDetails() {
        Rule generic = rules.require("generic");
        Set<String> notSpecific = lower(generic.phrases("not-specific"));
        Set<String> genericWords = lower(generic.phrases("generic-words"));
        Set<String> context = contextTokens(genericWords);
        Set<String> names = nameTokens(context);
        Greeting g = greeting();
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(note);
        boolean firstAfterGreeting = true;
        while (m.find()) {
            if (m.start() < g.end()) {
                continue;
            }
            String token = m.group();
            String key = normal(token);
            boolean initial = firstAfterGreeting || sentenceInitial(m.start());
            firstAfterGreeting = false;
            boolean capitalised = Character.isUpperCase(token.codePointAt(0));
            if (context.contains(key)) {
                out.add(new Span(m.start(), m.end()));
            } else if (names.contains(key) || notSpecific.contains(key)) {
                continue;
            } else if (token.chars().anyMatch(Character::isDigit)) {
                // "we have 23 connections in common": a count LinkedIn shows everyone is no detail of this person (a trainer's
                // bad example was graded send, its stock line excused by the number)
                if (!inCount(m.start())) {
                    out.add(new Span(m.start(), m.end()));
                }
            } else if (Words.isAcronym(token) || capitalised && !initial) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        for (Pattern p : List.of(QUOTED, HASHTAG)) {
            Matcher q = p.matcher(note);
            while (q.find()) {
                out.add(new Span(q.start(), q.end()));
            }
        }
        out.addAll(book.findPatterns(note, generic.phrases("detail-patterns")));
        return out;
    }

    private static final Pattern SHOWN_COUNT = Pattern.compile(
            "(?i)\\b\\d[\\d,.]*\\+?\\s+(?:shared\\s+|mutual\\s+|common\\s+)?(?:connections|contacts|followers|friends|members)\\b");

    private boolean inCount(int start) {
        Matcher c = SHOWN_COUNT.matcher(note);
        while (c.find()) {
            if (c.start() <= start && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean sentenceInitial(int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(note.charAt(i)) || "\"“‘'([".indexOf(note.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || SENTENCE_END.indexOf(note.charAt(i)) >= 0;
    }

    /** Distinctive words of the things this note could be about: companies, schools, groups, ground, named people and events. */
    private Set<String> contextTokens(Set<String> genericWords) {
        List<String> terms = new ArrayList<>();
        for (CommonGround g : ctx.ground()) {
            terms.add(g.subject());
            terms.add(g.period());
        }
        Purpose p = ctx.purpose();
        if (p != null) {
            terms.addAll(p.people());
            terms.addAll(p.events());
            terms.addAll(p.posts());
        }
        Profile them = ctx.them();
        if (them != null) {
            them.positions().stream().map(Position::company).forEach(terms::add);
            them.education().stream().map(Education::school).forEach(terms::add);
            them.volunteering().stream().map(Volunteering::organisation).forEach(terms::add);
            terms.addAll(them.groups());
        }
        Set<String> ownNames = new HashSet<>();
        addNameTokens(ownNames, them);
        addNameTokens(ownNames, ctx.me());
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            Matcher m = TOKEN.matcher(term);
            while (m.find()) {
                String token = m.group();
                String key = normal(token);
                boolean significant = token.chars().anyMatch(Character::isDigit) || Words.isAcronym(token)
                        || token.codePointCount(0, token.length()) >= 4;
                if (significant && !genericWords.contains(key) && !ownNames.contains(key)) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** Names that never count as specific: the people writing and being written to, and the sender's own companies. */
    private Set<String> nameTokens(Set<String> context) {
        Set<String> out = new HashSet<>();
        addNameTokens(out, ctx.them());
        addNameTokens(out, ctx.me());
        if (greeting().name() != null) {
            out.add(normal(greeting().name()));
        }
        if (ctx.me() != null) {
            for (Position p : ctx.me().positions()) {
                Matcher m = TOKEN.matcher(p.company());
                while (m.find()) {
                    String key = normal(m.group());
                    if (!context.contains(key)) {
                        out.add(key);
                    }
                }
            }
        }
        return out;
    }

    private static void addNameTokens(Set<String> out, Profile p) {
        if (p == null) {
            return;
        }
        Matcher m = TOKEN.matcher(p.name());
        while (m.find()) {
            out.add(normal(m.group()));
        }
    }

    /** Lower case without a trailing possessive, so "Stripewell's" names Stripewell. */
    static String normal(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        return t.endsWith("'s") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
    }

    static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(normal(w)));
        return out;
    }
}
