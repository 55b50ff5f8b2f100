package dev.rapport.llm;

import java.util.function.Consumer;

/**
 * Shows a streamed JSON draft as it is written: passes on only the characters of each "text"
 * value (unescaped), with a line break after each note, so the user sees prose, not JSON.
 * Display only; the finished answer is read with Jackson. Jackson's non-blocking parser was the
 * first choice, but it hands over a string value only once the closing quote has arrived
 * (NOT_AVAILABLE until then), so a note would appear all at once instead of as it is written;
 * echoing the text as it streams is the whole point of this class.
 */
final class JsonTextEcho implements Consumer<String> {
    private final Consumer<String> out;
    private final StringBuilder string = new StringBuilder();
    private boolean inString;
    private boolean escape;
    private int unicodeLeft = -1;
    private final StringBuilder unicode = new StringBuilder();
    private boolean keyWasText;
    private boolean colonSeen;
    private boolean emitting;

    JsonTextEcho(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void accept(String chunk) {
        if (chunk == null) {
            return;
        }
        for (int i = 0; i < chunk.length(); i++) {
            step(chunk.charAt(i));
        }
    }

    private void step(char ch) {
        if (!inString) {
            if (ch == '"') {
                inString = true;
                string.setLength(0);
                emitting = keyWasText && colonSeen;
            } else if (ch == ':' && keyWasText) {
                colonSeen = true;
            } else if (!Character.isWhitespace(ch)) {
                keyWasText = false;
                colonSeen = false;
            }
            return;
        }
        if (unicodeLeft >= 0) {
            unicode.append(ch);
            if (--unicodeLeft == 0) {
                unicodeLeft = -1;
                try {
                    emit((char) Integer.parseInt(unicode.toString(), 16));
                } catch (NumberFormatException ignored) {
                    // a broken escape only affects what is echoed, never the parsed answer
                }
            }
            return;
        }
        if (escape) {
            escape = false;
            switch (ch) {
                case 'n' -> emit('\n');
                case 't' -> emit('\t');
                case 'r', 'b', 'f' -> { }
                case 'u' -> {
                    unicode.setLength(0);
                    unicodeLeft = 4;
                }
                default -> emit(ch);
            }
            return;
        }
        if (ch == '\\') {
            escape = true;
        } else if (ch == '"') {
            inString = false;
            if (emitting) {
                out.accept("\n");
                emitting = false;
                keyWasText = false;
            } else {
                keyWasText = "text".contentEquals(string);
            }
            colonSeen = false;
        } else {
            emit(ch);
        }
    }

    private void emit(char ch) {
        string.append(ch);
        if (emitting) {
            out.accept(String.valueOf(ch));
        }
    }
}
