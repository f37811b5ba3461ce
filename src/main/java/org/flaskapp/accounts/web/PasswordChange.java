package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.platform.faces.Redirect;
import org.flaskapp.platform.refusal.Invalid;

/** Backs /account/password/: the signed-in user chooses a new password. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    private AccountService accounts;

    @Inject
    private SignedIn signedIn;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            throw new Invalid("The new password and its repetition differ.");
        }
        accounts.changePassword(signedIn.required(), currentPassword, newPassword);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        PasswordChangeFilter.require(request.getSession(), false);
        Redirect.to(faces, LocalAddress.HOME);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
