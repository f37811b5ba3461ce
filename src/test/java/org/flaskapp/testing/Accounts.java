package org.flaskapp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** Signed-in visitors for tests, made through the site's own pages. */
public final class Accounts {

    /** The password that an author made by {@link #newAuthor} chooses at first sign-in. */
    public static final String AUTHOR_PASSWORD = "the author's own password";

    private Accounts() {
    }

    /** The first administrator's password on the test servers (see pom.xml, test.admin.password). */
    public static String adminPassword() {
        return System.getProperty("test.admin.password");
    }

    /** A client signed in as the first administrator. */
    public static SiteClient admin(URL base) {
        SiteClient admin = new SiteClient(base);
        assertEquals(302, admin.signIn("admin", adminPassword()).status(), "the administrator signs in");
        return admin;
    }

    /**
     * A new author, added by {@code admin} on /admin/authors/ with an initial password that the
     * author then replaced by {@link #AUTHOR_PASSWORD}; returns the author's name.
     */
    public static String newAuthor(SiteClient admin) {
        String name = "author-" + UUID.randomUUID().toString().substring(0, 8);
        SiteClient.Response added = admin.submit(admin.get("admin/authors/"), "new-author-form",
                Map.of("new-name", name, "new-password", "initial password " + name), "add-author");
        assertEquals(302, added.status(), "the author is added");
        SiteClient author = new SiteClient(admin.base());
        author.signIn(name, "initial password " + name);
        SiteClient.Response changed = author.submit(author.get("account/password/"), "password-form",
                Map.of("current-password", "initial password " + name, "new-password", AUTHOR_PASSWORD,
                        "repeated-password", AUTHOR_PASSWORD), "change-password");
        assertEquals(302, changed.status(), "the author chooses a password");
        return name;
    }

    /** A client signed in as a new author (see {@link #newAuthor}). */
    public static SiteClient signedInAuthor(URL base) {
        String name = newAuthor(admin(base));
        SiteClient author = new SiteClient(base);
        assertEquals(302, author.signIn(name, AUTHOR_PASSWORD).status(), "the author signs in");
        return author;
    }
}
