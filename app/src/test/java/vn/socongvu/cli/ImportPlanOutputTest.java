package vn.socongvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What import-plan prints reaches the console whole, as {@code main} runs it: on the real standard output (a
 * PrintWriter over System.out that flushes only on println), not on the tests' StringWriter.
 */
class ImportPlanOutputTest {
    @TempDir
    Path tmp;

    /** A commune plan of 40 tasks written as labelled fields, and a paragraph the reader does not place. */
    private Path longPlan() throws Exception {
        StringBuilder b = new StringBuilder("""
                ỦY BAN NHÂN DÂN
                XÃ TÂN LẬP
                Số: 15/KH-UBND
                Tân Lập, ngày 20 tháng 01 năm 2026
                KẾ HOẠCH
                Cải cách hành chính năm 2026
                II. NHIỆM VỤ TRỌNG TÂM
                """);
        for (int i = 1; i <= 40; i++) {
            b.append(i).append(". Nhiệm vụ cải cách số ").append(i).append('\n')
                    .append("a. Nội dung: Rà soát, cập nhật, công khai hồ sơ thủ tục hành chính lĩnh vực số ").append(i)
                    .append(" tại Bộ phận Một cửa của xã.\n")
                    .append("b. Yêu cầu: Hồ sơ đầy đủ, đúng quy định, người dân dễ tra cứu.\n")
                    .append("c. Trách nhiệm thực hiện: Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã.\n")
                    .append("d. Thời gian hoàn thành: ").append(i % 28 + 1).append("/11/2026.\n");
            if (i == 3) {
                b.append("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch cụ thể.\n");
            }
        }
        b.append("Trên đây là Kế hoạch cải cách hành chính năm 2026./.\nNơi nhận:\n- UBND huyện;\nCHỦ TỊCH\nNguyễn Văn Hùng\n");
        return Files.writeString(tmp.resolve("cchc-2026.txt"), b.toString());
    }

    @Test
    void jsonLongerThanTwentyKibIsPrintedWhole() throws Exception {
        Path plan = longPlan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int exit;
        System.setOut(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        try {
            exit = RootCommand.run("import-plan", plan.toString(), "--dry-run", "--json", "--data-dir",
                    tmp.resolve("data").toString());
        } finally {
            System.setOut(console);
        }
        assertEquals(0, exit);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.length() > 20 * 1024, printed.length() + " characters");
        JsonNode json = JsonMapper.builder().build().readTree(printed);
        JsonNode tasks = json.get("tasks").get(0).get("children");
        assertEquals(40, tasks.size(), "every task, to the last");
        JsonNode last = tasks.get(39).get("children").get(0);
        assertEquals("Rà soát, cập nhật, công khai hồ sơ thủ tục hành chính lĩnh vực số 40 tại Bộ phận Một cửa của xã.",
                last.get("text").asString());
        assertEquals("Hồ sơ đầy đủ, đúng quy định, người dân dễ tra cứu.", last.get("expectedResult").asString());
        assertEquals("2026-11-13", last.get("deadline").asString());
        assertEquals(1, json.get("unplaced").size());
        assertEquals("Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch cụ thể.",
                json.get("unplaced").get(0).get("text").asString());
        assertEquals("planImport.unplaced.prose", json.get("unplaced").get(0).get("reason").asString());
        assertTrue(json.get("unplaced").get(0).get("paragraph").asInt() > 0);
    }
}
