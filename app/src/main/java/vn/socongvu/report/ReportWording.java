package vn.socongvu.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.socongvu.document.DocumentText;
import vn.socongvu.i18n.Messages;
import vn.socongvu.report.ReportFigures.StateCounts;
import vn.socongvu.task.TaskSource;
import vn.socongvu.text.VnFormat;

/**
 * The sentences of a report built from its figures, as a person writes them: a zero is said in words or its
 * clause left out ("không có cá nhân tái phạm", never "trong đó 0 cá nhân tái phạm"), and every percentage is
 * held to its number ("85,7 %" never broken over two lines). Pure: figures in, text out.
 */
final class ReportWording {
    private ReportWording() {
    }

    static String count(int n) {
        return VnFormat.integer(n);
    }

    /** "45 (52,3 %)". */
    static String countShare(StateCounts t, int n) {
        return count(n) + " (" + VnFormat.percent(t.share(n)) + ")";
    }

    /** The states of the tasks followed in the window, those with none left out (Biểu 01 shows all four). */
    static String taskCounts(StateCounts t, String asOf) {
        String[] keys = {"report.doc.tasks.doneOnTime", "report.doc.tasks.doneLate", "report.doc.tasks.openOnTime",
            "report.doc.tasks.openOverdue"};
        int[] ns = {t.doneOnTime(), t.doneLate(), t.openOnTime(), t.openOverdue()};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] > 0) {
                parts.add(Messages.get(keys[i], countShare(t, ns[i])));
            }
        }
        return Messages.get("report.doc.taskCounts", count(t.total()), String.join("; ", parts), asOf);
    }

    /**
     * Where Biểu 02 is: "theo từng kế hoạch (11 kế hoạch) và nguồn giao khác (3 nguồn)", its groups being the plans
     * and, for tasks outside a plan, where they came from.
     */
    static String byPlan(List<ReportFigures.Group> groups) {
        Set<String> sources = Arrays.stream(TaskSource.values()).map(TaskSource::label).collect(Collectors.toSet());
        int other = (int) groups.stream().filter(g -> sources.contains(g.name())).count();
        int plans = groups.size() - other;
        if (other == 0) {
            return Messages.get("report.doc.byPlan.plans", count(plans));
        }
        if (plans == 0) {
            return Messages.get("report.doc.byPlan.sources", count(other));
        }
        return Messages.get("report.doc.byPlan", count(plans), count(other));
    }

    /** "Các kế hoạch đặt 5 chỉ tiêu: 3 chỉ tiêu đạt, 2 chỉ tiêu chưa đạt." — counted from the same rows as Biểu 03. */
    static String targetCounts(ReportFigures f) {
        int all = f.targets().size();
        int met = f.targetsStanding(Boolean.TRUE);
        int notMet = f.targetsStanding(Boolean.FALSE);
        int none = f.targetsStanding(null);
        String[] keys = {"report.doc.targets.met", "report.doc.targets.notMet", "report.doc.targets.none"};
        String[] allKeys = {"report.doc.targets.met.all", "report.doc.targets.notMet.all", "report.doc.targets.none.all"};
        int[] ns = {met, notMet, none};
        for (int i = 0; i < ns.length && all > 1; i++) {
            if (ns[i] == all) {
                return Messages.get("report.doc.targetCounts.all", count(all), Messages.get(allKeys[i]));
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] > 0) {
                parts.add(Messages.get(keys[i], count(ns[i])));
            }
        }
        return Messages.get("report.doc.targetCounts", count(all), String.join(", ", parts));
    }

    /**
     * The meetings of the window by kind, against the same window a year earlier (their online and paperless
     * shares are told under chính quyền số, ReportDocument).
     */
    static String meetings(ReportFigures f) {
        int total = f.meetingsTotal();
        if (total == 0) {
            return Messages.get("report.doc.noMeetings");
        }
        int last = f.meetingsLastYear();
        String change;
        if (last == 0) {
            change = Messages.get("report.doc.change.none");
        } else if (total == last) {
            change = Messages.get("report.doc.change.same");
        } else {
            change = Messages.get(total < last ? "report.doc.change.down" : "report.doc.change.up", count(last),
                    VnFormat.percent(100.0 * Math.abs(total - last) / last));
        }
        List<String> kinds = new ArrayList<>();
        f.meetings().stream().filter(m -> m.total() > 0)
                .forEach(m -> kinds.add(count(m.total()) + " " + DocumentText.lowerFirst(m.kind().label())));
        return Messages.get("report.doc.meetings", count(total), change, String.join("; ", kinds));
    }

    /**
     * How the meetings of the window were held, told under chính quyền số: "Trong kỳ, tổ chức 5 cuộc họp trực
     * tuyến (35,7 %), 10 cuộc họp không sử dụng tài liệu giấy (71,4 %)."; no zero share printed.
     */
    static String digitalMeetings(ReportFigures f) {
        int total = f.meetingsTotal();
        int online = f.meetingsOnline();
        int paperless = f.meetingsPaperless();
        if (online == 0 && paperless == 0) {
            return Messages.get("report.doc.meetings.allInPerson");
        }
        List<String> parts = new ArrayList<>();
        if (online > 0) {
            parts.add(Messages.get("report.doc.meetings.online", count(online), VnFormat.percent(100.0 * online / total)));
        }
        if (paperless > 0) {
            parts.add(Messages.get("report.doc.meetings.paperless", count(paperless),
                    VnFormat.percent(100.0 * paperless / total)));
        }
        String ways = Messages.get("report.doc.digital.meetings", String.join(", ", parts));
        if (online == 0) {
            ways += Messages.get("report.doc.meetings.noOnline");
        } else if (paperless == 0) {
            ways += Messages.get("report.doc.meetings.noPaperless");
        }
        return ways + ".";
    }

    /** "Tổ chức 3 cuộc kiểm tra công vụ (2 cuộc kiểm tra định kỳ, 1 cuộc kiểm tra đột xuất)." */
    static String inspectionsHeld(ReportFigures f) {
        int n = f.inspectionsTotal();
        if (n == 0) {
            return Messages.get("report.doc.noInspections");
        }
        List<String> kinds = new ArrayList<>();
        for (ReportFigures.InspectionLine i : f.inspections()) {
            if (i.total() > 0) {
                kinds.add(count(i.total()) + " " + i.kind().words());
            }
        }
        return Messages.get("report.doc.inspections", count(n), String.join(", ", kinds));
    }

    /**
     * The violations found: "Qua 3 cuộc kiểm tra công vụ (1 cuộc không phát hiện vi phạm), phát hiện 4 trường hợp
     * vi phạm của 3 cá nhân (không có cá nhân tái phạm trong 12 tháng), về các nội dung:" (violationsTotal > 0).
     */
    static String violations(ReportFigures f) {
        int n = f.inspectionsTotal();
        int clean = f.inspections().stream().mapToInt(ReportFigures.InspectionLine::clean).sum();
        String inspected = clean == 0 ? Messages.get("report.doc.violations.inspected", count(n))
                : Messages.get("report.doc.violations.inspectedClean", count(n), count(clean));
        String whose = "";
        if (f.persons() > 0) {
            whose = Messages.get(f.repeatPersons() == 0 ? "report.doc.violations.persons"
                    : "report.doc.violations.personsRepeat", count(f.persons()), count(f.repeatPersons()));
        }
        return Messages.get("report.doc.violations", inspected, count(f.violationsTotal()), whose);
    }

    /** The violations by content, one line each: "Chấp hành thời giờ làm việc: 2 trường hợp;" … the last with ".". */
    static List<String> contents(ReportFigures f) {
        List<String> lines = new ArrayList<>();
        List<ReportFigures.ContentLine> cs = f.violations();
        for (int i = 0; i < cs.size(); i++) {
            lines.add(Messages.get("report.doc.violationContent", cs.get(i).content(), count(cs.get(i).total()))
                    + (i == cs.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** How the violations were handled: "Hình thức xử lý: khiển trách 2 trường hợp; 1 trường hợp đang xem xét …". */
    static String measures(ReportFigures f) {
        List<String> measures = new ArrayList<>();
        int undecided = 0;
        for (ReportFigures.MeasureLine m : f.measures()) {
            if (m.measure() == null) {
                undecided = m.count();
            } else {
                measures.add(Messages.get("report.doc.measure", DocumentText.lowerFirst(m.measure().label()),
                        count(m.count())));
            }
        }
        String handled = measures.isEmpty() ? Messages.get("report.doc.noMeasures")
                : Messages.get("report.doc.measures", String.join(", ", measures));
        if (undecided > 0) {
            handled += Messages.get("report.doc.undecided", count(undecided));
        }
        return DocumentText.sentence(handled);
    }

    /**
     * Where the remediations stand, the states with none left out: "Yêu cầu khắc phục 4 trường hợp: đã khắc phục
     * 3, quá hạn chưa khắc phục 1."; null with no remediation required.
     */
    static String remediation(ReportFigures.Remediation rem) {
        if (rem.total() == 0) {
            return null;
        }
        if (rem.done() == rem.total()) {
            return rem.total() == 1 ? Messages.get("report.doc.remediation.oneDone")
                    : Messages.get("report.doc.remediation.allDone", count(rem.total()));
        }
        List<String> parts = new ArrayList<>();
        if (rem.done() > 0) {
            parts.add(Messages.get("report.doc.remediation.done", count(rem.done())));
        }
        if (rem.open() > 0) {
            parts.add(Messages.get("report.doc.remediation.open", count(rem.open())));
        }
        if (rem.overdue() > 0) {
            parts.add(Messages.get("report.doc.remediation.overdue", count(rem.overdue())));
        }
        return Messages.get("report.doc.remediation", count(rem.total()), String.join(", ", parts));
    }

    /** The TTHC figures the clerk entered, in sentences; the parts with nothing left out. */
    static String tthc(Tthc t) {
        if (!t.entered()) {
            return Messages.get("report.doc.tthcMissing");
        }
        List<String> sentences = new ArrayList<>();
        boolean counts = Arrays.asList(t.receivedOnline(), t.receivedInPerson(), t.resolvedEarly(), t.resolvedOnTime(),
                t.resolvedLate(), t.pending()).stream().anyMatch(i -> i != null);
        if (counts) {
            List<String> clauses = new ArrayList<>();
            if (t.received() == 0) {
                clauses.add(Messages.get("report.doc.tthc.noneReceived"));
            } else {
                clauses.add(Messages.get("report.doc.tthc.received", count(t.received()),
                        nonZero(new String[] {"report.doc.tthc.online", "report.doc.tthc.inPerson"},
                                Tthc.n(t.receivedOnline()), Tthc.n(t.receivedInPerson())),
                        VnFormat.percent(t.onlineShare())));
            }
            if (t.resolved() > 0) {
                clauses.add(Messages.get("report.doc.tthc.resolved", count(t.resolved()),
                        nonZero(new String[] {"report.doc.tthc.early", "report.doc.tthc.onTime", "report.doc.tthc.late"},
                                Tthc.n(t.resolvedEarly()), Tthc.n(t.resolvedOnTime()), Tthc.n(t.resolvedLate())),
                        VnFormat.percent(t.inTimeShare())));
            }
            if (Tthc.n(t.pending()) > 0) {
                clauses.add(Messages.get("report.doc.tthc.pending", count(Tthc.n(t.pending()))));
            }
            String s = String.join("; ", clauses);
            sentences.add(s.substring(0, 1).toUpperCase(Messages.VI) + s.substring(1) + ".");
        }
        if (t.satisfaction() != null) {
            sentences.add(Messages.get("report.doc.tthcSatisfaction", VnFormat.percent(t.satisfaction(), 2)));
        }
        return String.join(" ", sentences);
    }

    /** "trực tuyến 120, trực tiếp 80": the parts that are not zero. */
    private static String nonZero(String[] keys, int... ns) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ns.length; i++) {
            if (ns[i] > 0) {
                parts.add(Messages.get(keys[i], count(ns[i])));
            }
        }
        return String.join(", ", parts);
    }
}
