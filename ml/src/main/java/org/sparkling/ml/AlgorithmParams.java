package org.sparkling.ml;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.FloatParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;

/**
 * An estimator's algorithm params by Spark name, with H2O's name (from the table the estimator declared them from) and
 * H2O's spelling of each value: it sets one param alone on a blank copy and reads what {@link H2OEstimator#h2oParameters()}
 * makes of it, so values go through the same checks and conversions as when the estimator trains.
 */
final class AlgorithmParams {
  private final H2OEstimator<?> estimator;
  private final Map<String, String> h2oNames = new TreeMap<>();

  private AlgorithmParams(H2OEstimator<?> estimator) {
    this.estimator = estimator;
    h2oNames.putAll(estimator.algorithmParamNames());
  }

  static AlgorithmParams of(H2OEstimator<?> estimator) {
    return new AlgorithmParams(estimator);
  }

  /** The Spark names of the algorithm's params, sorted. */
  java.util.Set<String> names() {
    return h2oNames.keySet();
  }

  String h2oName(String sparkName) {
    String h2oName = h2oNames.get(sparkName);
    if (h2oName == null) {
      throw new IllegalArgumentException(
          "'" + sparkName + "' is not a parameter of " + estimator.getClass().getSimpleName() + "'s algorithm; its"
              + " parameters are " + String.join(", ", h2oNames.keySet()));
    }
    return h2oName;
  }

  /** H2O's spelling of a value of the param, checked by the param's own validator. */
  Object h2oValue(String sparkName, Object value) {
    String h2oName = h2oName(sparkName);
    Param<?> param = estimator.getParam(sparkName);
    Object converted = convert(param, value);
    Object h2oValue;
    try {
      h2oValue = alone(param, converted).get(h2oName);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalArgumentException(
          "Invalid value " + value + " for " + sparkName + " of " + estimator.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
    return h2oValue;
  }

  /** What h2oParameters() gives for a copy of the estimator on which only {@code param} is set, to {@code value}. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> alone(Param<?> param, Object value) {
    H2OEstimator<?> blank = estimator.copy(ParamMap.empty());
    for (Param<?> each : blank.params()) {
      blank.clear(each);
    }
    Map<String, Object> before = blank.h2oParameters();
    blank.set((Param<Object>) blank.getParam(param.name()), value);
    Map<String, Object> after = new java.util.LinkedHashMap<>(blank.h2oParameters());
    after.keySet().removeAll(before.keySet());
    return after;
  }

  private static Object convert(Param<?> param, Object value) {
    if (!(value instanceof Number number)) {
      return value;
    }
    if (param instanceof IntParam) {
      return number.intValue();
    } else if (param instanceof LongParam) {
      return number.longValue();
    } else if (param instanceof DoubleParam) {
      return number.doubleValue();
    } else if (param instanceof FloatParam) {
      return number.floatValue();
    }
    return value;
  }
}
