package org.tongxing.privacy;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.UserAccount;
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
        Page<Disclosure> found = Page.of(Disclosure.<Disclosure>find(where.query(), newestFirst, where.parameters()),
                page, (Disclosure d) -> d);
        // The log keeps ids and usernames (it must outlive renames); readers want the viewer's name.
        Map<Long, String> names = found.items().isEmpty() ? Map.of()
                : UserAccount.<UserAccount>list("id in ?1", found.items().stream().map(d -> d.viewerId).distinct()
                        .toList()).stream().collect(Collectors.toMap(a -> a.id, a -> a.displayName));
        return found.map(d -> DisclosureView.from(d, names.get(d.viewerId)));
    }
}
