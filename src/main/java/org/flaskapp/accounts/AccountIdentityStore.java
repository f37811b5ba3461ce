package org.flaskapp.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security's view of the accounts: a name and password give the caller and their role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getName(),
                        Set.of(account.getRole().roleName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
