package org.flaskapp.accounts.web;

/** An address within this site to go to after signing in, taken from the query with care. */
final class LocalAddress {

    static final String HOME = "/posts/";

    private LocalAddress() {
    }

    /**
     * {@code wanted} when it is a path of this site ({@code /posts/new/}), else the posts page:
     * never another site ({@code //evil.example}, {@code /\evil.example}, {@code https://...}).
     */
    static String orHome(String wanted) {
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\")
                || wanted.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return HOME;
        }
        return wanted;
    }
}
