package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.ManagedProperty;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.flaskapp.accounts.Account;
import org.flaskapp.accounts.AccountChangeRefused;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.accounts.Caller;
import org.flaskapp.platform.faces.Answers;
import org.flaskapp.platform.faces.Notice;

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

    public void add() throws IOException {
        run(() -> accounts.createAuthor(caller(), newName, newPassword),
                "Added the author " + newName + "; they choose their own password at first sign-in.");
    }

    public void disable() throws IOException {
        run(() -> accounts.setDisabled(caller(), account, true), "Disabled " + account + ".");
    }

    public void enable() throws IOException {
        run(() -> accounts.setDisabled(caller(), account, false), "Enabled " + account + ".");
    }

    public void reset() throws IOException {
        run(() -> accounts.resetPassword(caller(), account, resetPassword),
                "Gave " + account + " a new password, to be changed at their next sign-in.");
    }

    /** Does the change and shows the list again with what happened (post/redirect/get), or refuses with 422. */
    private void run(Runnable change, String done) throws IOException {
        try {
            change.run();
        } catch (AccountChangeRefused refused) {
            Answers.refused(faces, refused.getMessage());
            newPassword = resetPassword = null;
            return;
        }
        Notice.leave(faces.getExternalContext(), done);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        faces.getExternalContext().redirect(request.getContextPath() + "/admin/authors/");
    }

    private Caller caller() {
        return signedIn.caller().orElseThrow();
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
