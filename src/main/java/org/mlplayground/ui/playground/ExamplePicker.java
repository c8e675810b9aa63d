package org.mlplayground.ui.playground;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.ui.playground.PlaygroundViewModel;

/** A right-click on the playground's plane picks the nearest training point as the Math tab's example. */
public final class ExamplePicker {

    private ExamplePicker() {
    }

    /**
     * Whether {@code e} was a right-click that picked an example (then the click does nothing else).
     *
     * @param p the click in plane coordinates (x1, x2), or null outside the plane
     */
    public static boolean picks(MouseEvent e, PlaygroundViewModel playground, double[] p) {
        if (e.getButton() != MouseButton.SECONDARY || p == null) {
            return false;
        }
        int row = nearest(playground.trainDataProperty().get(), p[0], p[1]);
        if (row >= 0) {
            playground.exampleProperty().set(row);
            playground.noticeProperty().set("Example " + row + " is explained on the Math tab.");
        }
        return true;
    }

    /** The training row nearest to (x1, x2), or -1 without data. */
    public static int nearest(Dataset2D data, double x1, double x2) {
        if (data == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            double dx = data.points()[i][0] - x1;
            double dy = data.points()[i][1] - x2;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }
}
