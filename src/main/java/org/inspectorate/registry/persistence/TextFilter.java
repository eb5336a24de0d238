package org.inspectorate.registry.persistence;

import java.util.Locale;
import java.util.Map;
import org.inspectorate.registry.domain.OrganisationId;
import org.inspectorate.registry.domain.Postcode;

/** The JPQL condition for a free-text register search on an alias with id, name and address. */
final class TextFilter {

    private TextFilter() {
    }

    static String condition(String alias, String text, Map<String, Object> params) {
        String t = text.strip();
        if (OrganisationId.isValid(t)) {
            params.put("id", t);
            return " and " + alias + ".id = :id";
        }
        params.put("name", "%" + escapeLike(t.toLowerCase(Locale.ROOT)) + "%");
        if (Postcode.looksLikePostcode(t)) {
            params.put("postcode", escapeLike(Postcode.key(t)) + "%");
            return " and (lower(" + alias + ".name) like :name escape '\\' or " + alias
                    + ".address.postcodeKey like :postcode escape '\\')";
        }
        return " and lower(" + alias + ".name) like :name escape '\\'";
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
