package org.mlplayground.train.sweep;

/**
 * One fit of a sweep, on one fold's training rows.
 *
 * @param trainScore      accuracy (classification, 0..1) or R² (regression, at most 1) on the rows it was trained on
 * @param validationScore the same score on the fold's held-out rows
 * @param macroF1         macro-averaged F1 on the held-out rows (classification), NaN for regression
 * @param weightNorm      L2 norm of the trained weights, sqrt(sum W^2) over every layer's coefs (no biases)
 * @param epochs          epochs (lbfgs: iterations) the fit ran
 * @param fitSeconds      wall time of the fit, seconds (scoring excluded)
 */
public record FoldScore(double trainScore, double validationScore, double macroF1, double weightNorm, int epochs,
                        double fitSeconds) {
}
