package org.mlplayground.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;


/** The playground's state text: round trips, and refuses what it cannot use with the field's name. */
class PlaygroundStateTest {

    private static final String TEXT = "dataset=moons&points=300&noise=0.15&test=0.3&dataSeed=4&features=x1,x2,x1*x2"
            + "&hidden=&activation=relu&solver=sgd&lr=0.1&alpha=0.001&batch=16&seed=9";

    @Test
    void aFileThatIsNotTextIsRefusedInOneSentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path png = dir.resolve("picture.json");
        java.nio.file.Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, (byte) 0xff, (byte) 0xfe});
        org.mlplayground.data.DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.mlplayground.data.DataFileException.class, () -> PlaygroundFiles.readText(png));
        assertTrue(e.getMessage().contains("picture.json") && e.getMessage().contains("not a text file"), e.getMessage());
        assertTrue(!e.getMessage().contains("Input length"), e.getMessage());
    }

    @Test
    void roundTrips() {
        PlaygroundState s = PlaygroundState.parse(TEXT);
        assertEquals(TEXT, s.toText());
        assertArrayEquals(new int[0], s.config().hiddenLayerSizes(), "no hidden layer");
        assertEquals(9, s.config().shuffleSeed(), "the playground shuffles with the weights' seed");
        assertEquals(0.15, s.noise());
    }

    @Test
    void aTableAddedPointsAndTheScalerRoundTrip() {
        String text = TEXT + "&scaler=standardize&table=0.5,-1,0;2,3.25,1&added=-1,1,1";
        PlaygroundState s = PlaygroundState.parse(text);
        assertEquals(text, s.toText());
        assertEquals(org.mlplayground.data.Scaler.STANDARDIZE, s.scaler());
        assertArrayEquals(new double[] {2, 3.25, 1}, s.table()[1]);
        assertArrayEquals(new double[] {-1, 1, 1}, s.added()[0]);
        assertEquals(null, PlaygroundState.parse(TEXT).table(), "a state without a table uses the generator");
    }

    @Test
    void aPartialStateTakesThePlaygroundsDefaultsForTheRest() {
        PlaygroundState s = PlaygroundState.parse("dataset=xor&hidden=3");
        assertEquals(org.mlplayground.data.Generators.XOR, s.dataset());
        assertArrayEquals(new int[] {3}, s.config().hiddenLayerSizes());
        assertEquals(PlaygroundState.DEFAULT.config().learningRateInit(), s.config().learningRateInit());
        assertEquals(PlaygroundState.DEFAULT.points(), s.points());
        assertEquals(PlaygroundState.DEFAULT.toText(), PlaygroundState.parse("dataset=circle").toText());
    }

    @Test
    void theStopRulesAndTheEnginesOwnOptionsTravelWhenSet() {
        String text = TEXT + "&epochs=50&early_stopping=true&init=he&l1=0.001&stop=false";
        PlaygroundState s = PlaygroundState.parse(text);
        assertEquals(50, s.config().maxIter());
        assertTrue(s.config().earlyStopping());
        assertEquals(org.mlplayground.nn.Initialization.HE, s.config().init());
        assertEquals(0.001, s.config().l1());
        assertEquals(false, s.stopRules());
        PlaygroundState again = PlaygroundState.parse(s.toText());
        assertEquals(s.config(), again.config());
        assertEquals(s.toText(), again.toText());
    }

    @Test
    void badFieldsAreNamed() {
        String[][] cases = {
            {TEXT.replace("lr=0.1", "lr=-1"), "The playground state's lr must be a finite number > 0, got -1"},
            {TEXT.replace("noise=0.15", "noise=0.9"), "noise must be in [0, 0.5]"},
            {TEXT.replace("batch=16", "batch=-2"), "The playground state's batch must be"},
            {TEXT + "&colour=red", "unknown field 'colour'"},
            {TEXT.replace("points=300", "points=2147483647"), "points must be from 2 to 1000000, got 2147483647"},
            {TEXT.replace("hidden=", "hidden=100000000"), "The playground state's hidden must be"},
            {TEXT.replace("dataset=moons", "dataset=swirl"), "Unknown dataset 'swirl'"},
            {TEXT.replace("points=300", "points=many"), "not one"},
            {"just words", "where a name=value belongs"},
            {TEXT + "&table=1,2,0;3,4", "table has '3,4' at point 2 where x1,x2,class belongs"},
            {TEXT + "&added=1,NaN,0", "coordinates must be finite"},
            {TEXT + "&scaler=log", "Unknown scaler 'log'"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlaygroundState.parse(c[0]));
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }
}
