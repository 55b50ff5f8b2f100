package dev.rapport.text;

import java.util.regex.Pattern;

/**
 * Masks API keys in text that is kept (REPL history) or sent (prompts): the configured key where
 * it appears, and anything shaped like a provider's key ({@code sk-…} for OpenAI and Anthropic,
 * {@code AIza…} for Google) even when it is not the configured one.
 */
public final class Secrets {
    public static final String MASK = "[key removed]";
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?<![A-Za-z0-9_-])(?:sk-[A-Za-z0-9_-]{16,}|AIza[0-9A-Za-z_-]{30,})");

    private Secrets() {
    }

    public static String mask(String text) {
        return mask(text, null);
    }

    /** {@code key} (may be null) is the configured key, masked wherever it occurs. */
    public static String mask(String text, String key) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (key != null && key.length() >= 8) {
            out = out.replace(key, MASK);
        }
        return KEY_SHAPED.matcher(out).replaceAll(MASK);
    }
}
