package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;

/**
 * What is known when a note is checked. Sender, recipient and purpose may be null (a trainer
 * critiquing a note with nothing else); rules that need them then stay silent.
 */
public record NoteContext(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, int limit) {
    public NoteContext {
        ground = ground == null ? List.of() : List.copyOf(ground);
    }

    public static NoteContext bare(int limit) {
        return new NoteContext(null, null, null, List.of(), limit);
    }
}
