package org.mlplayground.nn;

/**
 * Limited-memory BFGS (Nocedal and Wright, Algorithms 7.4 and 7.5) with a strong-Wolfe line search
 * (Algorithms 3.5 and 3.6). It stops, as scipy's L-BFGS-B does for sklearn, when the largest
 * gradient entry is at most {@code gtol}, when the relative decrease of f falls under
 * {@code 2.2e-9}, or when the iteration or evaluation budget is spent.
 */
final class Lbfgs {

    /** f and its gradient at x. */
    interface Objective {
        /** Returns f(x) and writes grad f(x) into {@code gradient}. */
        double evaluate(double[] x, double[] gradient);
    }

    /** Hears each finished iteration. */
    interface IterationListener {
        /** Iteration {@code iteration} (1-based) ended at value {@code f}; return false to stop. */
        boolean onIteration(int iteration, double f);
    }

    /** How a minimisation ended. */
    record Result(double value, int iterations, int evaluations, String stopReason) {
    }

    private static final int MEMORY = 10;
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final double FTOL = 2.2204460492503131e-09;
    private static final int MAX_LINE_SEARCH = 20;

    private final Objective objective;
    private final int n;
    private final double[] g;
    private final double[] d;
    private final double[] xTrial;
    private final double[] gTrial;
    private final double[][] s = new double[MEMORY][];
    private final double[][] y = new double[MEMORY][];
    private final double[] rho = new double[MEMORY];
    private final double[] alphaTmp = new double[MEMORY];
    private int evaluations;
    private int maxFun;

    Lbfgs(Objective objective, int n) {
        this.objective = objective;
        this.n = n;
        g = new double[n];
        d = new double[n];
        xTrial = new double[n];
        gTrial = new double[n];
        for (int i = 0; i < MEMORY; i++) {
            s[i] = new double[n];
            y[i] = new double[n];
        }
    }

    /** Minimises from {@code x} (overwritten with the result). */
    Result minimize(double[] x, int maxIter, int maxFun, double gtol, IterationListener listener) {
        this.maxFun = maxFun;
        evaluations = 0;
        double f = evaluate(x, g);
        int stored = 0;
        int newest = -1;
        for (int iter = 1; iter <= maxIter; iter++) {
            if (!Double.isFinite(f)) {
                return new Result(f, iter - 1, evaluations, "the loss is not a finite number");
            }
            if (maxAbs(g) <= gtol) {
                return new Result(f, iter - 1, evaluations, "the gradient is below tol");
            }
            direction(stored, newest);
            double dg = dot(d, g);
            if (!(dg < 0)) {
                // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                dg = dot(d, g);
            }
            double step = iter == 1 ? Math.min(1.0, 1.0 / Math.sqrt(dot(g, g))) : 1.0;
            double fNew = lineSearch(x, f, dg, step);
            if (Double.isNaN(fNew)) {
                return new Result(f, iter - 1, evaluations, evaluations >= maxFun
                        ? "the evaluation budget maxFun is spent" : "the line search found no acceptable step");
            }
            newest = (newest + 1) % MEMORY;
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                double si = xTrial[i] - x[i];
                double yi = gTrial[i] - g[i];
                s[newest][i] = si;
                y[newest][i] = yi;
                sy += si * yi;
                yy += yi * yi;
            }
            if (sy > 1e-10 * yy) {
                rho[newest] = 1.0 / sy;
                stored = Math.min(stored + 1, MEMORY);
            } else {
                newest = (newest + MEMORY - 1) % MEMORY;
            }
            System.arraycopy(xTrial, 0, x, 0, n);
            System.arraycopy(gTrial, 0, g, 0, n);
            double fOld = f;
            f = fNew;
            if (listener != null && !listener.onIteration(iter, f)) {
                return new Result(f, iter, evaluations, "stopped by the caller");
            }
            if ((fOld - f) / Math.max(Math.max(Math.abs(fOld), Math.abs(f)), 1.0) <= FTOL) {
                return new Result(f, iter, evaluations, "the relative reduction of the loss is below 2.2e-9");
            }
            if (evaluations >= maxFun) {
                return new Result(f, iter, evaluations, "the evaluation budget maxFun is spent");
            }
        }
        return new Result(f, maxIter, evaluations, "the iteration budget maxIter is spent");
    }

    /** d = -H g by the two-loop recursion, H0 = (s'y / y'y) I from the newest pair. */
    private void direction(int stored, int newest) {
        for (int i = 0; i < n; i++) {
            d[i] = -g[i];
        }
        int k = newest;
        for (int j = 0; j < stored; j++) {
            double a = rho[k] * dot(s[k], d);
            alphaTmp[k] = a;
            axpy(-a, y[k], d);
            k = (k + MEMORY - 1) % MEMORY;
        }
        if (stored > 0) {
            double gamma = 1.0 / (rho[newest] * dot(y[newest], y[newest]));
            for (int i = 0; i < n; i++) {
                d[i] *= gamma;
            }
        }
        k = (newest - stored + 1 + MEMORY) % MEMORY;
        for (int j = 0; j < stored; j++) {
            double b = rho[k] * dot(y[k], d);
            axpy(alphaTmp[k] - b, s[k], d);
            k = (k + 1) % MEMORY;
        }
    }

    /**
     * Finds a step satisfying the strong Wolfe conditions along d; leaves the accepted point in
     * xTrial/gTrial and returns its value, or NaN if none was found.
     */
    private double lineSearch(double[] x, double f0, double dg0, double step) {
        double aPrev = 0;
        double fPrev = f0;
        double dgPrev = dg0;
        double a = step;
        for (int i = 1; i <= MAX_LINE_SEARCH && evaluations < maxFun; i++) {
            double fa = trial(x, a);
            if (!Double.isFinite(fa) || fa > f0 + C1 * a * dg0 || (i > 1 && fa >= fPrev)) {
                return zoom(x, f0, dg0, aPrev, fPrev, dgPrev, a, fa);
            }
            double dga = dot(gTrial, d);
            if (Math.abs(dga) <= -C2 * dg0) {
                return fa;
            }
            if (dga >= 0) {
                return zoom(x, f0, dg0, a, fa, dga, aPrev, fPrev);
            }
            aPrev = a;
            fPrev = fa;
            dgPrev = dga;
            a *= 2;
        }
        return Double.NaN;
    }

    private double zoom(double[] x, double f0, double dg0, double lo, double fLo, double dgLo, double hi, double fHi) {
        for (int i = 0; i < MAX_LINE_SEARCH && evaluations < maxFun; i++) {
            double a = interpolate(lo, fLo, dgLo, hi, fHi);
            double fa = trial(x, a);
            if (!Double.isFinite(fa) || fa > f0 + C1 * a * dg0 || fa >= fLo) {
                hi = a;
                fHi = fa;
            } else {
                double dga = dot(gTrial, d);
                if (Math.abs(dga) <= -C2 * dg0) {
                    return fa;
                }
                if (dga * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                }
                lo = a;
                fLo = fa;
                dgLo = dga;
            }
        }
        if (lo > 0 && evaluations < maxFun) {
            // accept the best sufficient-decrease step found
            return trial(x, lo);
        }
        return Double.NaN;
    }

    /** Minimiser of the quadratic through (lo, fLo, dgLo) and (hi, fHi), kept inside the bracket. */
    private static double interpolate(double lo, double fLo, double dgLo, double hi, double fHi) {
        double width = hi - lo;
        double denom = 2 * (fHi - fLo - dgLo * width);
        double a = Double.isFinite(fHi) && denom > 0 ? lo - dgLo * width * width / denom : lo + 0.5 * width;
        double min = Math.min(lo, hi) + 0.1 * Math.abs(width);
        double max = Math.max(lo, hi) - 0.1 * Math.abs(width);
        return Math.min(Math.max(a, min), max);
    }

    private double trial(double[] x, double a) {
        for (int i = 0; i < n; i++) {
            xTrial[i] = x[i] + a * d[i];
        }
        return evaluate(xTrial, gTrial);
    }

    private double evaluate(double[] point, double[] gradient) {
        evaluations++;
        return objective.evaluate(point, gradient);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
