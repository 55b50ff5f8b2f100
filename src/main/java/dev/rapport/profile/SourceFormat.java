package dev.rapport.profile;

/** Where a profile came from; detected from the content, never from the file name alone. */
public enum SourceFormat {
    LINKEDIN_PAGE, PROSE, JSON_RESUME, LINKEDIN_EXPORT
}
