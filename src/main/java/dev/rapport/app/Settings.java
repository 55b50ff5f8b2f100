package dev.rapport.app;

import dev.rapport.ConfigFile;
import dev.rapport.RapportException;
import dev.rapport.Xdg;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting, resolved once at start-up with one precedence: flag &gt; environment &gt; config
 * file &gt; default. The engine's flags are known only once a command's options are parsed, so
 * {@link #engine(EngineFlags)} applies them over the rest; every other setting is resolved here.
 *
 * @param journal      where the journal lives; empty when it is off or there is no place for it
 *                     ({@code RAPPORT_JOURNAL}, {@code journal:}, else the XDG data folder)
 * @param noteBudget   personalised notes a month ({@code RAPPORT_NOTE_BUDGET}, {@code note-budget:}); null: not set
 * @param freeAccount  {@code RAPPORT_ACCOUNT=free} or {@code account: free}: the rule set's allowance applies
 * @param embeddings   false with {@code RAPPORT_NO_EMBEDDINGS=1} or {@code embeddings: false}
 * @param colour       a person at a real terminal who has not asked for none (NO_COLOR, TERM=dumb,
 *                     {@code colour: false} in config.yaml)
 * @param debug        {@code RAPPORT_DEBUG}: a stack trace for a bug report
 * @param dataDir      the XDG data folder (history, notices); empty when unknown
 */
public record Settings(Map<String, String> env, ConfigFile file, Optional<Path> journal, Integer noteBudget,
                       boolean freeAccount, boolean embeddings, boolean colour, boolean debug, Optional<Path> dataDir) {

    public Settings {
        env = Map.copyOf(env);
    }

    /** Reads the environment and the config file once. */
    public static Settings resolve(Map<String, String> env, boolean terminal) {
        ConfigFile file = ConfigFile.load(env);
        String journal = first(Xdg.value(env, "RAPPORT_JOURNAL"), file.journal());
        Optional<Path> journalFile = journal == null ? Xdg.dataDir(env).map(d -> d.resolve("journal.db"))
                : "off".equalsIgnoreCase(journal) ? Optional.empty() : Optional.of(Path.of(journal));
        String budget = Xdg.value(env, "RAPPORT_NOTE_BUDGET");
        Integer noteBudget = budget != null ? Integer.valueOf(wholeNumber(budget)) : file.noteBudget();
        boolean free = "free".equalsIgnoreCase(first(Xdg.value(env, "RAPPORT_ACCOUNT"), file.account()));
        String noEmbeddings = Xdg.value(env, "RAPPORT_NO_EMBEDDINGS");
        boolean embeddings = noEmbeddings != null ? noEmbeddings.equals("0") || noEmbeddings.equalsIgnoreCase("false")
                : !Boolean.FALSE.equals(file.embeddings());
        return new Settings(env, file, journalFile, noteBudget, free, embeddings,
                colour(env, terminal) && !Boolean.FALSE.equals(file.colour()),
                Xdg.value(env, "RAPPORT_DEBUG") != null, Xdg.dataDir(env));
    }

    /** True when the user switched the journal off on purpose (RAPPORT_JOURNAL=off, journal: off): nothing to say about it. */
    public boolean journalSwitchedOff() {
        return "off".equalsIgnoreCase(first(Xdg.value(env, "RAPPORT_JOURNAL"), file.journal()));
    }

    /**
     * Colour only for a person at a real terminal who has not asked for none in the environment;
     * the {@link #colour()} setting adds config.yaml's {@code colour: false}. This part alone is for
     * a config file that could not be read (the error that says so).
     */
    public static boolean colour(Map<String, String> env, boolean terminal) {
        return terminal && Xdg.value(env, "NO_COLOR") == null && !"dumb".equals(Xdg.value(env, "TERM"));
    }

    /** The engine: these flags over the environment, the config file and the default (offline). */
    public EngineConfig engine(EngineFlags flags) {
        return EngineConfig.resolve(flags, env, file);
    }

    /**
     * The monthly allowance of personalised notes: {@code explicit} (a flag) wins, then the
     * setting, then a free account's default ({@code freeDefault}, from the rule set); 0 means none.
     */
    public int monthlyNotes(int freeDefault, Integer explicit, boolean freeByFlag) {
        if (explicit != null) {
            return Math.max(0, explicit);
        }
        if (noteBudget != null) {
            return Math.max(0, noteBudget);
        }
        return freeAccount || freeByFlag ? freeDefault : 0;
    }

    /**
     * The note's character limit when no {@code --limit} is given: the rule set's ({@code note-limit:}, 300 built in),
     * or LinkedIn's 200 for a free account when that is lower. One place, so that draft, critique, batch and the REPL
     * agree (a new user set RAPPORT_ACCOUNT=free and was still given 300-character notes).
     */
    public int noteLimit(int ruleSetLimit) {
        return freeAccount ? Math.min(ruleSetLimit, DraftOptions.FREE_LIMIT) : ruleSetLimit;
    }

    /** {@code explicit} (a {@code --limit} given) when there is one, else {@link #noteLimit(int)} of the rule set's. */
    public int noteLimit(Integer explicit, RuleSet rules) {
        return explicit != null ? explicit : noteLimit(rules.defaultLimit());
    }

    /** The same, with a free account's default taken from {@code rules} (their monthly-notes allowance). */
    public int monthlyNotes(RuleSet rules, Integer explicit, boolean freeByFlag) {
        return monthlyNotes(OutreachRules.monthlyNotes(rules), explicit, freeByFlag);
    }

    private static int wholeNumber(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new RapportException(Messages.get("journal.bad-budget", v), RapportException.USAGE, null);
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b == null || b.isBlank() ? null : b.strip();
    }
}
