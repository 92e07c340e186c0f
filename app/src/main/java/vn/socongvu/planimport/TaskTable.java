package vn.socongvu.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.socongvu.document.TextParagraph;
import vn.socongvu.text.VnText;

/**
 * A table of tasks, as plans (the province's above all) put them: a header row naming the columns — TT,
 * nội dung / nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành, sản phẩm — then one task a row;
 * a row with only a number and a text ("I | Công tác tuyên truyền") heads the rows below it. A table without
 * such a header (the signature block, a header laid out in cells) is not one.
 *
 * @param first the index of its first cell's paragraph
 * @param last  the index of its last cell's paragraph
 */
record TaskTable(int first, int last, List<PlanRecognizer.Node> nodes) {

    /** The task tables of a document, in order. */
    static List<TaskTable> find(List<TextParagraph> ps) {
        List<TaskTable> out = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            if (!ps.get(i).inTable()) {
                i++;
                continue;
            }
            int start = i;
            int lastRow = -1;
            // One table: cells in a run whose row numbers do not go back.
            while (i < ps.size() && ps.get(i).inTable() && ps.get(i).row() >= lastRow) {
                lastRow = ps.get(i).row();
                i++;
            }
            TaskTable t = read(ps, start, i - 1);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static TaskTable read(List<TextParagraph> ps, int first, int last) {
        Map<Integer, Map<Integer, TextParagraph>> rows = new TreeMap<>();
        for (int i = first; i <= last; i++) {
            rows.computeIfAbsent(ps.get(i).row(), r -> new TreeMap<>()).put(ps.get(i).column(), ps.get(i));
        }
        int number = -1;
        int content = -1;
        int lead = -1;
        int coop = -1;
        int due = -1;
        int headerRow = -1;
        for (var row : rows.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                String f = VnText.fold(cell.getValue().text());
                int c = cell.getKey();
                if (f.matches("s?tt|so tt|so thu tu")) {
                    number = c;
                } else if (content < 0 && (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("cong viec")
                        || f.contains("ten de an") || f.contains("giai phap"))) {
                    content = c;
                } else if (lead < 0 && (f.contains("chu tri") || f.contains("thuc hien") && !f.contains("thoi gian")
                        || f.contains("trach nhiem"))) {
                    lead = c;
                } else if (coop < 0 && f.contains("phoi hop")) {
                    coop = c;
                } else if (due < 0 && (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do"))) {
                    due = c;
                }
            }
            if (content >= 0 && (lead >= 0 || due >= 0)) {
                headerRow = row.getKey();
                break;
            }
            number = content = lead = coop = due = -1;
        }
        if (headerRow < 0) {
            return null;
        }
        List<PlanRecognizer.Node> top = new ArrayList<>();
        PlanRecognizer.Node group = null;
        for (var row : rows.entrySet()) {
            if (row.getKey() <= headerRow) {
                continue;
            }
            Map<Integer, TextParagraph> cells = row.getValue();
            TextParagraph text = cells.get(content);
            if (text == null || text.text().isBlank()) {
                continue;
            }
            String label = number >= 0 && cells.containsKey(number) ? cells.get(number).text().strip() : "";
            if (label.matches("\\(\\d+\\)")) {
                continue; // "(1) (2) (3)": the row numbering the columns
            }
            boolean heading = !cells.containsKey(lead) && !cells.containsKey(due) && !cells.containsKey(coop)
                    && (text.bold() || label.matches("[IVXL]+\\.?|[A-Z]\\.?"));
            PlanRecognizer.Node node = new PlanRecognizer.Node(label.isEmpty() || label.matches(".*[.)]$") ? label
                    : label + ".", text.text().replace('\n', ' ').strip(), null, Confidence.HIGH, text.index());
            if (!heading) {
                node.leadCell = cells.containsKey(lead) ? cells.get(lead).text() : null;
                node.coopCell = cells.containsKey(coop) ? cells.get(coop).text() : null;
                node.dueCell = cells.containsKey(due) ? cells.get(due).text() : null;
            }
            if (heading) {
                group = node;
                top.add(node);
            } else if (group != null) {
                group.children.add(node);
            } else {
                top.add(node);
            }
        }
        return top.isEmpty() ? null : new TaskTable(first, last, top);
    }
}
