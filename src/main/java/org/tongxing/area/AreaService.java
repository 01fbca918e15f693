package org.tongxing.area;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tongxing.common.Duplicate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.UnknownReference;

@ApplicationScoped
public class AreaService {

    public List<AreaView> children(String parentCode) {
        return Area.childrenOf(parentCode).stream().map(AreaView::from).toList();
    }

    public Optional<AreaView> find(String code) {
        return Area.<Area>findByIdOptional(code).map(AreaView::from);
    }

    @Transactional
    public AreaView create(AreaRequest request) {
        AreaCode code = AreaCode.of(request.code());
        Area area = new Area();
        area.code = code.value();
        area.level = code.level();
        if (code.level() != AreaLevel.DISTRICT) {
            area.parentCode = code.parent().value();
            if (Area.findById(area.parentCode) == null) {
                throw new UnknownReference("code", "parent area", area.parentCode);
            }
        }
        if (Area.findById(area.code) != null) {
            throw new Duplicate("The area " + area.code + " exists already", "code", "an area with this code exists");
        }
        area.nameZh = request.nameZh().strip();
        area.nameEn = request.nameEn().strip();
        area.persist();
        return AreaView.from(area);
    }

    /** Households live in compounds; anything else given as a home address is a mistake. */
    public Area requireCompound(String field, String code) {
        Area area = requireArea(field, code);
        if (area.level != AreaLevel.COMPOUND) {
            throw new InvalidInput("A household's area must be a compound", field,
                    "must be a compound (15-digit code)");
        }
        return area;
    }

    public Area requireArea(String field, String code) {
        Area area = code == null ? null : Area.findById(code);
        if (area == null) {
            throw new UnknownReference(field, "area", code);
        }
        return area;
    }
}
