package org.tongxing.pages.admin;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.account.AccountRequest;
import org.tongxing.common.Role;
import org.tongxing.ui.FormValues;

/** The new-account form as posted; the link fields are the ids the role's permissions are computed from. */
public class AccountForm {

    /** The fields linking an account to what its role's permissions are computed from. */
    static final List<String> LINKS = List.of("areaCode", "organisationId", "volunteerId", "householdId", "cadreId");

    @RestForm
    public String username;
    @RestForm
    public String displayName;
    @RestForm
    public String email;
    @RestForm
    public String role;
    @RestForm
    public String areaCode;
    @RestForm
    public String organisationId;
    @RestForm
    public String volunteerId;
    @RestForm
    public String householdId;
    @RestForm
    public String cadreId;
    @RestForm
    public String password;

    AccountRequest toRequest() {
        return new AccountRequest(FormValues.text(username), FormValues.text(displayName), FormValues.text(email),
                FormValues.enumValue(Role.class, role), FormValues.text(areaCode), id(organisationId), id(volunteerId),
                id(householdId), id(cadreId), true, password, null);
    }

    private static Long id(String value) {
        try {
            return FormValues.text(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
