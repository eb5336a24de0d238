package org.inspectorate.identity.web;

import java.io.Serializable;

/** A new password typed twice, as every form that sets one asks for it. */
public class NewPasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String password;
    private String confirm;

    /** True when both were typed and differ; the form then shows an error by the second field. */
    boolean mismatched() {
        return password != null && !password.equals(confirm);
    }

    /** Passwords are never shown back, even after an error. */
    void clear() {
        password = null;
        confirm = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
