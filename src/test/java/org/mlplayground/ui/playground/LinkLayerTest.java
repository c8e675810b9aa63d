package org.mlplayground.ui.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The link canvas keeps every neuron's picture in one image: each in its own cell, its edges
 * copied around it (smooth scaling reads no neighbour), and a new image for every new set, so
 * that a drawn image is never written again.
 */
@ExtendWith(ApplicationExtension.class)
class LinkLayerTest {

    @Start
    void start(Stage stage) {
        // the toolkit only: the layer is not shown
    }

    @Test
    void everyPictureHasItsCellWithItsEdgesAround(FxRobot robot) {
        Image[] images = new Image[2];
        Rectangle2D[] cells = new Rectangle2D[3];
        robot.interact(() -> {
            LinkLayer layer = new LinkLayer();
            for (int n = 0; n < 3; n++) {
                layer.addPicture(10 * n, 0, 40);
            }
            for (int n = 0; n < 3; n++) {
                // picture n: 2 x 2 pixels, red n, green its row, blue its column
                int[] pixels = new int[4];
                for (int i = 0; i < 4; i++) {
                    pixels[i] = 0xff000000 | (n * 50) << 16 | (i / 2 * 100) << 8 | i % 2 * 100;
                }
                layer.setPicture(n, pixels, 2);
                cells[n] = layer.cell(n);
            }
            layer.showPictures();
            images[0] = layer.atlas().getValue();
            layer.showPictures();
            images[1] = layer.atlas().getValue();
        });
        assertNotSame(images[0], images[1], "a new image for every set of pictures");
        PixelReader reader = images[1].getPixelReader();
        for (int n = 0; n < 3; n++) {
            Rectangle2D cell = cells[n];
            assertEquals(2, cell.getWidth());
            for (int y = -1; y <= 2; y++) {
                for (int x = -1; x <= 2; x++) {
                    int argb = reader.getArgb((int) cell.getMinX() + x, (int) cell.getMinY() + y);
                    int row = Math.max(0, Math.min(1, y));
                    int column = Math.max(0, Math.min(1, x));
                    assertEquals(n * 50, argb >> 16 & 0xff, "picture " + n + " at " + x + ", " + y);
                    assertEquals(row * 100, argb >> 8 & 0xff, "picture " + n + " at " + x + ", " + y);
                    assertEquals(column * 100, argb & 0xff, "picture " + n + " at " + x + ", " + y);
                }
            }
        }
        assertTrue(images[1].getWidth() >= 2 * 4 && images[1].getHeight() >= 2 * 4, "cells of 2 + 2 pixels");
    }
}
