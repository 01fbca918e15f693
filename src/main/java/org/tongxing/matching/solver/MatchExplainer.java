package org.tongxing.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.need.NeedCategory;

/**
 * Plain-language reasons for one proposed match, in zh-CN and English.
 *
 * <p>Built from the match's own facts through the same {@link MatchCosts} terms the score uses, not from
 * {@code SolutionManager} justifications: a cadre wants the good reasons (same community, same language,
 * served the family before), which are exactly the terms that cost nothing and so never appear as
 * constraint matches; and explaining one proposal must not need a score analysis of a whole city's plan.
 */
public final class MatchExplainer {

    private static final Map<String, String[]> LANGUAGES = Map.of(
            "cmn", new String[] {"普通话", "Mandarin"}, "zh", new String[] {"普通话", "Mandarin"}, "yue",
            new String[] {"粤语", "Cantonese"},
            "hak", new String[] {"客家话", "Hakka"}, "nan", new String[] {"闽南语", "Hokkien"},
            "wuu", new String[] {"吴语", "Wu"}, "en", new String[] {"英语", "English"});
    private static final Map<NeedCategory, String[]> CAN_DO = Map.of(
            NeedCategory.JOB_TRAINING, new String[] {"可帮助就业", "helps with jobs and training"},
            NeedCategory.TUTORING, new String[] {"可辅导功课", "covers tutoring"},
            NeedCategory.PSYCHOLOGICAL_SUPPORT, new String[] {"可做心理疏导", "offers counselling"},
            NeedCategory.COMPANIONSHIP, new String[] {"可陪伴关怀", "offers companionship"},
            NeedCategory.DAILY_LIVING, new String[] {"可帮助改善生活", "helps with daily living"},
            NeedCategory.LEGAL_AID, new String[] {"可提供法律援助", "offers legal aid"},
            NeedCategory.MEDICAL_REHABILITATION, new String[] {"可协助医疗康复", "helps with rehabilitation"},
            NeedCategory.SCHOLARSHIP, new String[] {"可结对助学", "can sponsor a pupil"});
    private static final String[][] TIERS = {{"同一小区", "same compound"}, {"同一社区", "same community"},
            {"同一街道", "same street"}, {"同一区", "same district"}, {"跨区", "in another district"}};

    private MatchExplainer() {
    }

    /**
     * @param asked the request's category, or the mother's needs for a group seat
     * @param placesLeft the volunteer's free places once every proposal of the plan is accepted
     */
    public static Explanation explain(Family family, Set<NeedCategory> asked, Candidate volunteer, int placesLeft) {
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        add(zh, en, where(family, volunteer));
        add(zh, en, language(family, volunteer));
        for (NeedCategory category : NeedCategory.values()) {
            if (asked.contains(category) && volunteer.covers(category)) {
                add(zh, en, CAN_DO.get(category));
            }
        }
        if (MatchCosts.continuity(family, volunteer) == 0 && !family.previousVolunteerIds().isEmpty()) {
            add(zh, en, "曾服务过这个家庭", "has served this family before");
        }
        if (family.preferredGender() != null && MatchCosts.gender(family, volunteer) == 0) {
            add(zh, en, "符合家庭对志愿者性别的期望", "matches the family's wish for the volunteer's gender");
        }
        if (family.availability() != null) {
            // Only an overlap that was computed: the family said when it is free.
            int shared = family.availability().overlap(volunteer.availability());
            add(zh, en, "每周有" + shared + "个共同空闲时段", shared + " shared free slots a week");
        }
        return new Explanation(String.join("，", zh) + "；该志愿者还剩" + placesLeft + "/" + volunteer.capacity() + "个名额",
                String.join(", ", en) + "; volunteer has " + placesLeft + " of " + volunteer.capacity()
                        + " places left");
    }

    private static String[] where(Family family, Candidate volunteer) {
        if (family.location() != null && volunteer.location() != null) {
            double km = family.location().kilometresTo(volunteer.location());
            String rounded = String.format(java.util.Locale.ROOT, "%.1f", km);
            return new String[] {"相距约" + rounded + "公里", "about " + rounded + " km apart"};
        }
        return TIERS[AreaCode.distanceTier(family.area(), volunteer.area())];
    }

    private static String[] language(Family family, Candidate volunteer) {
        String own = family.ownLanguage();
        if (own != null && volunteer.speaks(own)) {
            String[] name = languageName(own);
            return new String[] {"都会说" + name[0], "both speak " + name[1]};
        }
        return family.languages().stream().filter(volunteer::speaks).findFirst()
                .map(MatchExplainer::languageName)
                .map(name -> new String[] {"可用" + name[0] + "交流", "can talk in " + name[1]})
                .orElse(null);
    }

    private static String[] languageName(String code) {
        return LANGUAGES.getOrDefault(code, new String[] {code, code});
    }

    private static void add(List<String> zh, List<String> en, String[] phrase) {
        if (phrase != null) {
            add(zh, en, phrase[0], phrase[1]);
        }
    }

    private static void add(List<String> zh, List<String> en, String zhPhrase, String enPhrase) {
        zh.add(zhPhrase);
        en.add(enPhrase);
    }
}
