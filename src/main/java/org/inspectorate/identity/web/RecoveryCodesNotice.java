package org.inspectorate.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.inspectorate.shared.web.NextPage;

/** New recovery codes, carried once across a redirect to the page that shows them. */
@Named
@RequestScoped
public class RecoveryCodesNotice {

    static final String KEY = "recoveryCodes";

    private List<String> codes;

    @SuppressWarnings("unchecked")
    public List<String> getCodes() {
        if (codes == null) {
            Object flashed = NextPage.take(KEY);
            codes = flashed instanceof List<?> l ? (List<String>) l : List.of();
        }
        return codes;
    }
}
