package org.tongxing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms in which families write identity into a need's description, each with what the public board must show;
 * and ordinary text (dates, amounts, ages, counts) that must stay as it is. The household: 陈小红 and 司马灯塔, at
 * 榕树街88号.
 */
class RedactionTest {

    private static final List<String> HOUSEHOLD = Stream
            .of(Redaction.nameForms("陈小红"), Redaction.nameForms("司马灯塔"), Redaction.addressForms("榕树街88号"))
            .flatMap(List::stream).toList();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            电话13912345678                  | 电话***
            手机139-1234-5678                | 手机***
            手机139.1234.5678                | 手机***
            手机139 1234 5678                | 手机***
            请打１３９１２３４５６７８          | 请打***
            号码 1 3 9 1 2 3 4 5 6 7 8 谢谢    | 号码 *** 谢谢
            打一三九一二三四五六七八找我        | 打***找我
            幺三九幺二三四五六七八             | ***
            +86 139 1234 5678                | +***
            ＋８６１３９１２３４５６７８        | ＋***
            两个号码13912345678和13812345678  | 两个号码***和***
            身份证350102199001011234          | 身份证***
            身份证35010219900101123X          | 身份证***
            身份证 3501 0219 9001 0112 34     | 身份证 ***
            身份证３５０１０２１９９００１０１１２３Ｘ | 身份证***
            座机(0591)87654321               | 座机(***
            座机（0591）87654321              | 座机（***
            座机0591-87654321转123            | 座机***转123
            电话87654321                     | 电话***
            司马灯塔需要帮助                  | ***需要帮助
            灯塔今年读三年级                  | ***今年读三年级
            陈小红和小红都在家                | ***和***都在家
            住萤火虫巷7749号                  | 住***
            家住东门社区1栋4单元304室          | 家住东门社区***
            就在中山路12号3栋                 | 就在***
            在南山村三组                     | 在***
            就在榕树街口                     | 就在***口
            榕树街88号                       | ***
            """)
    void identityIsRedacted(String text, String shown) {
        assertThat(Redaction.redact(text, HOUSEHOLD)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026年12月8日上午", "二〇二六年十二月八日", "需要500元购买书桌", "孩子今年8岁，每周3次辅导",
            "家里有两个孩子，一个上三年级", "12月3号下午3点", "面积60平方米，房租1200元/月", "小区共有3栋楼", "电话费100元",
            "每月1500元低保", "2019-2026年坚持照顾老人", "学号20230101", "每天走路10分钟", "第1单元学完了", "一二三四五六七八九"})
    void ordinaryTextStays(String text) {
        assertThat(Redaction.redact(text, HOUSEHOLD)).isEqualTo(text);
    }
}
