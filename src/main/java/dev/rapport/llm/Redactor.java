package dev.rapport.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code --redact}: removes e-mail addresses, phone numbers and links from profile text
 * before it leaves the machine. Years and date ranges ("2016 - 2021") are not phone numbers.
 */
public final class Redactor {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|dev|co|ai|me|info|edu|gov|app|ly)(?:/\\S*)?\\b");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{6,}\\d");
    private static final int PHONE_DIGITS = 9;

    private Redactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String s = EMAIL.matcher(text).replaceAll(Messages.get("redact.email"));
        s = URL.matcher(s).replaceAll(Matcher.quoteReplacement(Messages.get("redact.link")));
        Matcher m = PHONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            m.appendReplacement(out, Matcher.quoteReplacement(digits >= PHONE_DIGITS ? Messages.get("redact.phone") : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
