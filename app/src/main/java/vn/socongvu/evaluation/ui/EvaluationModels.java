package vn.socongvu.evaluation.ui;

import vn.socongvu.directory.DirectoryService;
import vn.socongvu.evaluation.EvaluationDocuments;
import vn.socongvu.evaluation.EvaluationService;
import vn.socongvu.settings.SettingsService;
import vn.socongvu.ui.kit.DialogService;
import vn.socongvu.ui.kit.TaskRunner;

/**
 * Đánh giá, xếp loại's models, one a tab (the month or quarter, the year, the settings), kept by the window while
 * the screen is let go between visits.
 */
public record EvaluationModels(EvaluationViewModel period, EvaluationYearViewModel year,
                               EvaluationSettingsViewModel settings) {
    public static EvaluationModels of(EvaluationService evaluation, DirectoryService directory, SettingsService settings,
                                      DialogService dialogs, TaskRunner tasks) {
        EvaluationDocuments documents = new EvaluationDocuments(settings, directory);
        EvaluationViewModel period = new EvaluationViewModel(evaluation, directory, documents, dialogs, tasks);
        EvaluationYearViewModel year = new EvaluationYearViewModel(evaluation, directory, documents, dialogs, tasks);
        // Saved settings change every figure (the cycle, the weights): both tabs read again.
        EvaluationSettingsViewModel s = new EvaluationSettingsViewModel(evaluation, saved -> {
            period.cycleSaved(saved.cycle());
            year.load();
        });
        return new EvaluationModels(period, year, s);
    }
}
