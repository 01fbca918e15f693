package org.tongxing.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.Gender;
import org.tongxing.household.Composition;
import org.tongxing.household.ConsentRequest;
import org.tongxing.household.FamilySaidForm;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.HouseholdRequest;
import org.tongxing.household.HouseholdView;
import org.tongxing.household.MemberRequest;
import org.tongxing.household.Relation;
import org.tongxing.household.Tier;
import org.tongxing.ui.FormValues;

/** The case-file form as posted by the page, with the head of household on a new file and what the family said. */
public class HouseholdForm extends FamilySaidForm {

    @RestForm
    public String areaCode;
    @RestForm
    public String addressLine;
    @RestForm
    public String hardshipCategory;
    @RestForm
    public String composition;
    @RestForm
    public String tier;
    @RestForm
    public String summary;
    @RestForm
    public String consentData;
    @RestForm
    public String consentShare;
    @RestForm
    public Long version;
    @RestForm
    public String headName;
    @RestForm
    public String headBirthDate;
    @RestForm
    public String headGender;
    @RestForm
    public String headPhone;
    @RestForm
    public String headIdNumber;

    HouseholdRequest toRequest(boolean withHead) {
        List<MemberRequest> members = new ArrayList<>();
        if (withHead) {
            members.add(new MemberRequest(FormValues.text(headName), Relation.HEAD, FormValues.date(headBirthDate),
                    FormValues.enumValue(Gender.class, headGender), FormValues.text(headPhone),
                    FormValues.text(headIdNumber), null, null, true, null));
        }
        return new HouseholdRequest(FormValues.text(areaCode), FormValues.text(addressLine),
                FormValues.enumValue(HardshipCategory.class, hardshipCategory),
                FormValues.enumValue(Composition.class, composition), FormValues.enumValue(Tier.class, tier),
                FormValues.text(summary), new ConsentRequest("on".equals(consentData), "on".equals(consentShare)),
                withHead ? members : null, null, toPreferences(), version);
    }

    static HouseholdForm from(HouseholdView h) {
        HouseholdForm f = new HouseholdForm();
        f.areaCode = h.areaCode();
        f.addressLine = h.addressLine();
        f.hardshipCategory = h.hardshipCategory().name();
        f.composition = h.composition().name();
        f.tier = h.tier().name();
        f.summary = h.summary();
        f.consentData = h.consent().dataProcessing() ? "on" : null;
        f.consentShare = h.consent().shareContact() ? "on" : null;
        f.version = h.version();
        f.fill(h.preferences());
        return f;
    }

    /** Field names of the head's sub-form, as errors name them ("members[0].name"). */
    static Map<String, String> headFields() {
        Map<String, String> map = new HashMap<>();
        map.put("members[0].name", "headName");
        map.put("members[0].birthDate", "headBirthDate");
        map.put("members[0].gender", "headGender");
        map.put("members[0].phone", "headPhone");
        map.put("members[0].idNumber", "headIdNumber");
        map.put("birthDate", "headBirthDate");
        map.put("gender", "headGender");
        map.put("idNumber", "headIdNumber");
        for (String path : List.of("preferences.languages", "preferences.availability", "preferences.genderWish",
                "preferences.latitude", "preferences.longitude")) {
            map.put(path, FamilySaidForm.fieldName(path));
        }
        return map;
    }
}
