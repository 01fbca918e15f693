package org.tongxing.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.area.AreaCode;
import org.tongxing.area.AreaLevel;
import org.tongxing.area.AreaNames;
import org.tongxing.common.ChinaTime;
import org.tongxing.household.Household;
import org.tongxing.privacy.ViewLevel;

/**
 * The one mapping from a need to what a viewer sees. Below CASE_WORKER level the description is redacted,
 * the area is cut to the street, and no id leads back to the household or a member.
 */
@ApplicationScoped
public class NeedViews {

    private static final int ADULT_AGE = 18;

    @Inject
    AreaNames areaNames;

    public NeedView of(ViewLevel level, Need n, Household h, NeedView.Contact contact) {
        boolean full = level == ViewLevel.CASE_WORKER;
        String area = full ? n.areaCode : AreaCode.of(n.areaCode).truncateTo(AreaLevel.STREET).value();
        String description = full ? n.description : n.publicDescription;
        return new NeedView(level, n.id, n.category, description, n.urgency, n.status, n.visibility, n.longTerm,
                n.wantedBy,
                area, areaNames.nameZh(area), householdType(h), n.createdAt, n.updatedAt, full ? n.version : null,
                full ? n.householdId : null, full ? n.memberId : null, full ? n.cancelReason : null,
                level == ViewLevel.CLAIMANT ? contact : null);
    }

    public NeedView caseWorker(Need n, Household h) {
        return of(ViewLevel.CASE_WORKER, n, h, null);
    }

    static NeedView.HouseholdType householdType(Household h) {
        var today = ChinaTime.today();
        int children = (int) h.members.stream().filter(m -> m.ageOn(today) < ADULT_AGE).count();
        return new NeedView.HouseholdType(h.composition, children);
    }
}
