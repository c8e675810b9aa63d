package org.mlplayground.ui.playground;

import java.util.EnumSet;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.mlplayground.data.Dataset2D;
import org.mlplayground.data.Feature2D;
import org.mlplayground.data.FeatureMap2D;
import org.mlplayground.data.Generators;
import org.mlplayground.data.Scaler;
import org.mlplayground.train.PlaneSetup;

/**
 * The playground's data as its controls set it: the generator and its points, noise, test share
 * and seed, or a loaded table; the input features and their scaling; the points the user clicked
 * in. Properties only: the playground listens and rebuilds.
 */
public final class DataSettings {

    private final ObjectProperty<Generators> dataset = new SimpleObjectProperty<>(Generators.CIRCLE);
    private final IntegerProperty points = new SimpleIntegerProperty(400);
    private final DoubleProperty noise = new SimpleDoubleProperty(0.1);
    private final DoubleProperty testFraction = new SimpleDoubleProperty(0.5);
    private final LongProperty dataSeed = new SimpleLongProperty(1);
    private final ObservableSet<Feature2D> features = FXCollections.observableSet(EnumSet.of(Feature2D.X1, Feature2D.X2));
    private final ObjectProperty<Scaler> scaler = new SimpleObjectProperty<>(Scaler.NONE);
    /** x2 in other units: multiplied by this (1 as generated; the feature scaling lesson uses 1000). */
    private final DoubleProperty x2Scale = new SimpleDoubleProperty(1);
    /** A table loaded from CSV that replaces the generated data, or null. */
    private final ObjectProperty<Dataset2D> table = new SimpleObjectProperty<>();
    private final StringProperty tableName = new SimpleStringProperty("");
    /** Points the user clicked into the plane: (x1, x2, class); kept when the data is regenerated. */
    private final ObservableList<double[]> added = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<Names> names = new SimpleObjectProperty<>(Names.PLANE);

    DataSettings() {
        // choosing a generator leaves a loaded table
        dataset.addListener(o -> clearTable());
    }

    /** The data these controls describe, ready to build. */
    PlaneSetup setup() {
        return new PlaneSetup(dataset.get(), points.get(), noise.get(), testFraction.get(), dataSeed.get(),
                EnumSet.copyOf(features), scaler.get(), table.get(), List.copyOf(added), x2Scale.get());
    }

    /** Everything whose change regenerates the data (a change of the table is applied explicitly). */
    List<Observable> dataControls() {
        return List.of(dataset, points, noise, testFraction, dataSeed, x2Scale);
    }

    /** Back to the generator's points. */
    void clearTable() {
        table.set(null);
        tableName.set("");
        names.set(Names.PLANE);
    }

    /** Uses {@code points} named {@code name} instead of the generator's. */
    void useTable(Dataset2D points, String name) {
        useTable(points, name, Names.PLANE);
    }

    /** Uses {@code points} named {@code name}, whose columns and classes are called {@code names}. */
    void useTable(Dataset2D points, String name, Names names) {
        table.set(points);
        tableName.set(name);
        this.names.set(names);
    }

    /**
     * What the plane's axes and the classes are called: x1, x2 and 0, 1... for generated data; a
     * loaded table's column names and class labels.
     *
     * @param axes    the two axes' names
     * @param classes the class names in class order (empty: their numbers)
     */
    public record Names(List<String> axes, List<String> classes) {
        /** Generated data: x1, x2 and numbered classes. */
        public static final Names PLANE = new Names(List.of("x1", "x2"), List.of());

        /** The name of class {@code k}. */
        public String className(int k) {
            return k < classes.size() ? classes.get(k) : Integer.toString(k);
        }
    }

    /** What the axes and classes are called now. */
    public javafx.beans.property.ReadOnlyObjectProperty<Names> namesProperty() {
        return names;
    }

    /** The names of the switched-on input features, in input order. */
    public List<String> featureLabels() {
        return new FeatureMap2D(EnumSet.copyOf(features)).ordered().stream().map(Feature2D::label).toList();
    }

    public ObjectProperty<Generators> datasetProperty() {
        return dataset;
    }

    public IntegerProperty pointsProperty() {
        return points;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public LongProperty dataSeedProperty() {
        return dataSeed;
    }

    /** x2's unit: the generated x2 is multiplied by this, > 0 (1: as generated). */
    public DoubleProperty x2ScaleProperty() {
        return x2Scale;
    }

    public ObjectProperty<Scaler> scalerProperty() {
        return scaler;
    }

    public ObservableSet<Feature2D> features() {
        return features;
    }

    /** The loaded table, or null. */
    public ObjectProperty<Dataset2D> tableProperty() {
        return table;
    }

    /** The name of the loaded table, or empty when the data is generated. */
    public ReadOnlyStringProperty tableNameProperty() {
        return tableName;
    }

    StringProperty tableName() {
        return tableName;
    }

    /** The points the user clicked in: (x1, x2, class) each. */
    public ObservableList<double[]> addedPoints() {
        return added;
    }
}
