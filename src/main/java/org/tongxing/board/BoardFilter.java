package org.tongxing.board;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;

/** Filters of the open-requests board; {@code cursor} continues from where the previous page ended. */
public class BoardFilter {

    @QueryParam("category")
    public NeedCategory category;

    @QueryParam("areaPrefix")
    @Pattern(regexp = "^\\d{1,15}$", message = "must be the leading digits of an area code")
    public String areaPrefix;

    @QueryParam("urgency")
    public Urgency urgency;

    @QueryParam("wantedBefore")
    public LocalDate wantedBefore;

    @QueryParam("q")
    @Size(max = 50, message = "must be at most 50 characters")
    public String q;

    /** Only needs the viewer could claim now (their skills or services, vetting and standing); others ignore it. */
    @QueryParam("claimableOnly")
    public boolean claimableOnly;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    public int size;

    @QueryParam("cursor")
    @Size(max = 100)
    public String cursor;
}
