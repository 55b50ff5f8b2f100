package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.profile.Profile;
import dev.rapport.app.Messages;
import dev.rapport.app.Profiles;

/** Reads the two profiles named on the command line; only one of them may come from stdin. */
final class ProfileLoader {
    private ProfileLoader() {
    }

    static Profile[] load(PairOptions pair, Context ctx) {
        if ("-".equals(pair.me) && "-".equals(pair.them)) {
            throw new RapportException("--me and --them cannot both read stdin (-); give one of them as a file",
                    RapportException.USAGE, null);
        }
        Profile me = Profiles.read(pair.me, ctx.in());
        Profile them = Profiles.read(pair.them, ctx.in());
        if (Profiles.samePerson(me, them)) {
            throw new RapportException(Messages.get("cli.same-person", me.name()));
        }
        return new Profile[] {me, them};
    }
}
