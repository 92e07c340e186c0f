package vn.socongvu.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationPeriod;
import vn.socongvu.evaluation.EvaluationSheet;
import vn.socongvu.evaluation.PersonScore;
import vn.socongvu.evaluation.YearSheet;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.meeting.Meeting;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingPapers;
import vn.socongvu.meeting.MeetingRow;
import vn.socongvu.meeting.WeeklyScheduleDocument;
import vn.socongvu.plan.Plan;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportKind;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.ReportService;
import vn.socongvu.task.TaskExport;
import vn.socongvu.task.TaskFilter;
import vn.socongvu.task.TaskRow;

/**
 * Every kind of paper the app writes, each made from the records of one data folder as the window makes it:
 * the samples of the document engine, then a plan, the four periodic reports with their tables, minutes, an
 * inspection's record and notice, the task list, a meeting's invitation and notice of conclusions, the weekly
 * schedule, the register printed as its book, an inspection's decision setting up the team and its report of
 * results, a công văn đôn đốc, the evaluation papers. {@code sample-documents} writes them all; the document tests
 * check each against Nghị định 30/2020. A new kind of paper adds its entry here. Reading only: nothing is saved.
 */
public final class DocumentGallery {

    /** One file: a Word document or an Excel workbook, and the name it is written under. */
    public record Sample(String fileName, OfficialDocument document, Spreadsheet workbook) {
        public Sample {
            Objects.requireNonNull(fileName);
            if ((document == null) == (workbook == null)) {
                throw new IllegalArgumentException("a sample is one document or one workbook: " + fileName);
            }
        }

        static Sample docx(String name, OfficialDocument d) {
            return new Sample(name + ".docx", d, null);
        }

        static Sample xlsx(String name, Spreadsheet w) {
            return new Sample(name + ".xlsx", null, w);
        }
    }

    private DocumentGallery() {
    }

    /** Every kind the records of {@code s} allow (a kind with no record to make it from is left out). */
    public static List<Sample> of(Services s, LocalDate today) {
        List<Sample> out = new ArrayList<>();
        SampleDocuments samples = new SampleDocuments(s.settings(), s.directory(), today);
        out.add(Sample.docx("mau-ke-hoach", samples.plan()));
        out.add(Sample.docx("mau-bao-cao", samples.report()));
        out.add(Sample.docx("mau-bien-ban", samples.minutes()));
        out.add(Sample.docx("mau-thong-bao", samples.notice()));
        out.add(Sample.xlsx("mau-bang-so-lieu", samples.spreadsheet()));
        int year = today.getYear();
        plan(s, year).ifPresent(out::add);
        Set<String> reportNumbers = new HashSet<>();
        reports(s, today, out, reportNumbers);
        minutes(s, year).ifPresent(out::add);
        inspection(s, year, out);
        tasks(s, year, today, out);
        meetingPapers(s, year, today, out);
        inspectionPapers(s, year, out);
        s.tasks().followUps().sample().ifPresent(d -> out.add(Sample.docx("cong-van-don-doc", d)));
        registerBook(s, year, today, out);
        evaluation(s, today, out, reportNumbers);
        return out;
    }

    /**
     * The evaluation papers (Nghị định 335/2025) of the last month or quarter of the agency's cycle that has ended: a
     * phiếu theo dõi, đánh giá (of the person rated with the most products and deductions, a leader's last) and the
     * whole UBND's table; and this year's report (with the number the register would propose after the periodic
     * reports') and its table.
     */
    private static void evaluation(Services s, LocalDate today, List<Sample> out, Set<String> reportNumbers) {
        EvaluationDocuments papers = new EvaluationDocuments(s.settings(), s.directory(), today);
        EvaluationPeriod last = EvaluationPeriod.containing(today, s.evaluation().settings().cycle()).previous();
        EvaluationSheet sheet = s.evaluation().sheet(last, null);
        sheet.people().stream().filter(PersonScore::rated)
                .max(Comparator.comparing((PersonScore p) -> !p.leader())
                        .thenComparingInt(p -> p.deductions().size() + p.products().size()))
                .ifPresent(p -> out.add(Sample.docx(base(EvaluationDocuments.personFileName(last, p)),
                        papers.personSheet(sheet, p.staffId()))));
        out.add(Sample.xlsx(base(EvaluationDocuments.periodFileName(sheet, papers.context())),
                papers.periodTable(sheet)));
        YearSheet year = s.evaluation().year(today.getYear(), null);
        OfficialDocument report = papers.yearReport(year);
        out.add(Sample.docx(base(EvaluationDocuments.yearFileName(year, papers.context(), "docx")), numbered(report,
                () -> s.register().proposeNext(today.getYear(), report.kind()), reportNumbers)));
        out.add(Sample.xlsx(base(EvaluationDocuments.yearFileName(year, papers.context(), "xlsx")),
                papers.yearTable(year)));
    }

    /** A file name without its extension. */
    private static String base(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /**
     * A meeting's invitation and notice of conclusions, and the weekly schedule of the year's busiest week: numbered
     * as given, or shown with the number the register would propose (nothing is saved).
     */
    private static void meetingPapers(Services s, int year, LocalDate today, List<Sample> out) {
        MeetingPapers papers = s.meetingPapers();
        Set<String> shown = new HashSet<>();
        List<Meeting> held = s.meetings().list(MeetingFilter.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .stream().filter(MeetingRow::hasMinutes).sorted(Comparator.comparing(MeetingRow::startsAt).reversed())
                .map(r -> s.meetings().meeting(r.id())).toList();
        // The invitation of the next meeting to come (as the clerk sends it before), else of the last one held.
        Optional<Meeting> invited = s.meetings().list(MeetingFilter.period(today, LocalDate.of(year, 12, 31))).stream()
                .filter(r -> r.startsAt().toLocalDate().isAfter(today) && r.invited() > 0)
                .min(Comparator.comparing(MeetingRow::startsAt)).map(r -> s.meetings().meeting(r.id()))
                .or(() -> held.stream().filter(m -> !m.participants().isEmpty()).findFirst());
        invited.ifPresent(m -> out.add(Sample.docx("giay-moi", numbered(papers.invitation(m.id()),
                () -> papers.proposeNumber(m.id(), MeetingPapers.Paper.INVITATION), shown))));
        held.stream().filter(m -> m.conclusions().size() >= 2).findFirst().ifPresent(m -> out.add(Sample.docx(
                "thong-bao-ket-luan", numbered(papers.conclusionNotice(m.id()),
                        () -> papers.proposeNumber(m.id(), MeetingPapers.Paper.CONCLUSIONS), shown))));
        held.stream().map(m -> WeeklyScheduleDocument.monday(m.date()))
                .collect(Collectors.groupingBy(d -> d, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> out.add(Sample.docx("lich-cong-tac-tuan", numbered(papers.weeklySchedule(e.getKey()),
                        () -> papers.proposeWeekNumber(e.getKey()), shown))));
    }

    /** The register of the year printed, every type, in Word and Excel. */
    private static void registerBook(Services s, int year, LocalDate today, List<Sample> out) {
        out.add(Sample.docx("so-dang-ky-van-ban-di", s.registerBook().document(year, null, today)));
        out.add(Sample.xlsx("so-dang-ky-van-ban-di", s.registerBook().workbook(year, null)));
    }

    /**
     * The paper with its number: the one given, else the one the register proposes (shown, not given); two papers of
     * the gallery proposed the same number take the next ones, as they would be given one after the other.
     */
    private static OfficialDocument numbered(OfficialDocument d, IntSupplier proposed, Set<String> shown) {
        if (d.number() != null) {
            shown.add(d.number());
            return d;
        }
        int n = proposed.getAsInt();
        while (shown.contains(d.kind().formatNumber(n, d.issuerCode()))) {
            n++;
        }
        shown.add(d.kind().formatNumber(n, d.issuerCode()));
        return new OfficialDocument(d.kind(), d.issuerCode(), d.kind().formatNumber(n, d.issuerCode()),
                d.date(), d.issuer(), d.title(), d.legalBases(), d.body(), d.recipients(), d.signature(),
                d.leftSignature());
    }

    private static Optional<Sample> plan(Services s, int year) {
        return s.plans().plans(year, false).stream().filter(p -> p.number() != null)
                .max(Comparator.comparingInt((Plan p) -> s.tasks().planTasks(p.id()).size()))
                .map(p -> Sample.docx("ke-hoach", s.plans().document(p.id())));
    }

    /**
     * The four kinds of periodic report with their tables, each the latest of its kind whose window has ended by
     * {@code today} (the papers the office has sent; else this year's); one not yet numbered is shown with the
     * number the register would propose, dated the day it is due (shown, not given).
     */
    private static void reports(Services s, LocalDate today, List<Sample> out, Set<String> shown) {
        ReportService reports = s.reports();
        int year = today.getYear();
        List<ReportPeriod> periods = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            List<ReportPeriod> candidates = new ArrayList<>();
            for (int y = year; y >= year - 1; y--) {
                if (kind == ReportKind.QUARTER) {
                    for (int q = 4; q >= 1; q--) {
                        candidates.add(ReportPeriod.quarter(y, q));
                    }
                } else {
                    candidates.add(ReportPeriod.of(kind, y));
                }
            }
            periods.add(candidates.stream().filter(p -> reports.window(p).to().isBefore(today)).findFirst()
                    .orElse(candidates.getFirst()));
        }
        for (ReportPeriod p : periods) {
            Report r = reports.open(p);
            String base = "bao-cao-" + ReportService.fileBase(p);
            OfficialDocument d = reports.document(r);
            if (d.date() == null) {
                LocalDate due = reports.due(p);
                d = new OfficialDocument(d.kind(), d.issuerCode(), d.number(), due, d.issuer(), d.title(),
                        d.legalBases(), d.body(), d.recipients(), d.signature(), d.leftSignature());
            }
            LocalDate on = d.date();
            out.add(Sample.docx(base, numbered(d, () -> reports.proposeNumber(on), shown)));
            out.add(Sample.xlsx(base, reports.workbook(r)));
        }
    }

    private static Optional<Sample> minutes(Services s, int year) {
        return s.meetings().list(MeetingFilter.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).stream()
                .filter(m -> m.hasMinutes() && m.number() != null)
                .max(Comparator.comparing(MeetingRow::startsAt))
                .map(m -> Sample.docx("bien-ban-cuoc-hop", s.meetings().minutes(m.id())));
    }

    private static void inspection(Services s, int year, List<Sample> out) {
        s.inspections().list(InspectionFilter.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).stream()
                .filter(i -> i.violations() > 0 && i.recordNumber() != null && i.noticeNumber() != null)
                .max(Comparator.comparing(InspectionRow::endsOn))
                .ifPresent(i -> {
                    out.add(Sample.docx("bien-ban-kiem-tra", s.inspections().record(i.id())));
                    out.add(Sample.docx("thong-bao-kiem-tra", s.inspections().notice(i.id())));
                });
    }

    /**
     * The decision setting up the team and the report of results of the year's latest inspection with violations
     * (as issued when numbered; else the decision with the number typed for it, the report with the next number).
     */
    private static void inspectionPapers(Services s, int year, List<Sample> out) {
        s.inspections().list(InspectionFilter.period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).stream()
                .filter(i -> i.violations() > 0)
                .max(Comparator.comparing(InspectionRow::endsOn))
                .ifPresent(i -> {
                    out.add(Sample.docx("quyet-dinh-thanh-lap-doan-kiem-tra",
                            s.inspections().papers().sample(i.id(), InspectionPapers.Kind.DECISION)));
                    out.add(Sample.docx("bao-cao-ket-qua-kiem-tra",
                            s.inspections().papers().sample(i.id(), InspectionPapers.Kind.REPORT)));
                });
    }

    private static void tasks(Services s, int year, LocalDate today, List<Sample> out) {
        List<TaskRow> rows = s.tasks().list(TaskFilter.year(year, today));
        String scope = Integer.toString(year);
        out.add(Sample.docx("danh-sach-nhiem-vu", TaskExport.document(s.settings(), today, rows, scope)));
        out.add(Sample.xlsx("danh-sach-nhiem-vu", TaskExport.workbook(s.settings(), rows, scope)));
    }
}
