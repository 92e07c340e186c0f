package vn.socongvu.storage;

import static vn.socongvu.storage.jooq.Tables.MEETING;
import static vn.socongvu.storage.jooq.Tables.PLAN;
import static vn.socongvu.storage.jooq.Tables.TASK;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.socongvu.app.Services;
import vn.socongvu.common.Progress;
import vn.socongvu.demo.DemoSize;
import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;
import vn.socongvu.plan.Target;
import vn.socongvu.report.Report;
import vn.socongvu.report.ReportPeriod;
import vn.socongvu.report.Tthc;

/**
 * Makes the data folder of the committed legacy fixtures (src/test/resources/legacy/README.txt): the small demo
 * commune of one year (2026, seed 2026), then what the demo leaves empty — a report with frozen figures, a
 * clerk's figure for a target, a task and a meeting in the trash — so that every table holds records.
 * Not a test: run by hand with the release whose files the fixtures are to show, e.g.
 * {@code java -cp target/test-classes:target/socongvu.jar vn.socongvu.storage.LegacyFixtureMaker DIR}.
 */
public final class LegacyFixtureMaker {
    private LegacyFixtureMaker() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        LocalDate today = LocalDate.of(2026, 12, 1);
        try (Services s = Services.open(dir, () -> today)) {
            s.demo().generate(DemoSize.SMALL, 1, 2026, 2026, Progress.NONE);
            var dsl = s.db().dsl();

            long planId = dsl.select(PLAN.ID).from(PLAN).orderBy(PLAN.ID).limit(1).fetchOne(PLAN.ID);
            Target t = s.plans().saveTarget(new Target.Draft(null, planId, "Số hộ được tuyên truyền về cải cách hành chính",
                    Comparison.AT_LEAST, 500.0, "hộ", Measure.MANUAL));
            s.plans().enterValue(t.id(), "2026", 612.0);

            ReportPeriod q3 = ReportPeriod.quarter(2026, 3);
            s.reports().save(new Report.Draft(q3, new Report.Narrative("Hoàn thành các nhiệm vụ trọng tâm quý III.",
                    "Một số nhiệm vụ chậm do mưa lũ.", "Tổng kết năm 2026.", "Không."),
                    new Tthc(120, 45, 30, 130, 2, 3, 98.0), null));
            s.reports().export(q3, dir.resolve("bao-cao"), true, false, Progress.NONE);

            // The newest task on which no work is recorded (the others cannot simply be deleted).
            for (Long taskId : dsl.select(TASK.ID).from(TASK)
                    .where(TASK.ID.notIn(dsl.select(TASK.PARENT_ID).from(TASK).where(TASK.PARENT_ID.isNotNull())))
                    .orderBy(TASK.ID.desc()).fetch(TASK.ID)) {
                if (!s.tasks().hasRecordedWork(taskId)) {
                    s.tasks().delete(taskId);
                    break;
                }
            }
            Long meetingId = dsl.select(MEETING.ID).from(MEETING).where(MEETING.REGISTER_ID.isNull())
                    .orderBy(MEETING.ID.desc()).limit(1).fetchOne(MEETING.ID);
            s.meetings().delete(meetingId);
        }
    }
}
