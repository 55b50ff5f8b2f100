package dev.rapport.semantic;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;

import dev.rapport.etiquette.NoteMeaning;
import dev.rapport.etiquette.Rule;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.Relatedness;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.IntentCatalogue;
import dev.rapport.purpose.IntentEvidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The uses of the embedding model, each behind the seam its package offers: intents for
 * {@link IntentEvidence}, needs, posts and ranking for {@link Relatedness}, paraphrased bad
 * phrasing for {@link NoteMeaning}. A use that is switched off in semantic.yaml, or a model that is
 * off or failed to load, gives no evidence, so the lexical behaviour stands.
 */
public final class SemanticUses implements IntentEvidence, Relatedness, NoteMeaning {
    private static final Pattern GREETING = Pattern.compile("^\\s*(?i:hi|hello|hey|dear|hiya)\\b[^,!.\\n]{0,30}[,!]\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private final Semantics semantics;
    private final SemanticParams params;

    SemanticUses(Semantics semantics, SemanticParams params) {
        this.semantics = semantics;
        this.params = params;
    }

    // ------------------------------------------------------------------ intents

    /** Similarity of the text to each intent: the closest of its example sentences. Empty when off. */
    public Map<Intent, Double> intentScores(String text) {
        Map<Intent, Double> out = new EnumMap<>(Intent.class);
        Optional<float[]> v = semantics.vector(text);
        if (v.isEmpty()) {
            return out;
        }
        for (IntentCatalogue.IntentPhrases phrases : IntentCatalogue.builtIn().intents()) {
            double best = -1;
            for (String example : phrases.examples()) {
                Optional<float[]> e = semantics.vector(example);
                if (e.isPresent()) {
                    best = Math.max(best, Vectors.cosine(v.get(), e.get()));
                }
            }
            out.put(phrases.intent(), best);
        }
        return out;
    }

    @Override
    public Set<Intent> more(String text, Set<Intent> lexical) {
        SemanticParams.Use use = params.use("intents");
        if (!use.enabled() || !semantics.enabled() || text.isBlank()) {
            return Set.of();
        }
        Map<Intent, Double> scores = intentScores(text);
        if (scores.isEmpty()) {
            return Set.of();
        }
        List<Map.Entry<Intent, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<Intent, Double>comparingByValue().reversed()).toList();
        Intent top = ranked.get(0).getKey();
        double score = ranked.get(0).getValue();
        double lead = score - (ranked.size() > 1 ? ranked.get(1).getValue() : -1);
        if (lexical.contains(top) || top.isPitch() && guarded(text)) {
            return Set.of();
        }
        boolean fallback = lexical.isEmpty() && score >= use.threshold();
        boolean strong = score >= use.strongOr(1) && lead >= use.marginOr(0);
        return fallback || strong ? EnumSet.of(top) : Set.of();
    }

    @Override
    public Optional<float[]> vector(String text) {
        if (!params.use("intents").enabled() || !semantics.enabled() || text.isBlank()) {
            return Optional.empty();
        }
        return semantics.vector(text);
    }

    private boolean guarded(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            if (params.guardWords().contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ ground

    @Override
    public Optional<Match> best(Use use, List<String> queries, List<String> passages) {
        SemanticParams.Use p = params.use(switch (use) {
            case NEED -> "needs";
            case POST -> "posts";
            case RANK -> "rank";
        });
        if (!p.enabled() || !semantics.enabled() || queries.isEmpty() || passages.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (int j = 0; j < passages.size(); j++) {
            Optional<float[]> pv = semantics.vector(passages.get(j));
            if (pv.isEmpty()) {
                continue;
            }
            for (int i = 0; i < queries.size(); i++) {
                Optional<float[]> qv = semantics.vector(queries.get(i));
                if (qv.isPresent()) {
                    double s = Vectors.cosine(qv.get(), pv.get());
                    if (best == null || s > best.score()) {
                        best = new Match(i, j, s);
                    }
                }
            }
        }
        return best != null && best.score() >= p.threshold() ? Optional.of(best) : Optional.empty();
    }

    @Override
    public double boost(String purpose, CommonGround item) {
        SemanticParams.Use p = params.use("rank");
        if (!p.enabled() || !semantics.enabled()) {
            return 0;
        }
        String about = item.subject().isBlank() ? item.detail() : item.subject();
        return semantics.similarity(purpose, about)
                .filter(s -> s >= p.threshold())
                .map(s -> p.weightOr(0) * s).orElse(0.0);
    }

    // ------------------------------------------------------------------ notes

    @Override
    public List<Echo> echoes(String note, Rule rule) {
        SemanticParams.Use use = params.use("notes");
        List<String> examples = params.examples(rule.id());
        if (!use.enabled() || examples.isEmpty() || !semantics.enabled() || note.isBlank()) {
            return List.of();
        }
        double threshold = rule.number("semantic-threshold", params.noteThreshold(rule.id()));
        List<Echo> out = new ArrayList<>();
        for (int[] span : sentences(note)) {
            Optional<float[]> v = semantics.vector(note.substring(span[0], span[1]));
            if (v.isEmpty()) {
                return List.of();
            }
            double best = -1;
            for (String example : examples) {
                Optional<float[]> e = semantics.vector(example);
                if (e.isPresent()) {
                    best = Math.max(best, Vectors.cosine(v.get(), e.get()));
                }
            }
            if (best >= threshold) {
                out.add(new Echo(span[0], span[1], best));
            }
        }
        return out;
    }

    /** Sentence spans [start, end) without surrounding spaces, the greeting left out of the first. */
    static List<int[]> sentences(String note) {
        List<int[]> out = new ArrayList<>();
        Matcher g = GREETING.matcher(note);
        int from = g.find() ? g.end() : 0;
        for (Sentence sentence : Language.english().sentences(note)) {
            int s = Math.max(from, sentence.start());
            int e = sentence.end();
            while (s < e && Character.isWhitespace(note.charAt(s))) {
                s++;
            }
            if (e - s >= 3) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }
}
