package dev.rapport.io;

/**
 * What a file is read as, and so how large it may be. A note is a few hundred characters, a rules
 * file a page or two, a profile a long page of text; anything far beyond that is a mistake (or
 * /dev/zero) and is refused before it fills the memory.
 */
public enum InputKind {
    PROFILE("profile", 1024 * 1024),
    NOTE("note", 16 * 1024),
    /**
     * Many notes for critique --each, one a line or JSON lines: a class's worth is far below this (20,000 notes, 2.4 MB, are
     * graded in about 20 s); a trainer's 35 MB file ran for minutes with nothing on the screen.
     */
    NOTES("notes file", 4 * 1024 * 1024),
    RULES("rules file", 4 * 1024 * 1024),
    PROMPT("prompt file", 256 * 1024),
    CONFIG("config file", 64 * 1024),
    HISTORY("history file", 8 * 1024 * 1024),
    IMPORT("invitations file", 64 * 1024 * 1024),
    TARGETS("targets file", 256 * 1024 * 1024),
    /** An export archive is opened, never read whole: only its few wanted entries are inflated. */
    ARCHIVE("zip archive", 1024L * 1024 * 1024);

    private final String noun;
    private final long maxBytes;

    InputKind(String noun, long maxBytes) {
        this.noun = noun;
        this.maxBytes = maxBytes;
    }

    public String noun() {
        return noun;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "1 MB", "16 KB": the limit as the messages and the README state it. */
    public String limit() {
        return Sizes.words(maxBytes);
    }
}
