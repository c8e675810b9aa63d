package org.mlplayground.ui.digits;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlplayground.baseline.ComparisonRow;
import org.mlplayground.baseline.Contender;
import org.mlplayground.data.Mnist;
import org.mlplayground.io.DrawnDigits;
import org.mlplayground.matrix.OneHot;
import org.mlplayground.metrics.ClassifierEvaluation;
import org.mlplayground.nn.Features;
import org.mlplayground.nn.MlpConfig;
import org.mlplayground.train.DigitModel;
import org.mlplayground.ui.shared.Background;

/**
 * The Digits tab's evaluation (the model in use on the test set or the kept drawings) and its
 * comparison of runs, logistic regression and an SVM. All computing runs on the worker.
 */
public final class DigitsEvaluation {

    /** Which digits the evaluation shows. */
    public enum EvaluationSet { TEST, PERSONAL }

    private final DigitsViewModel digits;
    private final Background background;
    private final ObjectProperty<EvaluationSet> evaluationSet = new SimpleObjectProperty<>(EvaluationSet.TEST);
    private final ReadOnlyObjectWrapper<ClassifierEvaluation> evaluation = new ReadOnlyObjectWrapper<>();
    /** The kept drawings the shown evaluation was computed on. */
    private List<DrawnDigits.Digit> evaluatedPersonal = List.of();
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final IntegerProperty svmTrainSize = new SimpleIntegerProperty(2_000);
    private final ReadOnlyObjectWrapper<Boolean> busy = new ReadOnlyObjectWrapper<>(false);

    DigitsEvaluation(DigitsViewModel digits, Background background) {
        this.digits = digits;
        this.background = background;
        evaluationSet.addListener(o -> evaluate());
    }

    /** A drawing was kept: the personal evaluation is out of date. */
    void personalChanged() {
        if (evaluationSet.get() == EvaluationSet.PERSONAL) {
            evaluate();
        }
    }

    /** Evaluates the model in use on the chosen set, on the worker. */
    public void evaluate() {
        DigitModel m = digits.modelProperty().get();
        Mnist data = digits.mnistProperty().get();
        if (m == null || data == null) {
            return;
        }
        EvaluationSet set = evaluationSet.get();
        List<DrawnDigits.Digit> mine = digits.personalSnapshot();
        if (set == EvaluationSet.PERSONAL && mine.isEmpty()) {
            evaluation.set(null);
            digits.setStatus("You have not kept any drawn digits yet: draw one and press its number under the pad.");
            return;
        }
        background.run(() -> {
            if (set == EvaluationSet.TEST) {
                return ClassifierEvaluation.of(m.probabilities(Features.of(data.test().pixelRows())), data.test().labels(), DigitModel.DIGITS);
            }
            Features x = Features.of(mine.stream().map(DrawnDigits.Digit::pixels).toArray(double[][]::new));
            int[] truth = mine.stream().mapToInt(DrawnDigits.Digit::label).toArray();
            return ClassifierEvaluation.of(m.probabilities(x), truth, DigitModel.DIGITS);
        }, e -> {
            if (digits.modelProperty().get() == m && evaluationSet.get() == set) {
                evaluatedPersonal = mine;
                evaluation.set(e);
            }
        }, e -> digits.setStatus("The evaluation failed: " + Background.sentence(e)));
    }

    /** The image (28 x 28, row after row) of evaluated row {@code row}. */
    double[] evaluatedImage(int row) {
        if (evaluationSet.get() == EvaluationSet.PERSONAL) {
            return evaluatedPersonal.get(row).pixels();
        }
        return digits.mnistProperty().get().test().image(row);
    }

    /** Adds a network trained on the service to the comparison, its test predictions timed on the worker. */
    void addTrainedRun(DigitModel trained, String name, String settings, int trainRows, double trainSeconds, double[] losses) {
        Mnist data = digits.mnistProperty().get();
        addRow(() -> {
            long start = System.nanoTime();
            int[] predicted = OneHot.decode(trained.probabilities(Features.of(data.test().pixelRows())));
            double predictSeconds = (System.nanoTime() - start) / 1e9;
            return ComparisonRow.of(name, settings, trainRows, trainSeconds, predictSeconds, data.test().labels(),
                    predicted, losses);
        });
    }

    /** Adds an RBF SVM trained on the first {@link #svmTrainSizeProperty()} training digits to the comparison. */
    public void compareSvm() {
        int n = svmTrainSize.get();
        long svmSeed = digits.settings().seedProperty().get();
        Mnist data = digits.mnistProperty().get();
        addRow(() -> Contender.svm(10, null, n, svmSeed).run(Features.of(data.train().head(n).pixelRows()),
                data.train().head(n).labels(), Features.of(data.test().pixelRows()), data.test().labels()));
    }

    /** Adds logistic regression (no hidden layer) on the training-size digits to the comparison. */
    public void compareLogistic() {
        int n = digits.settings().trainSizeProperty().get();
        MlpConfig config;
        try {
            config = digits.settings().config(new int[0]);
        } catch (IllegalArgumentException e) {
            digits.setStatus("Not started: " + e.getMessage());
            return;
        }
        Mnist data = digits.mnistProperty().get();
        addRow(() -> Contender.logisticRegression(config).run(Features.of(data.train().head(n).pixelRows()),
                data.train().head(n).labels(), Features.of(data.test().pixelRows()), data.test().labels()));
    }

    private void addRow(Callable<ComparisonRow> work) {
        if (digits.mnistProperty().get() == null) {
            digits.setStatus("MNIST is still loading.");
            return;
        }
        busy.set(true);
        background.run(work, row -> {
            comparison.add(row);
            busy.set(false);
            digits.setStatus(String.format(Locale.ROOT, "%s: %.2f%% on the test set, trained in %.1f s.", row.name(),
                    100 * row.accuracy(), row.trainSeconds()));
        }, e -> {
            busy.set(false);
            digits.setStatus("Comparison failed: " + Background.sentence(e));
        });
    }

    public ObjectProperty<EvaluationSet> evaluationSetProperty() {
        return evaluationSet;
    }

    public ReadOnlyObjectProperty<ClassifierEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    public IntegerProperty svmTrainSizeProperty() {
        return svmTrainSize;
    }

    public ReadOnlyObjectProperty<Boolean> busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
