package org.tongxing.cadre;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.area.AreaService;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Filter;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CadreService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "areaCode", "areaCode",
            "createdAt", "createdAt");

    @Inject
    AreaService areas;

    public Page<CadreView> list(CadreFilter filter, PageParams page) {
        Filter where = new Filter().startsWith("areaCode", filter.areaPrefix);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.ascending("name"));
        return Page.of(Cadre.find(where.query(), sort, where.parameters()), page, CadreView::from);
    }

    public Optional<CadreView> find(long id) {
        return Cadre.<Cadre>findByIdOptional(id).map(CadreView::from);
    }

    @Transactional
    public CadreView create(CadreRequest request) {
        Cadre cadre = new Cadre();
        apply(cadre, request);
        cadre.createdAt = cadre.updatedAt;
        cadre.persist();
        return CadreView.from(cadre);
    }

    @Transactional
    public CadreView update(long id, CadreRequest request) {
        Cadre cadre = Cadre.<Cadre>findByIdOptional(id).orElseThrow(() -> new NotFound("cadre", id));
        if (cadre.version != request.version()) {
            throw new ConcurrentUpdate("cadre", id);
        }
        apply(cadre, request);
        Cadre.getEntityManager().flush();
        return CadreView.from(cadre);
    }

    private void apply(Cadre c, CadreRequest r) {
        areas.requireArea("areaCode", r.areaCode());
        c.name = r.name().strip();
        c.phone = r.phone();
        c.email = r.email();
        c.gender = r.gender();
        c.unit = r.unit().strip();
        c.title = r.title();
        c.areaCode = r.areaCode();
        c.capacity = r.capacity().shortValue();
        c.updatedAt = Timestamps.now();
    }
}
