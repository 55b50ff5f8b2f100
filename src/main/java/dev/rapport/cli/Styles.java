package dev.rapport.cli;

import dev.rapport.app.Styler;

final class Styles {
    private Styles() {
    }

    static Styler of(Context ctx) {
        return ctx.colour() ? Styler.ansi() : Styler.plain();
    }
}
