package vn.socongvu.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.socongvu.document.OfficialDocument;
import vn.socongvu.document.SampleDocuments;
import vn.socongvu.document.Spreadsheet;
import vn.socongvu.inspection.InspectionFilter;
import vn.socongvu.inspection.InspectionPapers;
import vn.socongvu.inspection.InspectionRow;
import vn.socongvu.meeting.MeetingFilter;
import vn.socongvu.meeting.MeetingRow;
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
 * inspection's record and notice, the task list, an inspection's decision setting up the team and its report of
 * results, a công văn đôn đốc. {@code sample-documents} writes them all; the document tests
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
        reports(s, year, out);
        minutes(s, year).ifPresent(out::add);
        inspection(s, year, out);
        tasks(s, year, today, out);
        inspectionPapers(s, year, out);
        s.tasks().followUps().sample().ifPresent(d -> out.add(Sample.docx("cong-van-don-doc", d)));
        return out;
    }

    private static Optional<Sample> plan(Services s, int year) {
        return s.plans().plans(year, false).stream().filter(p -> p.number() != null)
                .max(Comparator.comparingInt((Plan p) -> s.tasks().planTasks(p.id()).size()))
                .map(p -> Sample.docx("ke-hoach", s.plans().document(p.id())));
    }

    private static void reports(Services s, int year, List<Sample> out) {
        ReportService reports = s.reports();
        for (ReportPeriod p : List.of(ReportPeriod.quarter(year, 3), ReportPeriod.of(ReportKind.HALF, year),
                ReportPeriod.of(ReportKind.NINE_MONTHS, year), ReportPeriod.of(ReportKind.YEAR, year))) {
            Report r = reports.open(p);
            String base = "bao-cao-" + ReportService.fileBase(p);
            out.add(Sample.docx(base, reports.document(r)));
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
