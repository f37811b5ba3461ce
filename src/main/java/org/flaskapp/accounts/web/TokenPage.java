package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.flaskapp.accounts.ApiToken;
import org.flaskapp.accounts.ApiTokens;
import org.flaskapp.accounts.TokenScope;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.Invalid;

/**
 * Backs /account/tokens/: the signed-in user's API tokens (and, for administrators, everyone's),
 * a form to make one and a button per token to revoke it. A new token's secret is shown in the
 * answer to the form post itself, once: it is kept nowhere, not even in the session.
 */
@Named
@RequestScoped
public class TokenPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    @Inject
    private ApiTokens tokens;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.token}")
    private String token;

    private String name;
    private String scope = TokenScope.WRITE.word();
    private int days = 90;
    private ApiTokens.Created created;

    public void create() {
        TokenScope chosen = TokenScope.WRITE.word().equals(scope) ? TokenScope.WRITE
                : TokenScope.READ.word().equals(scope) ? TokenScope.READ : null;
        created = tokens.create(signedIn.required(), name, chosen, days);
        name = null;
    }

    public void revoke() {
        long id;
        try {
            id = Long.parseLong(token);
        } catch (NumberFormatException notAnId) {
            throw new Invalid("Which token? The form named none.");
        }
        tokens.revoke(signedIn.required(), id);
        Redirect.afterChange(faces, "Revoked the token.", "/account/tokens/");
    }

    public List<ApiToken> getMine() {
        return tokens.of(signedIn.required());
    }

    /** Everyone's tokens, for an administrator; empty for anyone else. */
    public List<ApiToken> getEveryones() {
        return signedIn.isAdministrator() ? tokens.all(signedIn.required()) : List.of();
    }

    /** The new token's secret, in the answer that made it; null otherwise. */
    public String getCreatedSecret() {
        return created == null ? null : created.secret();
    }

    public String getCreatedName() {
        return created == null ? null : created.token().getName();
    }

    public String when(LocalDateTime utc) {
        return utc == null ? "never" : WHEN.format(utc);
    }

    public List<Integer> getLifetimes() {
        return ApiTokens.LIFETIMES.stream().sorted().toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
