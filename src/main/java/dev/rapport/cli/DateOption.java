package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** --date YYYY-MM-DD: a day that is not in the future; today when absent. */
final class DateOption {
    private DateOption() {
    }

    static LocalDate parse(String text, Context ctx) {
        LocalDate today = ctx.date().get();
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RapportException(Messages.get("cli.date.format", text), RapportException.USAGE, null);
        }
        if (day.isAfter(today)) {
            throw new RapportException(Messages.get("cli.date.future", text), RapportException.USAGE, null);
        }
        return day;
    }
}
