package dev.rapport.profile;

import dev.rapport.text.RecentMap;
import dev.rapport.language.LabelModel;
import dev.rapport.language.LazyModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether one sentence of a profile states whom the person wants to hear from, however it is worded:
 * the phrase lists of phrases.yaml are explicit evidence, and a classifier trained on the labelled
 * profile sentences of the corpus (one maximum-entropy model per policy over words and word pairs, the
 * phrase matches as features of their own) adds what the lists miss ("if we haven't met, follow me
 * instead", "vendor pitches in DMs are ignored"). A sentence that only reports a policy or negates it
 * ("I used to only connect with people I knew") states none. The model loads on the first sentence
 * that could state a policy at all: one that names whom or what it is about (see {@link #mayStatePolicy}).
 */
public final class PolicyClassifier {
    static final String MODEL = "/dev/rapport/profile/policy-sentences.model";
    /** The policies the classifier knows, and each one's opposite: finding both in one sentence, the likelier wins. */
    private static final Map<Preference, Preference> OPPOSITE = Map.of(
            Preference.KNOWN_ONLY, Preference.OPEN_TO_EVERYONE,
            Preference.OPEN_TO_EVERYONE, Preference.KNOWN_ONLY,
            Preference.NO_RECRUITERS, Preference.RECRUITERS_WELCOME,
            Preference.RECRUITERS_WELCOME, Preference.NO_RECRUITERS,
            Preference.NO_PITCHES, Preference.NO_PITCHES);
    private static final Pattern ABOUT_WHOM = Pattern.compile(
            "(?<![\\p{L}])(?:connect|invit|invite|request|add\\b|accept|declin|ignor|follow|stranger|met\\b|meet|know|known|"
                    + "recruit|headhunt|talent|staffing|agenc|hiring|job|role|position|opportunit|pitch|sales|sell|vendor|"
                    + "solicit|offer|outreach|dm|dms|inbox|message|inmail|spam|lion\\b|networker|network|buy|contact|"
                    + "reach|hear|welcome|cold|door|open|not looking)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int CACHED = 2048;

    private static final LazyModel<LabelModel> LOADED = LazyModel.labelModel(MODEL);

    private static final Map<String, Map<Preference, Double>> CACHE = RecentMap.of(CACHED);

    private PolicyClassifier() {
    }

    /** The policies the classifier reads (the rest of {@link Preference} are found by phrases only). */
    public static Set<Preference> policies() {
        return OPPOSITE.keySet();
    }

    /**
     * True when the sentence states the policy: a phrase says so and its opposite is not the likelier
     * reading, or the classifier's probability reaches {@code threshold}.
     */
    public static boolean says(String sentence, Preference policy, double threshold) {
        if (policy == Preference.KNOWN_ONLY && !KNOWING.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
            // "I don't accept connection requests from vendors or people selling services" names sellers, not strangers (a
            // veteran asking about a job was told the reader connects only with people they know)
            return false;
        }
        if (!OPPOSITE.containsKey(policy) || !mayStatePolicy(sentence)) {
            return StatementFinder.phraseSays(sentence, policy);
        }
        Map<Preference, Double> p = scores(sentence);
        double own = p.getOrDefault(policy, 0.0);
        if (own >= threshold) {
            return true;
        }
        Preference opposite = OPPOSITE.get(policy);
        double other = opposite == policy ? 0 : p.getOrDefault(opposite, 0.0);
        return StatementFinder.phraseSays(sentence, policy) && !(other >= threshold && other > own);
    }

    /** True when one of the policy's phrases (phrases.yaml) occurs in the sentence outside a negation or a past habit. */
    public static boolean phraseSays(String sentence, Preference policy) {
        return StatementFinder.phraseSays(sentence, policy);
    }

    /** The probability of each policy for one sentence (all zero for a sentence that names nobody it could be about). */
    public static Map<Preference, Double> scores(String sentence) {
        Map<Preference, Double> known = CACHE.get(sentence);
        if (known != null) {
            return known;
        }
        Map<Preference, Double> out = new EnumMap<>(Preference.class);
        if (mayStatePolicy(sentence)) {
            LOADED.get().scores(sentence, evidence(sentence), null)
                    .forEach((label, p) -> Preference.byId(label).ifPresent(pref -> out.put(pref, p)));
        }
        CACHE.put(sentence, out);
        return out;
    }

    /** The phrase matches in the sentence, as the model's evidence features (the training command uses the same). */
    public static List<String> evidence(String sentence) {
        return OPPOSITE.keySet().stream().filter(p -> StatementFinder.phraseSays(sentence, p)).map(Preference::id).sorted().toList();
    }

    /** A cheap gate before the model: the sentence names connecting, strangers, recruiters, sellers, messages or the like. */
    static boolean mayStatePolicy(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return sentence.length() <= 600 && ABOUT_WHOM.matcher(lower).find() && VOICED.matcher(lower).find();
    }

    // A policy of connecting only with people one knows names knowing, meeting, strangers or the like
    private static final Pattern KNOWING = Pattern.compile(
            "(?<![\\p{L}])(?:know|knew|known|met|meet|meeting|stranger|strangers|worked|work with|interact|personally|in person|real life"
                    + "|unless|haven't|have not|only|follow|random|relationship|introduc)");

    // A policy is said to the reader, in the person's own voice or as a rule ("I only connect …", "please, no recruiters",
    // "vendor pitches are ignored"); a page's account of their work ("The Division of State Purchasing, led by Roz, creates
    // state term contracts that leverage all agency spend") states none, and was quoted as asking not to be pitched
    private static final Pattern VOICED = Pattern.compile(
            "(?<![\\p{L}])(?:i|i'm|i’m|i'll|i’ll|i'd|i’d|me|my|we|we're|we’re|our|us|you|your|please|pls|no|not|never|only|don't|don’t|dont"
                    + "|won't|won’t|can't|can’t|isn't|aren't|ignored|welcome|welcomed|happy|glad|open|reach|dm|dms)(?![\\p{L}])");
}
