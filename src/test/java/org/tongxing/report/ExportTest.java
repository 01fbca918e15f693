package org.tongxing.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.tongxing.common.ChinaTime;
import org.tongxing.support.TestAreas;
import org.tongxing.support.TestUser;
import org.tongxing.support.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The files themselves: encoding, file names, formula injection, and that XLSX reads back to the same numbers. */
@QuarkusTest
class ExportTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"点这里\")",
            "+86 139 0599 0001 请回电", "-1+2 两个孩子", "@SUM(A1:A9) 测试");

    @Test
    void csvIsUtf8WithAByteOrderMarkAndNamedInTheReadersLanguage() {
        TestAreas area = TestAreas.create();
        Seeds.need(Seeds.household(area.compound, "MARGINAL", "STABLE"), "TUTORING", "孩子需要每周两次数学辅导");
        TestUser worker = TestUsers.worker(area.community);

        Response zh = worker.request().header("Accept-Language", "zh-CN").get("/api/exports/needs?format=csv");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.contentType()).startsWith("text/csv").contains("charset=UTF-8");
        byte[] bytes = zh.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).startsWith("编号", "需求类别", "状态");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("课业辅导与家庭教育", "孩子需要每周两次数学辅导");
        String today = ChinaTime.today().toString();
        assertThat(fileNames(zh)).containsExactly("needs-" + area.community + "-" + today + ".csv",
                "需求清单-测试" + area.community + "-" + today + ".csv");

        Response en = worker.request().header("Accept-Language", "en").get("/api/exports/needs?format=CSV");
        assertThat(Csv.parse(en.asString().substring(1)).get(0)).startsWith("ID", "Category", "Status");
        assertThat(fileNames(en).get(1)).isEqualTo("needs-Test " + area.community + "-" + today + ".csv");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefusedInCsvAndStaysTextInXlsx() throws IOException {
        TestAreas area = TestAreas.create();
        long household = Seeds.household(area.compound, "MARGINAL", "STABLE");
        for (String description : FORMULAS) {
            Seeds.need(household, "TUTORING", description);
        }
        Seeds.need(household, "TUTORING", "有逗号, 有\"引号\"\r\n还有换行");
        TestUser worker = TestUsers.worker(area.community);

        List<List<String>> rows = Csv.parse(worker.request().get("/api/exports/needs?format=CSV").asString()
                .substring(1));
        int description = rows.get(0).indexOf("需求描述");
        List<String> written = rows.subList(1, rows.size()).stream().map(r -> r.get(description)).toList();
        assertThat(written).containsExactlyInAnyOrder("'" + FORMULAS.get(0), "'" + FORMULAS.get(1),
                "'" + FORMULAS.get(2),
                "'" + FORMULAS.get(3), "有逗号, 有\"引号\"\r\n还有换行");

        byte[] xlsx = worker.request().get("/api/exports/needs?format=XLSX").asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> sheet = book.getFirstSheet().read();
            int column = headerIndex(sheet.get(0), "需求描述");
            List<String> cells = sheet.subList(1, sheet.size()).stream().map(r -> {
                assertThat(r.getCell(column).getType()).isEqualTo(CellType.STRING);
                assertThat(r.getCell(column).getFormula()).isNull();
                return r.getCellText(column);
            }).toList();
            assertThat(cells).containsAll(FORMULAS);
        }
    }

    @Test
    void theStatisticsWorkbookHoldsTheSameNumbersAsTheJson() throws IOException {
        TestAreas area = TestAreas.create();
        Seeds.household(area.compound, "MARGINAL", "STABLE");
        Seeds.household(area.compound, "MARGINAL", "INTENSIVE");
        Seeds.need(Seeds.household(area.compound, "EXTREMELY_POOR", "STABLE"), "DAILY_LIVING", "需要一台冰箱和一张床");
        Map<String, String> query = Map.of("area", area.district);
        JsonPath json = given().queryParams(query).get("/api/statistics").jsonPath();

        Response file = given().queryParams(query).queryParam("format", "XLSX").header("Accept-Language", "zh-CN")
                .get("/api/exports/statistics");
        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fileNames(file).get(1)).isEqualTo("同行统计-测试" + area.district + "-" + json.getString("from") + "-"
                + json.getString("to") + ".xlsx");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            List<String> names = book.getSheets().map(Sheet::getName).toList();
            assertThat(names).startsWith("统计与导出", "家庭档案：按困难类别和关注等级", "需求：按类别和状态");
            List<Row> households = book.findSheet("家庭档案：按困难类别和关注等级").orElseThrow().read();
            Row marginal = households.stream().filter(r -> "低保边缘".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(marginal.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(marginal.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2);
            Row total = households.get(households.size() - 1);
            assertThat(total.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(json.getInt("households.total"));
            List<Row> needs = book.findSheet("需求：按类别和状态").orElseThrow().read();
            assertThat(needs.get(needs.size() - 1).getCellAsNumber(needs.get(0).getCellCount() - 1).orElseThrow()
                    .intValue())
                    .isEqualTo(json.getInt("needs.total")).isEqualTo(1);
        }

        List<List<String>> csv = Csv
                .parse(given().queryParams(query).get("/api/exports/statistics").asString().substring(1));
        assertThat(csv.get(0)).containsExactly("部分", "项目", "指标", "数值");
        assertThat(csv).contains(List.of("家庭档案：按困难类别和关注等级", "低保边缘", "合计", "2"),
                List.of("需求：按类别和状态", "合计", "合计", "1"));
    }

    @Test
    void aLongExportComesInChunksWithEveryRowOnce() {
        int expected = given().queryParams(Map.of("areaPrefix", "350799", "size", 1)).get("/api/needs").jsonPath()
                .getInt("totalItems");
        assertThat(expected).isGreaterThan(ExportChunks.SIZE);
        List<List<String>> rows = Csv.parse(given().queryParam("areaPrefix", "350799").get("/api/exports/needs")
                .asString().substring(1));
        List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
    }

    private static int headerIndex(Row header, String name) {
        for (int i = 0; i < header.getCellCount(); i++) {
            if (name.equals(header.getCellText(i))) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    /** The ASCII file name and the decoded RFC 5987 one from Content-Disposition. */
    private static List<String> fileNames(Response response) {
        String header = response.header("Content-Disposition");
        assertThat(header).startsWith("attachment; ");
        Matcher ascii = Pattern.compile("filename=\"([^\"]*)\"").matcher(header);
        Matcher utf8 = Pattern.compile("filename\\*=UTF-8''([^;]*)").matcher(header);
        assertThat(ascii.find()).isTrue();
        assertThat(utf8.find()).isTrue();
        assertThat(utf8.group(1)).matches("[A-Za-z0-9!#$&+.^_`|~%-]*");
        return List.of(ascii.group(1), URLDecoder.decode(utf8.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
