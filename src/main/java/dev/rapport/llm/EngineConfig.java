package dev.rapport.llm;

import dev.rapport.ConfigFile;
import dev.rapport.RapportException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The engine in force and how to reach it. Resolved with the precedence flag &gt; environment &gt;
 * config file &gt; default (offline). The key is a {@link Secret}, so printing a config shows no key.
 *
 * @param baseUrl null means the provider's own default
 * @param prompts a folder overriding the packaged prompt files, or null
 * @param dataDir where rapport remembers that the privacy notice was shown, or null when unknown
 * @param evidence whether the model is asked the one evidence question about a reason and the profiles
 *                 ({@code --no-model-evidence}, {@code RAPPORT_MODEL_EVIDENCE=0}, {@code model-evidence: false} switch it off)
 */
public record EngineConfig(Engine engine, String model, String baseUrl, Secret apiKey, Path prompts,
                           boolean redact, Duration timeout, RetryPolicy retry, Path dataDir, boolean evidence) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Bounds on a call's deadline: under a second no model answers; beyond ten minutes it is a hang. */
    public static final double MIN_TIMEOUT_SECONDS = 1;
    public static final double MAX_TIMEOUT_SECONDS = 600;

    public static final EngineConfig OFFLINE = new EngineConfig(Engine.OFFLINE, "", null, null, null, false,
            DEFAULT_TIMEOUT, RetryPolicy.DEFAULT, null);

    /** A configuration with the evidence question on (the default with an engine). */
    public EngineConfig(Engine engine, String model, String baseUrl, Secret apiKey, Path prompts,
                        boolean redact, Duration timeout, RetryPolicy retry, Path dataDir) {
        this(engine, model, baseUrl, apiKey, prompts, redact, timeout, retry, dataDir, true);
    }

    public EngineConfig {
        model = model == null || model.isBlank() ? engine.defaultModel() : model.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    public static EngineConfig resolve(EngineFlags flags, Map<String, String> env) {
        return resolve(flags, env, ConfigFile.load(env));
    }

    public static EngineConfig resolve(EngineFlags flags, Map<String, String> env, ConfigFile file) {
        flags = flags == null ? EngineFlags.NONE : flags;
        String engineId = first(flags.engine(), env.get("RAPPORT_ENGINE"), file.engine());
        Engine engine = engineId == null ? Engine.OFFLINE : Engine.byId(engineId).orElseThrow(() ->
                new RapportException(Messages.get("config.engine.unknown", engineId, Engine.ids()),
                        RapportException.USAGE, null));
        String model = first(flags.model(), env.get("RAPPORT_MODEL"), file.model());
        String baseUrl = first(flags.baseUrl(), env.get("RAPPORT_BASE_URL"), file.baseUrl());
        Secret key = engine.keyVariable().map(env::get).map(Secret::of).orElse(null);
        if (key == null) {
            key = Secret.of(file.apiKey());
        }
        String promptDir = first(flags.prompts() == null ? null : flags.prompts().toString(),
                env.get("RAPPORT_PROMPTS"), file.prompts());
        boolean redact = flags.redact() != null ? flags.redact()
                : env.get("RAPPORT_REDACT") != null ? truthy(env.get("RAPPORT_REDACT"))
                : Boolean.TRUE.equals(file.redact());
        Duration timeout = timeout(first(env.get("RAPPORT_TIMEOUT"),
                file.timeoutSeconds() == null ? null : file.timeoutSeconds().toString(), null));
        boolean evidence = flags.evidence() != null ? flags.evidence()
                : env.get("RAPPORT_MODEL_EVIDENCE") != null ? !falsy(env.get("RAPPORT_MODEL_EVIDENCE"))
                : !Boolean.FALSE.equals(file.modelEvidence());
        return new EngineConfig(engine, model, baseUrl, key, promptDir == null ? null : Path.of(promptDir),
                redact, timeout, RetryPolicy.DEFAULT, dataDir(env), evidence);
    }

    public EngineConfig withTimeout(Duration t) {
        return new EngineConfig(engine, model, baseUrl, apiKey, prompts, redact, t, retry, dataDir, evidence);
    }

    public EngineConfig withDataDir(Path d) {
        return new EngineConfig(engine, model, baseUrl, apiKey, prompts, redact, timeout, retry, d, evidence);
    }

    public EngineConfig withEvidence(boolean on) {
        return new EngineConfig(engine, model, baseUrl, apiKey, prompts, redact, timeout, retry, dataDir, on);
    }

    /** "openai gpt-4o-mini at http://…" for status lines; never shows the key. */
    public String describe() {
        if (!engine.isRemote()) {
            return engine.id();
        }
        return engine.id() + " " + model + " at " + (baseUrl == null ? engine.defaultBaseUrl() : baseUrl);
    }

    /** $XDG_DATA_HOME/rapport, else ~/.local/share/rapport. */
    static Path dataDir(Map<String, String> env) {
        return dev.rapport.Xdg.dataDir(env).orElse(null);
    }

    private static Duration timeout(String seconds) {
        if (seconds == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            double s = Double.parseDouble(seconds.strip());
            if (!(s >= MIN_TIMEOUT_SECONDS && s <= MAX_TIMEOUT_SECONDS)) { // NaN too
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.round(s * 1000));
        } catch (NumberFormatException e) {
            // the value is not echoed: a key pasted under the wrong setting must not reach the screen
            throw new RapportException(Messages.get("config.timeout.bad"), RapportException.USAGE, null);
        }
    }

    private static boolean falsy(String v) {
        String s = v.strip();
        return s.equals("0") || s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no") || s.equalsIgnoreCase("off");
    }

    private static boolean truthy(String v) {
        return v.equalsIgnoreCase("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
