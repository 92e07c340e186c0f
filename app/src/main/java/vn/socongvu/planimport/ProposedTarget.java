package vn.socongvu.planimport;

import vn.socongvu.plan.Comparison;
import vn.socongvu.plan.Measure;

/**
 * A target (chỉ tiêu) with a figure the plan sets: "đạt từ 95% trở lên" (at least 95 %), "giảm 10% số lượng
 * hội nghị" (reduce by 10 %), "100% văn bản … điện tử" (= 100 %); measured by the app when it is about the
 * plan's own tasks done (on time), else entered by the clerk each period.
 */
public record ProposedTarget(String description, Comparison comparison, double value, String unit, Measure measure,
                             Confidence confidence, int source) {
}
