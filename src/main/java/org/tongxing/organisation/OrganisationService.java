package org.tongxing.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.UserAccount;
import org.tongxing.account.Viewer;
import org.tongxing.area.AreaService;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Filter;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.common.VettingRequest;
import org.tongxing.common.VettingStatus;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;

@ApplicationScoped
public class OrganisationService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "areaCode", "areaCode");

    @Inject
    AreaService areas;

    @Inject
    AccessPolicy access;

    public Page<OrganisationView> list(OrganisationFilter filter, PageParams page) {
        Filter where = new Filter()
                .startsWith("areaCode", filter.areaPrefix)
                .equal("kind", filter.kind)
                .equal("vettingStatus", filter.vettingStatus)
                .where(":category member of serviceCategories", "category", filter.category);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.ascending("name"));
        return Page.of(Organisation.find(where.query(), sort, where.parameters()), page, OrganisationView::from);
    }

    public Optional<OrganisationView> find(long id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::from);
    }

    /** The accounts acting for an organisation: its own members see them, and administrators. */
    public List<OrganisationMember> members(long id) {
        Viewer viewer = access.viewer();
        if (!viewer.is(Role.ADMIN) && !Long.valueOf(id).equals(viewer.organisationId())) {
            throw new ForbiddenException();
        }
        return UserAccount.<UserAccount>list("organisationId = ?1 and role = ?2 order by displayName, id", id,
                Role.ORG_MEMBER).stream().map(OrganisationMember::from).toList();
    }

    @Transactional
    public OrganisationView register(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        organisation.vettingStatus = VettingStatus.PENDING;
        apply(organisation, request);
        organisation.createdAt = organisation.updatedAt;
        organisation.persist();
        Organisation.getEntityManager().flush();
        return OrganisationView.from(organisation);
    }

    @Transactional
    public OrganisationView update(long id, OrganisationRequest request) {
        Viewer viewer = access.viewer();
        if (viewer.is(Role.ORG_MEMBER) && !Long.valueOf(id).equals(viewer.organisationId())) {
            throw new ForbiddenException();
        }
        Organisation organisation = requireVersion(id, request.version());
        apply(organisation, request);
        Organisation.getEntityManager().flush();
        return OrganisationView.from(organisation);
    }

    @Transactional
    public OrganisationView vet(long id, VettingRequest request) {
        Organisation organisation = requireVersion(id, request.version());
        organisation.vettingStatus = request.status();
        organisation.vettedAt = request.status() == VettingStatus.PENDING ? null : Timestamps.now();
        organisation.vettingNote = request.note();
        organisation.updatedAt = Timestamps.now();
        Organisation.getEntityManager().flush();
        return OrganisationView.from(organisation);
    }

    private Organisation requireVersion(long id, long version) {
        Organisation organisation = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("organisation", id));
        if (organisation.version != version) {
            throw new ConcurrentUpdate("organisation", id);
        }
        return organisation;
    }

    private void apply(Organisation o, OrganisationRequest r) {
        areas.requireArea("areaCode", r.areaCode());
        o.name = r.name().strip();
        o.kind = r.kind();
        o.creditCode = r.creditCode();
        o.contactName = r.contactName();
        o.contactPhone = r.contactPhone();
        o.email = r.email();
        o.areaCode = r.areaCode();
        o.serviceCategories = EnumSet.copyOf(r.serviceCategories());
        o.description = r.description();
        o.updatedAt = Timestamps.now();
    }
}
