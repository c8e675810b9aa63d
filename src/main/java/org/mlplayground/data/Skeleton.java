package org.mlplayground.data;

/**
 * Thinning to a one-pixel skeleton (Zhang and Suen, "A fast parallel algorithm for thinning
 * digital patterns", CACM 27(3), 1984): border pixels are peeled off in two alternating
 * sub-passes until none can go without breaking a stroke or shortening its end.
 */
final class Skeleton {

    private Skeleton() {
    }

    /** Thins {@code ink} in place; pixels outside the image count as paper. */
    static void thin(boolean[][] ink) {
        int h = ink.length;
        int w = ink[0].length;
        boolean changed = true;
        java.util.List<int[]> remove = new java.util.ArrayList<>();
        while (changed) {
            changed = false;
            for (int pass = 0; pass < 2; pass++) {
                remove.clear();
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        if (ink[r][c] && removable(ink, r, c, pass)) {
                            remove.add(new int[] {r, c});
                        }
                    }
                }
                for (int[] p : remove) {
                    ink[p[0]][p[1]] = false;
                }
                changed |= !remove.isEmpty();
            }
        }
    }

    private static boolean removable(boolean[][] ink, int r, int c, int pass) {
        // neighbours P2..P9 clockwise from north
        boolean[] p = {
            at(ink, r - 1, c), at(ink, r - 1, c + 1), at(ink, r, c + 1), at(ink, r + 1, c + 1),
            at(ink, r + 1, c), at(ink, r + 1, c - 1), at(ink, r, c - 1), at(ink, r - 1, c - 1)};
        int b = 0;
        int a = 0;
        for (int i = 0; i < 8; i++) {
            b += p[i] ? 1 : 0;
            a += !p[i] && p[(i + 1) % 8] ? 1 : 0;
        }
        if (b < 2 || b > 6 || a != 1) {
            return false;
        }
        // P2, P4, P6, P8 are p[0], p[2], p[4], p[6]
        return pass == 0 ? !(p[0] && p[2] && p[4]) && !(p[2] && p[4] && p[6])
                : !(p[0] && p[2] && p[6]) && !(p[0] && p[4] && p[6]);
    }

    private static boolean at(boolean[][] ink, int r, int c) {
        return r >= 0 && r < ink.length && c >= 0 && c < ink[0].length && ink[r][c];
    }
}
