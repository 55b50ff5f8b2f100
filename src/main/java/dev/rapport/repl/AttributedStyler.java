package dev.rapport.repl;

import dev.rapport.app.Styler;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Severity;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Emphasis through JLine's attributed strings, rendered for the terminal at hand (its colour depth and capabilities). */
final class AttributedStyler implements Styler {
    private final Terminal terminal;

    AttributedStyler(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public String decision(Decision d, String text) {
        int colour = switch (d) {
            case CONNECT -> AttributedStyle.GREEN;
            case FOLLOW_FIRST -> AttributedStyle.YELLOW;
            case DO_NOT_CONNECT -> AttributedStyle.RED;
        };
        return render(AttributedStyle.BOLD.foreground(colour), text);
    }

    @Override
    public String severity(Severity s, String text) {
        int colour = switch (s) {
            case INFO -> AttributedStyle.CYAN;
            case WARNING -> AttributedStyle.YELLOW;
            case ERROR -> AttributedStyle.RED;
        };
        return render(AttributedStyle.DEFAULT.foreground(colour), text);
    }

    @Override
    public String dim(String text) {
        return render(AttributedStyle.DEFAULT.faint(), text);
    }

    @Override
    public String bold(String text) {
        return render(AttributedStyle.BOLD, text);
    }

    @Override
    public String alert(String text) {
        return render(AttributedStyle.BOLD.foreground(AttributedStyle.RED), text);
    }

    private String render(AttributedStyle style, String text) {
        return new AttributedString(text, style).toAnsi(terminal);
    }
}
