package dev.rapport.purpose;

import dev.rapport.text.BuiltIn;
import dev.rapport.text.Honorifics;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.RapportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrasings behind each {@link Intent}, loaded from {@code intents.yaml}: example sentences
 * (kept for a later semantic matcher) and cue patterns, plus the patterns that pull named things
 * out of the sender's words. Loaded once; immutable.
 */
public final class IntentCatalogue {
    static final String RESOURCE = "/dev/rapport/purpose/intents.yaml";

    /** One intent's example sentences and compiled cues. */
    public record IntentPhrases(Intent intent, List<String> examples, List<Pattern> cues) {
        public IntentPhrases {
            examples = List.copyOf(examples);
            cues = List.copyOf(cues);
        }
    }

    /** The kinds of named thing a purpose can carry. */
    public enum EntityKind { PEOPLE, EVENTS, POSTS, OFFERS }

    record IntentEntry(String id, List<String> examples, List<String> cues) {
    }

    record CatalogueFile(Classifier classifier,
                                 List<IntentEntry> intents,
                                 Map<String, String> fragments,
                                 Map<String, List<String>> entities,
                                 @JsonProperty("not-names") List<String> notNames,
                                 @JsonProperty("not-person-words") List<String> notPersonWords,
                                 Map<String, List<String>> stated,
                                 @JsonProperty("not-offers") List<String> notOffers) {
    }

    /**
     * The trained classifier's thresholds: an intent counts at {@code threshold}; the best one at
     * {@code fallback} when nothing else counts, unless it is one of {@code fallbackNever}; of each
     * {@code exclusive} group only the most probable intent stays.
     */
    record Classifier(double threshold, @JsonProperty("beside-cues") double besideCues, double fallback,
                      @JsonProperty("fallback-never") List<String> fallbackNever, List<List<String>> exclusive) {
        Classifier {
            fallbackNever = fallbackNever == null ? List.of() : List.copyOf(fallbackNever);
            exclusive = exclusive == null ? List.of() : exclusive.stream().map(List::copyOf).toList();
        }

        Classifier(double threshold, double besideCues, double fallback) {
            this(threshold, besideCues, fallback, List.of(), List.of());
        }
    }

    private static final class Holder {
        static final IntentCatalogue BUILT_IN = load();
    }

    private final Map<Intent, IntentPhrases> intents;
    private final Map<EntityKind, List<Pattern>> entities;
    private final Classifier classifier;
    private final Set<String> notNames;
    private final Set<String> notOffers;
    private final Set<String> notPersonWords;
    private final Map<String, List<Pattern>> stated;

    private IntentCatalogue(Map<Intent, IntentPhrases> intents, Map<EntityKind, List<Pattern>> entities,
                            Classifier classifier, Set<String> notNames, Set<String> notOffers, Set<String> notPersonWords,
                            Map<String, List<Pattern>> stated) {
        this.intents = intents;
        this.entities = entities;
        this.classifier = classifier;
        this.notNames = notNames;
        this.notOffers = notOffers;
        this.notPersonWords = notPersonWords;
        this.stated = stated;
    }

    public static IntentCatalogue builtIn() {
        return Holder.BUILT_IN;
    }

    /** Every intent's phrasings, in the enum's order. */
    public List<IntentPhrases> intents() {
        return List.copyOf(intents.values());
    }

    public IntentPhrases phrases(Intent intent) {
        return intents.get(intent);
    }

    List<Pattern> entityPatterns(EntityKind kind) {
        return entities.getOrDefault(kind, List.of());
    }

    Classifier classifier() {
        return classifier;
    }

    Set<String> notNames() {
        return notNames;
    }

    /** The patterns of a relationship the sender states, by kind (worked-together, met-in-person, ...). */
    Map<String, List<Pattern>> stated() {
        return stated;
    }

    /** Lower-case words that are never a person's name (months, weekdays, titles). */
    Set<String> notPersonWords() {
        return notPersonWords;
    }

    Set<String> notOffers() {
        return notOffers;
    }

    private static IntentCatalogue load() {
        CatalogueFile file = BuiltIn.read(RESOURCE, CatalogueFile.class);
        Map<Intent, IntentPhrases> intents = new EnumMap<>(Intent.class);
        for (IntentEntry entry : file.intents()) {
            Intent intent = intentById(entry.id());
            List<Pattern> cues = new ArrayList<>();
            for (String cue : entry.cues()) {
                cues.add(compile(cue, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            intents.put(intent, new IntentPhrases(intent, entry.examples(), cues));
        }
        for (Intent intent : Intent.values()) {
            if (!intents.containsKey(intent)) {
                throw new RapportException(RESOURCE + " has no entry for intent " + intent.id());
            }
        }
        Map<EntityKind, List<Pattern>> entities = new EnumMap<>(EntityKind.class);
        file.entities().forEach((kind, patterns) -> {
            EntityKind k = EntityKind.valueOf(kind.toUpperCase(Locale.ROOT));
            List<Pattern> compiled = new ArrayList<>();
            for (String p : patterns) {
                compiled.add(compile(expand(p, file.fragments()), Pattern.UNICODE_CASE));
            }
            entities.put(k, List.copyOf(compiled));
        });
        Set<String> lowerNotOffers = Set.copyOf(file.notOffers().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        return new IntentCatalogue(intents, entities, file.classifier() == null ? new Classifier(1.1, 1.1, 1.1) : file.classifier(),
                Set.copyOf(file.notNames()), lowerNotOffers,
                notPersonWords(file.notPersonWords()),
                stated(file.stated()));
    }

    /** The file's words and every title of the one honorifics list, lower case. */
    private static Set<String> notPersonWords(List<String> listed) {
        Set<String> out = new java.util.HashSet<>(Honorifics.words());
        (listed == null ? List.<String>of() : listed).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Map<String, List<Pattern>> stated(Map<String, List<String>> raw) {
        Map<String, List<Pattern>> out = new java.util.LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((kind, patterns) -> out.put(kind, patterns.stream()
                    .map(p -> compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList()));
        }
        return out;
    }

    private static Intent intentById(String id) {
        for (Intent i : Intent.values()) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new RapportException(RESOURCE + " names an unknown intent: " + id);
    }

    private static String expand(String pattern, Map<String, String> fragments) {
        String out = pattern;
        for (Map.Entry<String, String> f : fragments.entrySet()) {
            out = out.replace("{" + f.getKey() + "}", f.getValue());
        }
        return out;
    }

    private static Pattern compile(String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new RapportException(RESOURCE + " has a bad pattern: " + e.getDescription() + " in " + regex,
                    RapportException.INPUT, e);
        }
    }
}
