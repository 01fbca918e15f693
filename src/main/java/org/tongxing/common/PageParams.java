package org.tongxing.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging and sorting query parameters shared by every list endpoint. Pages count from 0;
 * {@code sort} is a comma-separated list of fields, each optionally prefixed with '-' for descending.
 */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "^-?[a-zA-Z]{1,30}(,-?[a-zA-Z]{1,30}){0,4}$",
            message = "must be field names separated by commas, each optionally prefixed with '-'")
    public String sort;

    public static PageParams of(int page, int size, String sort) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        params.sort = sort;
        return params;
    }
}
