package cl.circuito.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice, as an invited user chooses it and as {@link ChangePasswordForm} asks it (the length
 * rules are identity's).
 */
public class NewPasswordForm {

    @NotBlank
    private String newPassword;
    @NotBlank
    private String confirmPassword;

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
