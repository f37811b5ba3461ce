package org.flaskapp.accounts;

/** What a personal API token may do. */
public enum TokenScope {
    /** Read through the API as its author (reads are open to everyone; it names who reads). */
    READ,
    /** Also publish, edit and delete, under the same rules as the pages. */
    WRITE;

    /** The word it goes by in the page and the database. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
