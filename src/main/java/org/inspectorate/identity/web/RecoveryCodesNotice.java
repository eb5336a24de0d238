package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** New recovery codes, carried once across a redirect to the page that shows them. */
@Named
@RequestScoped
public class RecoveryCodesNotice {

    static final String FLASH_KEY = "inspectorate.recoveryCodes";

    private List<String> codes;

    @SuppressWarnings("unchecked")
    public List<String> getCodes() {
        if (codes == null) {
            Object flashed = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FLASH_KEY);
            codes = flashed instanceof List<?> l ? (List<String>) l : List.of();
        }
        return codes;
    }
}
