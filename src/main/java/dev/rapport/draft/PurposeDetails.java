package dev.rapport.draft;

import dev.rapport.language.Copyedit;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specific things in the sender's reason that make a note concrete: the field they are moving
 * into, the role they hire for, the talk they heard, the project they want help with. Each is blank
 * when the reason does not say it; a phrase is only kept when it reads cleanly inside a sentence
 * addressed to the target (no "she", "her", "my" in it).
 */
record PurposeDetails(String move, String field, String role, String team, String talk, String topic) {

    private static final String END = "([^.,;:!?()\\n]+)";
    private static final Pattern MOVE = Pattern.compile(
            "(?i)\\b(moving|move|switching|switch|transitioning|transition|breaking|break|getting|get)\\s+into\\s+" + END);
    private static final Pattern HIRING = Pattern.compile(
            "(?i)\\bhiring\\s+(?:for\\s+)?((?:an?|one|two)\\s+[^.,;:!?()\\n]+?)\\s+(?:for|on|in|to join)\\s+(?:our|my|the|a)\\s+" + END);
    private static final Pattern TALK = Pattern.compile(
            "(?i)\\b(?:talk|talks|keynote|session|presentation|workshop|post|posts|article|articles|thread|writing|panel)\\s+(?:on|about)\\s+" + END);
    private static final Pattern COLLAB = Pattern.compile(
            "(?i)\\b(?:collaborat\\w*|work(?:ing)?\\s+(?:together|with\\s+\\p{L}+)|partner(?:ing)?)\\s+on\\s+(?:(an?|the|our|my)\\s+)?" + END);
    private static final Pattern HIRING_ROLE = Pattern.compile(
            "(?i)\\bhiring\\s+(?:for\\s+)?(an?\\s+[^.,;:!?()\\n]+?)(?:\\s+role)?(?=\\s+(?:and|who|because|since|so)\\b|\\s*[.,;:!?]|$)");
    private static final Pattern ADVICE = Pattern.compile("(?i)\\badvice\\s+(?:on|about)\\s+" + END);
    // Where a captured phrase stops being the thing itself and starts telling a story.
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s+(?:last|yesterday|today|this|next|because|since|so|when|after|before|who|which|that|and (?:she|he|they|i)|she|he|they|as|at|with (?:her|him|them)|for (?:them|him|her|us|me))\\b.*$");
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i)\\b(?:he|she|her|hers|him|his|they|them|their|i|me|my|we|us|our|you|your)\\b");
    private static final Map<String, String> GERUND = Map.of(
            "move", "moving", "switch", "switching", "transition", "transitioning", "break", "breaking", "get", "getting");
    private static final String TEAM_WORDS = "(?i).*\\b(?:team|group|squad|department|unit|crew|practice)$";

    static final PurposeDetails NONE = new PurposeDetails("", "", "", "", "", "");

    static PurposeDetails of(Purpose purpose, boolean keepQuestionMarks) {
        if (purpose == null) {
            return NONE;
        }
        List<String> texts = new ArrayList<>();
        texts.add(purpose.text());
        texts.addAll(purpose.posts());
        String move = "";
        String field = "";
        String role = "";
        String team = "";
        String talk = "";
        String topic = "";
        for (String text : texts) {
            String t = text == null ? "" : text;
            Matcher m = MOVE.matcher(t);
            if (field.isEmpty() && m.find()) {
                Optional<String> f = phrase(m.group(2), keepQuestionMarks);
                if (f.isPresent()) {
                    field = f.get();
                    String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    move = GERUND.getOrDefault(verb, verb) + " into " + field;
                }
            }
            m = ADVICE.matcher(t);
            if (field.isEmpty() && m.find()) {
                field = phrase(m.group(1), keepQuestionMarks).orElse("");
            }
            m = HIRING.matcher(t);
            if (role.isEmpty() && m.find()) {
                Optional<String> r = phrase(m.group(1), keepQuestionMarks);
                Optional<String> tm = phrase(m.group(2), keepQuestionMarks);
                if (r.isPresent() && tm.isPresent()) {
                    role = r.get();
                    team = tm.get().matches(TEAM_WORDS) ? tm.get() : tm.get() + " team";
                }
            }
            m = HIRING_ROLE.matcher(t);
            if (role.isEmpty() && m.find()) {
                role = phrase(m.group(1), keepQuestionMarks).orElse("");
            }
            m = TALK.matcher(t);
            if (talk.isEmpty() && m.find()) {
                talk = phrase(m.group(1), keepQuestionMarks).orElse("");
            }
            m = COLLAB.matcher(t);
            if (topic.isEmpty() && m.find()) {
                Optional<String> p = phrase(m.group(2), keepQuestionMarks);
                if (p.isPresent()) {
                    String article = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
                    topic = withArticle(article, p.get());
                }
            }
        }
        if (role.isEmpty() && purpose != null && purpose.has(dev.rapport.purpose.Intent.HIRING) && !purpose.details().role().isBlank()) {
            // "perm NICU night RN role at a DC hospital client, 52-61/hr": the role the reader found in a recruiter's shorthand
            // (a new user's note said only "a role close to your background" to a nurse who asked recruiters to name the unit)
            role = Copyedit.english().indefinite(purpose.details().role());
        }
        return new PurposeDetails(move, field, role, team, talk, topic);
    }

    /** "our project" is the sender's, but to the reader it is simply "a project". */
    private static String withArticle(String article, String phrase) {
        return switch (article) {
            case "" -> phrase;
            case "the", "a", "an" -> article + " " + phrase;
            default -> Copyedit.english().indefinite(phrase);
        };
    }

    /** The captured words as a clean phrase, or empty when they would not read well in a note. */
    private static Optional<String> phrase(String raw, boolean keepQuestionMarks) {
        String p = TAIL.matcher(Text.value(raw, keepQuestionMarks)).replaceFirst("");
        p = Text.value(p, keepQuestionMarks);
        if (p.isEmpty() || PERSONAL.matcher(p).find() || p.split(" ").length > 7 || Text.length(p) > 60) {
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
