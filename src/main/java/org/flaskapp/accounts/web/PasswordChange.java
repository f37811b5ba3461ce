package org.flaskapp.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.flaskapp.accounts.AccountChangeRefused;
import org.flaskapp.accounts.AccountService;
import org.flaskapp.platform.faces.Answers;

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

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            refuse("The new password and its repetition differ.");
            return;
        }
        try {
            accounts.changePassword(signedIn.caller().orElseThrow(), currentPassword, newPassword);
        } catch (AccountChangeRefused refused) {
            refuse(refused.getMessage());
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        PasswordChangeFilter.require(request.getSession(), false);
        faces.getExternalContext().redirect(request.getContextPath() + LocalAddress.HOME);
    }

    /** 422 and the message; passwords are never sent back in the page. */
    private void refuse(String message) {
        Answers.refused(faces, message);
        currentPassword = newPassword = repeatedPassword = null;
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
