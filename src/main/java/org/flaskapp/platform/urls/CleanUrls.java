package org.flaskapp.platform.urls;

/** The mapping between a page's view file and the folder URL that visitors use. */
public final class CleanUrls {

    static final String INDEX_FILE = "index.xhtml";

    private CleanUrls() {
    }

    /** {@code /posts/index.xhtml} becomes {@code /posts/}; any other path is returned unchanged. */
    public static String folderOf(String path) {
        if (path.endsWith("/" + INDEX_FILE)) {
            return path.substring(0, path.length() - INDEX_FILE.length());
        }
        return path;
    }
}
