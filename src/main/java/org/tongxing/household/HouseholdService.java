package org.tongxing.household;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.area.AreaService;
import org.tongxing.common.Changes;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Filter;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.ResidentId;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.DisclosureLog;

import io.quarkus.panache.common.Sort;

/** Opens, edits and lists case files; every change is a {@link HouseholdEvent}, which the timeline records. */
@ApplicationScoped
public class HouseholdService {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "areaCode", "areaCode", "tier", "tier");

    @Inject
    AreaService areas;

    @Inject
    Event<HouseholdEvent> events;

    @Inject
    FollowUpConfig followUp;

    @Inject
    MemberService memberService;

    @Inject
    AccessPolicy access;

    @Inject
    DisclosureLog disclosures;

    static final String ADMINISTRATION = "ADMINISTRATION";

    /** An ID number matches only exactly; anything else matches names, phones and the address in part. */
    private static void search(Filter where, String q) {
        String term = q == null ? "" : q.strip();
        if (term.isEmpty()) {
            return;
        }
        if (ResidentId.isValid(term.toUpperCase(Locale.ROOT))) {
            where.where("id in (select m.household.id from HouseholdMember m where m.idNumber = :idNumber)",
                    "idNumber", term.toUpperCase(Locale.ROOT));
            return;
        }
        // '!' escapes LIKE's wildcards, so that "%" finds a literal percent sign only.
        String like = "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        where.where("(addressLine like :q escape '!' or id in (select m.household.id from HouseholdMember m"
                + " where m.name like :q escape '!' or m.phone like :q escape '!'))", "q", like);
    }

    public Page<HouseholdSummary> list(HouseholdFilter filter, PageParams page) {
        Filter where = new Filter()
                .startsWith("areaCode", AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope()))
                .equal("tier", filter.tier)
                .equal("hardshipCategory", filter.hardshipCategory)
                .equal("composition", filter.composition);
        search(where, filter.q);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.descending("updatedAt").and("id"));
        var today = ChinaTime.today();
        Page<HouseholdSummary> result = Page.of(Household.find(where.query(), sort, where.parameters()), page,
                (Household h) -> HouseholdSummary.from(h, today));
        if (access.viewer().is(Role.ADMIN) && !result.items().isEmpty()) {
            disclosures.record(access.viewer(), result.items().stream()
                    .map(h -> new DisclosureLog.Entry(h.id(), null, null)).toList(),
                    DisclosureLog.ROW_FIELDS, ADMINISTRATION, disclosures.channel());
        }
        return result;
    }

    /** The whole file, for those who may read it; reads by anyone but its field case workers are logged. */
    public HouseholdView get(long id) {
        Household household = require(id);
        access.requireHouseholdRead(household);
        if (access.readIsDisclosure(household)) {
            disclosures.record(access.viewer(), household.id, DisclosureLog.FILE_FIELDS, ADMINISTRATION);
        }
        return view(household);
    }

    @Transactional
    public HouseholdView open(HouseholdRequest request) {
        areas.requireCompound("areaCode", request.areaCode());
        access.requireAreaInScope(request.areaCode());
        List<MemberRequest> members = request.members() == null ? List.of() : request.members();
        memberService.checkNewMembers(members);
        Household household = new Household();
        apply(household, request);
        household.createdAt = household.updatedAt;
        household.persist();
        events.fire(new HouseholdEvent.Opened(household));
        for (MemberRequest member : members) {
            HouseholdMember added = memberService.add(household, member);
            if (member.isContact()) {
                household.contactMemberId = added.id;
            }
        }
        return view(household);
    }

    @Transactional
    public HouseholdView update(long id, HouseholdRequest request) {
        Household household = require(id);
        access.requireHouseholdEdit(household);
        if (household.version != request.version()) {
            throw new ConcurrentUpdate("household", id);
        }
        areas.requireCompound("areaCode", request.areaCode());
        access.requireAreaInScope(request.areaCode());
        if (request.contactMemberId() != null && household.member(request.contactMemberId()) == null) {
            throw new InconsistentReference("The contact must be a member of this household", "contactMemberId",
                    "is not a member of this household");
        }
        boolean consentBefore = household.consentDataProcessing, shareBefore = household.consentShareContact;
        List<String> changed = apply(household, request);
        recordUpdate(household, changed, consentBefore, shareBefore);
        Household.getEntityManager().flush();
        return view(household);
    }

    @Transactional
    public HouseholdView updateConsent(long id, ConsentUpdate update) {
        Household household = require(id);
        access.requireHouseholdSelfService(household);
        if (household.version != update.version()) {
            throw new ConcurrentUpdate("household", id);
        }
        boolean consentBefore = household.consentDataProcessing, shareBefore = household.consentShareContact;
        if (applyConsent(household, new ConsentRequest(update.dataProcessing(), update.shareContact()))) {
            household.updatedAt = Timestamps.now();
        }
        recordUpdate(household, List.of(), consentBefore, shareBefore);
        Household.getEntityManager().flush();
        return view(household);
    }

    /** What the family said; the family may state it itself, like its consent. */
    @Transactional
    public HouseholdView updatePreferences(long id, PreferencesUpdate update) {
        Household household = require(id);
        access.requireHouseholdSelfService(household);
        if (household.version != update.version()) {
            throw new ConcurrentUpdate("household", id);
        }
        Changes changes = new Changes();
        HouseholdPreferences.apply(household, update.preferences(), changes);
        if (changes.any()) {
            household.updatedAt = Timestamps.now();
            events.fire(new HouseholdEvent.Updated(household, changes.fields()));
        }
        Household.getEntityManager().flush();
        return view(household);
    }

    public Household require(long id) {
        return Household.<Household>findByIdOptional(id).orElseThrow(() -> new NotFound("household", id));
    }

    HouseholdView view(Household household) {
        return HouseholdView.from(household, followUp.interval(household.tier), ChinaTime.today());
    }

    /** Copies the request onto the file and returns the names of the fields whose value changed. */
    private List<String> apply(Household h, HouseholdRequest r) {
        Changes changes = new Changes();
        h.areaCode = changes.track("areaCode", h.areaCode, r.areaCode());
        h.addressLine = changes.track("addressLine", h.addressLine, r.addressLine().strip());
        h.hardshipCategory = changes.track("hardshipCategory", h.hardshipCategory, r.hardshipCategory());
        h.composition = changes.track("composition", h.composition, r.composition());
        h.tier = changes.track("tier", h.tier, r.tier());
        h.summary = changes.track("summary", h.summary, r.summary());
        if (r.contactMemberId() != null) {
            h.contactMemberId = changes.track("contactMemberId", h.contactMemberId, r.contactMemberId());
        }
        if (r.preferences() != null) {
            HouseholdPreferences.apply(h, r.preferences(), changes);
        }
        if (applyConsent(h, r.consent()) || changes.any()) {
            h.updatedAt = Timestamps.now();
        }
        return changes.fields();
    }

    /** Returns whether the consent changed; the time of the latest decision is kept with it. */
    private boolean applyConsent(Household h, ConsentRequest consent) {
        boolean changed = h.consentRecordedAt == null || h.consentDataProcessing != consent.dataProcessing()
                || h.consentShareContact != consent.shareContact();
        if (changed) {
            h.consentRecordedAt = Timestamps.now();
        }
        h.consentDataProcessing = consent.dataProcessing();
        h.consentShareContact = consent.shareContact();
        return changed;
    }

    private void recordUpdate(Household h, List<String> changed, boolean consentBefore, boolean shareBefore) {
        if (!changed.isEmpty()) {
            events.fire(new HouseholdEvent.Updated(h, changed));
        }
        if (consentBefore != h.consentDataProcessing || shareBefore != h.consentShareContact) {
            events.fire(new HouseholdEvent.ConsentChanged(h));
        }
    }
}
