package org.tongxing.matching.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.solver.Explanation;
import org.tongxing.need.NeedCategory;

/**
 * Why a group is proposed as a whole: where its lead works and how much of the mother's needs the volunteers
 * cover together. Each member's own reasons come from the matcher's explainer.
 */
final class GroupExplanation {

    private static final Map<NeedCategory, String[]> NAMES = Map.of(
            NeedCategory.JOB_TRAINING, new String[] {"就业", "jobs and training"},
            NeedCategory.TUTORING, new String[] {"课业辅导", "tutoring"},
            NeedCategory.PSYCHOLOGICAL_SUPPORT, new String[] {"心理疏导", "counselling"},
            NeedCategory.COMPANIONSHIP, new String[] {"陪伴关怀", "companionship"},
            NeedCategory.DAILY_LIVING, new String[] {"改善生活", "daily living"},
            NeedCategory.LEGAL_AID, new String[] {"法律援助", "legal aid"},
            NeedCategory.MEDICAL_REHABILITATION, new String[] {"医疗康复", "rehabilitation"},
            NeedCategory.SCHOLARSHIP, new String[] {"助学", "a scholarship"});
    private static final String[][] LEAD = {{"组长与她同一小区", "the lead lives in her compound"},
            {"组长与她同一社区", "the lead works in her community"}, {"组长与她同一街道", "the lead works in her street"},
            {"组长在本区", "the lead works in her district"}, {"组长在外区", "the lead works in another district"}};

    private GroupExplanation() {
    }

    /** @param newLead the proposed lead, or null when the group keeps its own */
    static Explanation of(Family mother, GroupLeader newLead, int newMembers, Set<NeedCategory> needs,
            Set<NeedCategory> uncovered) {
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        if (newLead != null) {
            String[] lead = LEAD[AreaCode.distanceTier(mother.area(), newLead.area())];
            zh.add(lead[0]);
            en.add(lead[1]);
        }
        zh.add("新增" + newMembers + "位志愿者");
        en.add(newMembers + (newMembers == 1 ? " new volunteer" : " new volunteers"));
        int covered = needs.size() - uncovered.size();
        if (uncovered.isEmpty()) {
            zh.add("共同覆盖她的全部需求（" + needs.size() + "项）");
            en.add("together they cover all her needs (" + needs.size() + ")");
        } else {
            zh.add("共同覆盖她" + needs.size() + "项需求中的" + covered + "项");
            en.add("together they cover " + covered + " of her " + needs.size() + " needs");
        }
        if (!uncovered.isEmpty()) {
            zh.add("尚未覆盖：" + names(uncovered, 0, "、"));
            en.add("not yet covered: " + names(uncovered, 1, ", "));
        }
        return new Explanation(String.join("；", zh), String.join("; ", en));
    }

    private static String names(Set<NeedCategory> categories, int language, String separator) {
        return categories.stream().sorted().map(c -> NAMES.get(c)[language]).reduce((a, b) -> a + separator + b)
                .orElse("");
    }
}
