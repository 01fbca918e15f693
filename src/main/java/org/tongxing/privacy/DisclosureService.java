package org.tongxing.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.common.Filter;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;

import io.quarkus.panache.common.Sort;

/** Reads the disclosure log, newest first; a cadre sees only the entries for the households of their area. */
@ApplicationScoped
public class DisclosureService {

    @Inject
    AccessPolicy access;

    public Page<DisclosureView> list(DisclosureFilter filter, PageParams page) {
        Filter where = new Filter().equal("householdId", filter.householdId).equal("viewerId", filter.viewerId)
                .equal("needId", filter.needId);
        if (access.viewer().is(Role.CADRE)) {
            where.where("householdId in (select h.id from Household h where h.areaCode like :area)", "area",
                    access.viewer().areaCode() + "%");
        }
        Sort newestFirst = Sort.descending("occurredAt", "id");
        return Page.of(Disclosure.find(where.query(), newestFirst, where.parameters()), page, DisclosureView::from);
    }
}
