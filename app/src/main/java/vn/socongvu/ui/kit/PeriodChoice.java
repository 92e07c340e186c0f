package vn.socongvu.ui.kit;

import java.time.LocalDate;

import vn.socongvu.common.Labeled;

/** The periods a list offers (tasks, meetings), relative to today. */
public enum PeriodChoice implements Labeled {
    THIS_MONTH("task.period.thisMonth"),
    THIS_QUARTER("task.period.thisQuarter"),
    THIS_YEAR("task.period.thisYear"),
    LAST_YEAR("task.period.lastYear"),
    ALL("task.period.all");

    private final String labelKey;

    PeriodChoice(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case THIS_QUARTER -> LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case THIS_YEAR -> LocalDate.of(today.getYear(), 1, 1);
            case LAST_YEAR -> LocalDate.of(today.getYear() - 1, 1, 1);
            case ALL -> null;
        };
    }

    public LocalDate to(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(today.lengthOfMonth());
            case THIS_QUARTER -> from(today).plusMonths(3).minusDays(1);
            case THIS_YEAR -> LocalDate.of(today.getYear(), 12, 31);
            case LAST_YEAR -> LocalDate.of(today.getYear() - 1, 12, 31);
            case ALL -> null;
        };
    }
}
