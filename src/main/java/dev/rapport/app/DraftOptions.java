package dev.rapport.app;

import dev.rapport.draft.Style;

/** How many notes, how long at most, and in what style. */
public record DraftOptions(int limit, int variants, Style style) {
    public static final int PREMIUM_LIMIT = 300;
    public static final int FREE_LIMIT = 200;
    public static final DraftOptions DEFAULT = new DraftOptions(PREMIUM_LIMIT, 3, Style.DEFAULT);

    public DraftOptions {
        style = style == null ? Style.DEFAULT : style;
    }

    public DraftOptions withStyle(Style s) {
        return new DraftOptions(limit, variants, s);
    }

    public DraftOptions withLimit(int l) {
        return new DraftOptions(l, variants, style);
    }
}
