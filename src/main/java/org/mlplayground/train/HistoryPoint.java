package org.mlplayground.train;

/**
 * The metrics at the end of one epoch. Losses are data losses (no penalty) so train and test
 * compare; scores are accuracy for classification and R^2 for regression; NaN where there is
 * no test data.
 */
public record HistoryPoint(long epoch, long step, double seconds, double trainLoss, double testLoss,
                           double trainScore, double testScore) {
}
