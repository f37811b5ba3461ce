package org.flaskapp.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flaskapp.testing.Accounts;
import org.flaskapp.testing.DeployedSite;
import org.flaskapp.testing.SiteClient;
import org.junit.jupiter.api.Test;

/** Signing in and out over real HTTP, and what it does to sessions, cookies and kept pages. */
class SignInIT extends DeployedSite {

    private static final String SIGNED_IN = "Signed in as";

    @Test
    void visitorsGetNoSessionAndNoCookieOnAnyPageNotEvenAFailedSignIn() {
        SiteClient visitor = new SiteClient(base);
        List<String> addresses = List.of("", "posts/", "posts/1/", "posts/?sort=title", "posts/categories/",
                "posts/categories/general/", "questions/", "test/", "login/", "posts/new/", "posts/edit/1/", "posts/1/edit/",
                "posts/delete/1/", "admin/authors/", "account/password/", "posts/99999/");
        for (String address : addresses) {
            SiteClient.Response page = visitor.get(address);
            assertTrue(page.setCookie().isEmpty(), address + " set " + page.setCookie());
        }
        SiteClient.Response failed = visitor.signIn("admin", "not the password");

        assertEquals(401, failed.status());
        assertTrue(failed.setCookie().isEmpty(), "a failed sign-in sets " + failed.setCookie());
        assertTrue(visitor.sessionId().isEmpty());
    }

    @Test
    void aVisitorWhoOpensAReservedAddressSignsInAndComesBackToIt() {
        SiteClient visitor = new SiteClient(base);

        SiteClient.Response reserved = visitor.get("posts/new/");
        assertEquals(302, reserved.status());
        assertEquals(base.getPath() + "login/?next=%2Fposts%2Fnew%2F",
                reserved.locationPath());

        SiteClient.Response signIn = visitor.get(reserved.location().orElseThrow());
        SiteClient.Response signedIn = visitor.submit(signIn, "sign-in-form",
                Map.of("name", "admin", "password", Accounts.adminPassword()), "sign-in");
        assertEquals(302, signedIn.status());
        assertTrue(signedIn.location().orElseThrow().endsWith("/posts/new/"), signedIn.location().orElseThrow());
        assertEquals(200, visitor.get("posts/new/").status());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndANewOneComesWithEverySignIn() {
        SiteClient admin = new SiteClient(base);

        SiteClient.Response first = admin.signIn("admin", Accounts.adminPassword());
        String cookie = first.setCookie().orElseThrow().toLowerCase(Locale.ROOT);
        String firstId = admin.sessionId().orElseThrow();
        admin.signIn("admin", Accounts.adminPassword());

        assertTrue(cookie.contains("httponly"), cookie);
        assertTrue(cookie.contains("samesite=lax"), cookie);
        assertNotEquals(firstId, admin.sessionId().orElseThrow(), "the session id changes at sign-in");
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        SiteClient visitor = new SiteClient(base);

        SiteClient.Response wrongPassword = visitor.signIn("admin", "not the password");
        SiteClient.Response unknownName = visitor.signIn("nobody-by-this-name", "not the password");

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownName.status());
        String message = wrongPassword.document().select(".form-errors").text();
        assertTrue(message.startsWith("Sign-in failed"), message);
        assertEquals(message, unknownName.document().select(".form-errors").text());
        assertEquals("nobody-by-this-name", unknownName.document().getElementById("name").val(), "the name is kept");
        assertEquals("", unknownName.document().getElementById("password").val(), "the password is not sent back");
    }

    @Test
    void pagesOfASignedInUserAreTheirsAloneAndNeverReachVisitors() {
        SiteClient visitor = new SiteClient(base);
        visitor.get("posts/");
        assertTrue(visitor.get("posts/").header("ETag").isPresent(), "visitors get the kept page");
        SiteClient admin = Accounts.admin(base);

        SiteClient.Response adminsPage = admin.get("posts/");
        SiteClient.Response visitorsPage = visitor.get("posts/");

        assertTrue(adminsPage.body().contains(SIGNED_IN + " <strong>admin</strong>"));
        assertTrue(adminsPage.header("ETag").isEmpty(), "the signed-in user's own page: no entity tag for shared caches");
        assertTrue(adminsPage.header("Cache-Control").orElse("").contains("no-store"));
        assertFalse(visitorsPage.body().contains(SIGNED_IN));
        assertFalse(visitorsPage.body().contains("session-token"));

        String oldSession = admin.sessionId().orElseThrow();
        SiteClient.Response signedOut = admin.signOut();
        assertEquals(302, signedOut.status());
        assertTrue(admin.sessionId().isEmpty(), "the browser drops the session cookie");
        SiteClient.Response afterwards = admin.get("posts/");
        assertFalse(afterwards.body().contains(SIGNED_IN));
        assertTrue(afterwards.header("ETag").isPresent(), "a visitor again, who gets the kept page");
        SiteClient.Response withOldCookie = new SiteClient(base).get("posts/", "Cookie", "JSESSIONID=" + oldSession);
        assertFalse(withOldCookie.body().contains(SIGNED_IN), "the old session is over on the server too");
    }

    @Test
    void aSignedInUsersPostWithoutTheSessionsTokenIsRefused() {
        SiteClient admin = Accounts.admin(base);
        SiteClient.Response form = admin.get("posts/new/");
        String fields = "post-form=post-form&jakarta.faces.ViewState=stateless&version=0&title=Forged&content=x"
                + "&category=general&tags=&save=Publish";

        SiteClient.Response forged = admin.request("POST", "posts/new/", "application/x-www-form-urlencoded",
                fields.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertTrue(form.document().select("input[name=session-token]").size() > 0, "forms carry the token");
        assertEquals(403, forged.status());
    }

    @Test
    void aNewAuthorMustChooseTheirOwnPasswordBeforeAnythingElse() {
        SiteClient admin = Accounts.admin(base);
        String name = "author-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        admin.submit(admin.get("admin/authors/"), "new-author-form",
                Map.of("new-name", name, "new-password", "initial password!"), "add-author");
        SiteClient author = new SiteClient(base);

        SiteClient.Response signedIn = author.signIn(name, "initial password!");
        assertTrue(signedIn.location().orElseThrow().endsWith("/account/password/"));
        assertTrue(author.get("posts/new/").location().orElseThrow().endsWith("/account/password/"));
        SiteClient.Response mismatch = author.submit(author.get("account/password/"), "password-form",
                Map.of("current-password", "initial password!", "new-password", "my very own password",
                        "repeated-password", "my very own passwort"), "change-password");
        assertEquals(422, mismatch.status());
        author.submit(author.get("account/password/"), "password-form",
                Map.of("current-password", "initial password!", "new-password", "my very own password",
                        "repeated-password", "my very own password"), "change-password");

        assertEquals(200, author.get("posts/new/").status());
        assertEquals(403, author.get("admin/authors/").status(), "authors do not manage accounts");
        assertEquals(401, new SiteClient(base).signIn(name, "initial password!").status(), "the old password is gone");
    }

    @Test
    void aPasswordResetByTheAdministratorMustBeChangedAtTheNextSignIn() {
        SiteClient admin = Accounts.admin(base);
        String name = Accounts.newAuthor(admin);

        SiteClient.Response authors = admin.get("admin/authors/");
        String formId = authors.document().getElementById("account-" + name).select("form").stream()
                .filter(form -> !form.select("input[type=password]").isEmpty())
                .findFirst().orElseThrow().id();
        String field = authors.document().getElementById(formId).select("input[type=password]").attr("name");
        SiteClient.Response reset = admin.submit(authors, formId, Map.of(field, "a reset password!"), formId + ":reset");

        assertEquals(302, reset.status());
        assertEquals(401, new SiteClient(base).signIn(name, Accounts.AUTHOR_PASSWORD).status(), "the old password is gone");
        SiteClient.Response signedIn = new SiteClient(base).signIn(name, "a reset password!");
        assertTrue(signedIn.location().orElseThrow().endsWith("/account/password/"));
    }

    @Test
    void aDisabledAuthorCannotSignIn() {
        SiteClient admin = Accounts.admin(base);
        String name = Accounts.newAuthor(admin);

        SiteClient.Response authors = admin.get("admin/authors/");
        var row = authors.document().getElementById("account-" + name);
        String formId = row.select("form").stream()
                .filter(form -> !form.select("input[value^=Disable]").isEmpty())
                .findFirst().orElseThrow().id();
        SiteClient.Response disabled = admin.submit(authors, formId, Map.of(), formId + ":disable");

        assertEquals(302, disabled.status());
        assertTrue(admin.get("admin/authors/").document().getElementById("account-" + name).text().contains("disabled"));
        assertEquals(401, new SiteClient(base).signIn(name, Accounts.AUTHOR_PASSWORD).status());
    }
}
