package org.sparkling.ml;

import java.io.Serializable;

/** The feature columns a model scores from: their names, their indices in the DataFrame, and how their values convert. */
record FeatureColumns(String[] names, int[] indices, FeatureValues values) implements Serializable {}
