package org.tongxing.volunteer;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.tongxing.common.ContactPatterns;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.NeedCategory;

public class VolunteerFilter {

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("skill")
    public NeedCategory skill;

    @QueryParam("language")
    @Pattern(regexp = ContactPatterns.LANGUAGE, message = "must be a language tag such as zh, yue or en")
    public String language;

    @QueryParam("vettingStatus")
    public VettingStatus vettingStatus;
}
