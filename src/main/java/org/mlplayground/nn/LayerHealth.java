package org.mlplayground.nn;

/**
 * The health of one layer l at one measurement (see {@link GradientHealthMeter}): whether its
 * gradient vanishes or explodes, how fast its weights move, and what its units do.
 *
 * @param layer          l, 1..L (W[l] and A[l]; l = L is the output layer)
 * @param gradientNorm   Frobenius norm of dJ/dW[l] (bias column included) on the meter's sample, >= 0
 * @param updateRatio    ||W[l] - W[l] at the previous measurement|| / ||W[l]|| (Frobenius norms), or
 *                       NaN at the first measurement; about 1e-3 per step is the usual healthy rate
 * @param saturatedShare share of (unit, example) pairs of a logistic or tanh hidden layer whose
 *                       derivative g'(z) is below {@link GradientHealthMeter#SATURATED_BELOW}
 *                       (the unit sits on a flat tail); 0 for other layers
 * @param deadShare      share of units of a relu hidden layer that are 0 on every example of the
 *                       sample (they pass no gradient); 0 for other layers
 * @param histogram      counts of the activations A[l] over the sample in equal bins from
 *                       {@code histogramMin} to {@code histogramMax}
 * @param histogramMin   lower edge of the first bin
 * @param histogramMax   upper edge of the last bin (> histogramMin)
 */
public record LayerHealth(int layer, double gradientNorm, double updateRatio, double saturatedShare, double deadShare,
                          int[] histogram, double histogramMin, double histogramMax) {

    public LayerHealth {
        histogram = histogram.clone();
    }

    @Override
    public int[] histogram() {
        return histogram.clone();
    }
}
