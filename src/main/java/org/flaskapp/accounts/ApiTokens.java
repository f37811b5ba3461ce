package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flaskapp.platform.refusal.Invalid;
import org.flaskapp.platform.refusal.NotAllowed;
import org.flaskapp.platform.refusal.NotFound;

/**
 * Personal API tokens: an author makes them for their scripts, sees when each was last used and
 * revokes them; administrators revoke anyone's. A token is 32 random bytes shown once; the
 * database holds their SHA-256 (a secret that random needs no slow hash), so a copy of the
 * database opens nothing. A token of a disabled account, or past its expiry, opens nothing.
 */
@ApplicationScoped
public class ApiTokens {

    /** How long a new token may last, in days. */
    public static final Set<Integer> LIFETIMES = Set.of(7, 30, 90, 365);
    public static final int MAX_PER_ACCOUNT = 20;
    static final String PREFIX = "fa_";

    /** A new token: what the list shows, and the secret, which nobody can see again. */
    public record Created(ApiToken token, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    /** Makes a token for {@code owner}. */
    @Transactional
    public Created create(Caller owner, String name, TokenScope scope, int days) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > ApiToken.NAME_MAX_LENGTH) {
            throw new Invalid("A token needs a name of 1 to " + ApiToken.NAME_MAX_LENGTH
                    + " characters, such as the script that uses it.");
        }
        if (scope == null) {
            throw new Invalid("Please choose what the token may do.");
        }
        if (!LIFETIMES.contains(days)) {
            throw new Invalid("A token lasts 7, 30, 90 or 365 days.");
        }
        if (of(owner).size() >= MAX_PER_ACCOUNT) {
            throw new Invalid("You have " + MAX_PER_ACCOUNT + " tokens already; revoke one you no longer use first.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LocalDateTime now = now();
        ApiToken token = new ApiToken(owner.name(), stripped, hashOf(secret), scope, now, now.plusDays(days));
        em.persist(token);
        return new Created(token, secret);
    }

    /** The tokens of {@code owner}, newest first. */
    public List<ApiToken> of(Caller owner) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountName = :name ORDER BY t.id DESC", ApiToken.class)
                .setParameter("name", owner.name()).getResultList();
    }

    /** Every account's tokens, newest first; for administrators. */
    public List<ApiToken> all(Caller administrator) {
        administrator.requireAdministrator();
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id DESC", ApiToken.class).getResultList();
    }

    /** Revokes a token of the caller's, or anyone's for an administrator. */
    @Transactional
    public void revoke(Caller caller, long id) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .orElseThrow(() -> new NotFound("There is no token " + id + "; it may have been revoked already."));
        if (!caller.mayChangeWorkOf(token.getAccountName())) {
            throw new NotAllowed(caller.name() + " may not revoke a token of " + token.getAccountName());
        }
        em.remove(token);
    }

    /**
     * Who a request that sent {@code secret} acts for, if it is a live token of an account that may
     * sign in. Notes the time of use, to the minute (one write a minute per token at most).
     */
    @Transactional
    public Optional<TokenUse> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", hashOf(secret)).getResultStream().findFirst();
        LocalDateTime now = now();
        if (found.isEmpty() || !found.get().getExpiresAt().isAfter(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<Account> account = accounts.find(token.getAccountName()).filter(a -> !a.isDisabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(minute)) {
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :minute WHERE t.id = :id")
                    .setParameter("minute", minute).setParameter("id", token.getId()).executeUpdate();
        }
        return Optional.of(new TokenUse(new Caller(token.getAccountName(), account.get().getRole()), token.getScope()));
    }

    static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
