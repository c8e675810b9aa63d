import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a small network (2-4-1) over a two-coloured decision boundary,
 * in the playground's orange and blue. Run: {@code java scripts/MakeIcon.java resources/icons}
 * (writes mlp-playground.png at 256 px and mlp-playground-48.png). Headless, deterministic.
 */
public final class MakeIcon {

    private static final Color ORANGE = new Color(0xF5, 0x93, 0x22);
    private static final Color BLUE = new Color(0x08, 0x77, 0xBD);

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "resources/icons");
        dir.mkdirs();
        ImageIO.write(draw(256), "png", new File(dir, "mlp-playground.png"));
        ImageIO.write(draw(48), "png", new File(dir, "mlp-playground-48.png"));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48);
        // the decision boundary: a soft diagonal from orange (bottom left) to blue (top right)
        g.setPaint(new GradientPaint(70, 186, ORANGE, 186, 70, new Color(0x4A, 0xA3, 0xDF)));
        g.fill(tile);
        g.setClip(tile);
        g.setPaint(new Color(255, 255, 255, 70));
        g.fill(new java.awt.geom.Path2D.Double() { {
            moveTo(8, 248); curveTo(90, 150, 150, 140, 248, 40); lineTo(248, 70); curveTo(160, 160, 100, 170, 40, 248); closePath();
        } });
        g.setClip(null);
        double[][] layers = {{72, 100, 156}, {128, 56, 104, 152, 200}, {184, 128}};
        // links first, their width and colour as a trained network's weights
        for (int l = 0; l + 1 < layers.length; l++) {
            for (int a = 1; a < layers[l].length; a++) {
                for (int b = 1; b < layers[l + 1].length; b++) {
                    boolean positive = (a + b + l) % 3 != 0;
                    g.setColor(positive ? new Color(0x0B, 0x4F, 0x80, 220) : new Color(0xB3, 0x5A, 0x00, 220));
                    g.setStroke(new BasicStroke(3f + 3f * ((a * 7 + b * 3 + l) % 3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(layers[l][0], layers[l][a], layers[l + 1][0], layers[l + 1][b]));
                }
            }
        }
        for (double[] layer : layers) {
            for (int i = 1; i < layer.length; i++) {
                Ellipse2D node = new Ellipse2D.Double(layer[0] - 15, layer[i] - 15, 30, 30);
                g.setColor(Color.WHITE);
                g.fill(node);
                g.setColor(new Color(0x22, 0x22, 0x22));
                g.setStroke(new BasicStroke(4f));
                g.draw(node);
            }
        }
        g.dispose();
        return img;
    }
}
