package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.flaskapp.accounts.Account;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.faces.Redirect;

/**
 * Backs /admin/authors/: the accounts, a form to add an author, and per account a form to disable
 * or enable it and to reset its password. Each row's form names its account in a field of its
 * own ({@code account}), so a row never acts on another account when the list changed meanwhile.
 */
@Named
@RequestScoped
public class AuthorAccounts {

    @Inject
    private AccountService accounts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    @Inject
    @ManagedProperty("#{param.account}")
    private String account;

    private List<Account> all;
    private String newName;
    private String newPassword;
    private String resetPassword;

    public List<Account> getAll() {
        if (all == null) {
            all = accounts.all(caller());
        }
        return all;
    }

    public void add() {
        run(() -> accounts.createAuthor(caller(), newName, newPassword),
                "Added the author " + newName + "; they choose their own password at first sign-in.");
    }

    public void disable() {
        run(() -> accounts.setDisabled(caller(), account, true), "Disabled " + account + ".");
    }

    public void enable() {
        run(() -> accounts.setDisabled(caller(), account, false), "Enabled " + account + ".");
    }

    public void reset() {
        run(() -> accounts.resetPassword(caller(), account, resetPassword),
                "Gave " + account + " a new password, to be changed at their next sign-in.");
    }

    private void run(Runnable change, String done) {
        change.run();
        Redirect.afterChange(faces, done, "/admin/authors/");
    }

    private Caller caller() {
        return signedIn.required();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
