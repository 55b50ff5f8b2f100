package dev.rapport.language;

import dev.rapport.text.RecentMap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The one place that cuts text into sentences and tokens and tags parts of speech: Apache OpenNLP
 * with its Universal Dependencies English models (sentence detector, tokenizer, POS tagger).
 *
 * <p>Thread-safe. Each model loads lazily on first use, once per JVM: sentence boundaries need only the
 * small sentence model, and a sentence's tokens are cut and tagged only when first read. A line break
 * always ends a sentence (profile lines, list items and note lines are separate statements).
 * Results for recently seen texts are cached, since the same profile is read by several checks.
 */
public final class Language {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int CACHED_TEXTS = 2048;
    private static final Language ENGLISH = new Language();

    private final LazyModel<SentenceModel> sentenceModel = new LazyModel<>(SENTENCE_MODEL, SentenceModel::new);
    private final LazyModel<TokenizerModel> tokenModel = new LazyModel<>(TOKEN_MODEL, TokenizerModel::new);
    private final LazyModel<POSModel> posModel = new LazyModel<>(POS_MODEL, POSModel::new);
    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel()));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel(), POSTagFormat.UD));
    private final Map<String, List<Sentence>> cache = RecentMap.of(CACHED_TEXTS);

    private Language() {
    }

    /** The English language layer (one per JVM). */
    public static Language english() {
        return ENGLISH;
    }

    /** Loads every model now (the REPL calls this in the background after its first prompt). */
    public void warmUp() {
        sentences("Warm up the models. They load once.").forEach(s -> s.tokens().size());
    }

    /**
     * Starts reading the three models now on a background thread, in the order a check first needs
     * them, and returns at once: a one-shot command calls this first, so that the models load on the
     * second core while the rules and profiles are read on the first. A use that comes before a model
     * is ready waits for it; a model that fails to load here fails again, with its message, on first use.
     */
    public void preload() {
        Thread loader = new Thread(() -> {
            try {
                sentenceModel();
                tokenModel();
                posModel();
            } catch (RuntimeException e) {
                // reported by the first real use, which tries again
            }
        }, "rapport-language-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The sentences of a text, in order, each with its tokens and their part-of-speech tags; empty for null or blank text. */
    public List<Sentence> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Sentence> known = cache.get(text);
        if (known != null) {
            return known;
        }
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            addLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        List<Sentence> result = List.copyOf(out);
        cache.put(text, result);
        return result;
    }

    /** The sentences' texts only (the same boundaries as {@link #sentences}). */
    public List<String> sentenceTexts(String text) {
        return sentences(text).stream().map(Sentence::text).toList();
    }

    /** Every token of a text, sentence after sentence. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        sentences(text).forEach(s -> out.addAll(s.tokens()));
        return out;
    }

    private void addLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (int[] piece : atEmoticons(text, from, detector.get().sentPosDetect(line))) {
            int a = piece[0];
            int b = piece[1];
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                // "the panel 'Lakehouse or lake-mess?' at DataSummit Wien": a quoted question goes on in lower case, as does one
                // in brackets ("a short talk in spring semester (March?) about working in industry")
                Sentence before = out.isEmpty() ? null : out.get(out.size() - 1);
                // "their C. diff cohorting", "my M.Ed. in Learning, Design, and Technology": a stop after an abbreviation, with
                // the sentence going on in lower case, ends nothing (new users' reasons were cut to "sorted out their C.")
                if (before != null && before.end() >= from && (QUOTED_END.matcher(before.text()).find()
                        || ABBREVIATION_END.matcher(before.text()).find()) && Character.isLowerCase(text.codePointAt(a))) {
                    a = before.start();
                    out.remove(out.size() - 1);
                }
                String s = text.substring(a, b);
                out.add(new Sentence(s, a, b, new LazyTokens(s, a)));
            }
        }
    }

    /**
     * The detector's sentences, each cut again after an emoticon that ends one ("… at Glenbrook :( Aoife was my team lead
     * there"): the model knows only stops, and a sad face ends a thought as surely.
     */
    private static List<int[]> atEmoticons(String text, int from, Span[] spans) {
        List<int[]> out = new ArrayList<>();
        for (Span span : spans) {
            int a = from + span.getStart();
            int b = from + span.getEnd();
            java.util.regex.Matcher face = EMOTICON_END.matcher(text).region(a, b);
            while (face.find()) {
                out.add(new int[] {a, face.end()});
                a = face.end();
            }
            out.add(new int[] {a, b});
        }
        return out;
    }

    // (an emoji ends one too, before a new subject: "… idk how formal to be 😅 she spoke at our career night")
    private static final java.util.regex.Pattern EMOTICON_END = java.util.regex.Pattern.compile(
            "(?<=\\s)[:;]-?[()DP](?=\\s+\\p{Lu})|[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]+(?=\\s+(?:I|i|we|she|he|they|you|[A-Z]\\p{Ll}+)\\s)");
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|\\p{L}{1,4}\\.(?:\\p{L}{1,4}\\.?)*\\p{L}{1,4}|Dr|Mr|Mrs|Ms|Prof|Engr|Sr|Jr|St|No|vs|approx|dept|Dept)\\.$");
    private static final java.util.regex.Pattern QUOTED_END = java.util.regex.Pattern.compile("[?!]['’\"”)]$");

    private List<Token> cut(String sentence, int offset) {
        Span[] spans = tokenizer.get().tokenizePos(sentence);
        List<Token> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String text = span.getCoveredText(sentence).toString();
            int start = offset + span.getStart();
            if (text.length() > 1 && text.charAt(0) == '-' && Character.isLetter(text.codePointAt(1))) {
                // "auto-enrolment" comes out as "auto" and "-enrolment", which the tagger calls punctuation, so a cut at
                // the end of a clause lost the word ("talked about auto."): the hyphen is its own token, as in "follow - up"
                out.add(new Token("-", start, start + 1, ""));
                out.add(new Token(text.substring(1), start + 1, offset + span.getEnd(), ""));
                continue;
            }
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == start && text.length() > 1 && text.charAt(0) == '-' && Character.isDigit(text.charAt(1))
                    && Character.isDigit(last.text().charAt(last.text().length() - 1))) {
                // "ref 24-0117" came out as "24" and "-0117", and a note kept "ref 24": a number joined by a hyphen is one
                out.set(out.size() - 1, new Token(last.text() + text, last.start(), offset + span.getEnd(), ""));
                continue;
            }
            out.add(new Token(text, start, offset + span.getEnd(), ""));
        }
        return List.copyOf(out);
    }

    private List<Token> tag(List<Token> words) {
        String[] texts = words.stream().map(Token::text).toArray(String[]::new);
        String[] tags = texts.length == 0 ? new String[0] : tagger.get().tag(texts);
        List<Token> out = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            Token w = words.get(i);
            out.add(new Token(w.text(), w.start(), w.end(), tags[i]));
        }
        return List.copyOf(out);
    }

    private SentenceModel sentenceModel() {
        return sentenceModel.get();
    }

    private TokenizerModel tokenModel() {
        return tokenModel.get();
    }

    private POSModel posModel() {
        return posModel.get();
    }

    /** A model read from the class path on first use, once (under a lock). */
    /** A sentence's tokens, cut on first read of the words and tagged on first read of the tokens (each once, under a lock). */
    final class LazyTokens extends AbstractList<Token> {
        private final String sentence;
        private final int offset;
        private volatile List<Token> words;
        private volatile List<Token> tokens;

        LazyTokens(String sentence, int offset) {
            this.sentence = sentence;
            this.offset = offset;
        }

        List<Token> words() {
            List<Token> w = words;
            if (w == null) {
                synchronized (this) {
                    if (words == null) {
                        words = cut(sentence, offset);
                    }
                    w = words;
                }
            }
            return w;
        }

        private List<Token> tokens() {
            List<Token> t = tokens;
            if (t == null) {
                synchronized (this) {
                    if (tokens == null) {
                        tokens = tag(words());
                    }
                    t = tokens;
                }
            }
            return t;
        }

        @Override
        public Token get(int index) {
            return tokens().get(index);
        }

        @Override
        public int size() {
            return tokens().size();
        }
    }
}
