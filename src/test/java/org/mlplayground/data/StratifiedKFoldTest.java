package org.mlplayground.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fold assignment against scikit-learn 1.2.1's {@code StratifiedKFold} and {@code KFold}
 * (no shuffle): {@code src/test/resources/folds/make_folds.py} wrote {@code folds.txt}.
 */
class StratifiedKFoldTest {

    @Test
    void unshuffledFoldsAreSklearns() throws IOException {
        String[] lines;
        try (InputStream in = getClass().getResourceAsStream("/folds/folds.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        int cases = 0;
        for (int i = 0; i + 2 < lines.length; i += 3) {
            String[] head = lines[i].trim().split(" ");
            int k = Integer.parseInt(head[2]);
            int[] labels = ints(lines[i + 1]);
            int[] expected = ints(lines[i + 2]);
            int[] actual = head[1].equals("stratified") ? StratifiedKFold.of(k).testFolds(labels)
                    : new KFold(k, false, 0).testFolds(labels.length);
            assertArrayEquals(expected, actual, head[0]);
            cases++;
        }
        assertEquals(7, cases);
    }

    @Test
    void splitsTestEveryRowOnceInRowOrder() {
        int[] labels = {1, 0, 1, 1, 0, 2, 2, 1, 0, 1, 2, 0, 0, 1};
        List<Split> splits = StratifiedKFold.of(3).split(labels);
        int[] tested = new int[labels.length];
        for (Split s : splits) {
            assertEquals(labels.length, s.train().length + s.test().length);
            assertTrue(isSorted(s.train()) && isSorted(s.test()));
            for (int r : s.test()) {
                tested[r]++;
            }
        }
        int[] ones = new int[labels.length];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, tested);
    }

    @Test
    void shuffledFoldsAreSeededAndKeepTheClassCounts() {
        int[] labels = new int[60];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        int[] plain = StratifiedKFold.of(4).testFolds(labels);
        int[] a = new StratifiedKFold(4, true, 7).testFolds(labels);
        int[] b = new StratifiedKFold(4, true, 7).testFolds(labels);
        int[] c = new StratifiedKFold(4, true, 8).testFolds(labels);
        assertArrayEquals(a, b);
        assertNotEquals(Arrays.toString(a), Arrays.toString(c));
        assertNotEquals(Arrays.toString(a), Arrays.toString(plain));
        for (int fold = 0; fold < 4; fold++) {
            assertEquals(count(plain, labels, fold, 1), count(a, labels, fold, 1));
            assertEquals(count(plain, labels, fold, 0), count(a, labels, fold, 0));
        }
        int[] shuffled = new KFold(4, true, 3).testFolds(10);
        int[] sizes = new int[4];
        for (int f : shuffled) {
            sizes[f]++;
        }
        assertArrayEquals(new int[] {3, 3, 2, 2}, sizes);
    }

    @Test
    void tooFewRowsOrMembersAreRefusedInOneSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StratifiedKFold.of(5).testFolds(new int[] {0, 0, 1, 1, 1, 0}));
        assertTrue(e.getMessage().contains("5 folds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StratifiedKFold.of(3).testFolds(new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new KFold(1, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new KFold(4, false, 0).testFolds(3));
    }

    private static int count(int[] folds, int[] labels, int fold, int label) {
        int n = 0;
        for (int i = 0; i < folds.length; i++) {
            if (folds[i] == fold && labels[i] == label) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSorted(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i] <= a[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static int[] ints(String line) {
        return Arrays.stream(line.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
