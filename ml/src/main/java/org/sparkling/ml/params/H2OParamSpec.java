package org.sparkling.ml.params;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.FloatParam;
import org.apache.spark.ml.param.IntArrayParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.param.StringArrayParam;
import scala.runtime.AbstractFunction1;

/**
 * One H2O parameter of one algorithm, as the algorithm's generated params class declares it: the Spark name and H2O's, the
 * type, H2O's default and help text, and the limits a value must meet (a range, or H2O's enum values). The estimator makes
 * each a Spark {@link Param} ({@link #newParam}); Spark checks values against the limits, and the typed setters check them
 * first with a clearer error ({@link #checked}).
 */
public record H2OParamSpec(
    Type type,
    String name,
    String h2oName,
    Object defaultValue,
    String help,
    double lower,
    double upper,
    boolean lowerInclusive,
    List<String> values)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** H2O's parameter types the estimators expose, with the Java type of their values. */
  public enum Type {
    INT(Integer.class),
    LONG(Long.class),
    FLOAT(Float.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    STRING(String.class),
    ENUM(String.class),
    STRINGS(String[].class),
    INTS(int[].class),
    DOUBLES(double[].class);

    private final Class<?> valueClass;

    Type(Class<?> valueClass) {
      this.valueClass = valueClass;
    }
  }

  public H2OParamSpec {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(h2oName, "h2oName == null");
    help = help == null || help.isBlank() ? "H2O's " + h2oName + "." : help;
    values = List.copyOf(values);
    if (defaultValue != null && !type.valueClass.isInstance(defaultValue)) {
      throw new IllegalArgumentException(
          "The default of " + name + " must be a " + type.valueClass.getSimpleName() + ", not " + defaultValue);
    }
  }

  /** A parameter without limits; add them with {@link #atLeast}, {@link #above}, {@link #atMost} or {@link #oneOf}. */
  public static H2OParamSpec spec(Type type, String name, String h2oName, Object defaultValue, String help) {
    return new H2OParamSpec(
        type, name, h2oName, defaultValue, help, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, List.of());
  }

  public H2OParamSpec atLeast(double bound) {
    return new H2OParamSpec(type, name, h2oName, defaultValue, help, bound, upper, true, values);
  }

  public H2OParamSpec above(double bound) {
    return new H2OParamSpec(type, name, h2oName, defaultValue, help, bound, upper, false, values);
  }

  public H2OParamSpec atMost(double bound) {
    return new H2OParamSpec(type, name, h2oName, defaultValue, help, lower, bound, lowerInclusive, values);
  }

  /** H2O's values of an enum, in its spelling. */
  public H2OParamSpec oneOf(String... allowed) {
    return new H2OParamSpec(type, name, h2oName, defaultValue, help, lower, upper, lowerInclusive, List.of(allowed));
  }

  /** H2O's default; arrays are copied, so no estimator can change another's default. */
  @Override
  public Object defaultValue() {
    return copied(defaultValue);
  }

  private static Object copied(Object value) {
    if (value instanceof String[] strings) {
      return strings.clone();
    }
    if (value instanceof int[] ints) {
      return ints.clone();
    }
    return value instanceof double[] doubles ? doubles.clone() : value;
  }

  /** The estimator's Spark param; its doc, which {@code explainParams()} shows, is H2O's help and limits. */
  @SuppressWarnings("unchecked") // Spark's typed params, all seen as values of Object by the estimator
  public Param<Object> newParam(Params owner) {
    String sentence = help.matches(".*[.!?]$") ? help : help + ".";
    String doc = sentence + limits().map(limits -> " " + limits + ".").orElse("");
    Param<?> param =
        switch (type) {
          case INT -> new IntParam(owner, name, doc, new Check<>(this));
          case LONG -> new LongParam(owner, name, doc, new Check<>(this));
          case FLOAT -> new FloatParam(owner, name, doc, new Check<>(this));
          case DOUBLE -> new DoubleParam(owner, name, doc, new Check<>(this));
          case BOOLEAN -> new BooleanParam(owner, name, doc);
          case STRING, ENUM -> new Param<String>(owner, name, doc, new Check<>(this));
          case STRINGS -> new StringArrayParam(owner, name, doc, new Check<>(this));
          case INTS -> new IntArrayParam(owner, name, doc, new Check<>(this));
          case DOUBLES -> new DoubleArrayParam(owner, name, doc, new Check<>(this));
        };
    return (Param<Object>) param;
  }

  /** "In [0, inf)" or "One of AUTO, bernoulli", when H2O limits the values. */
  public Optional<String> limits() {
    if (!values.isEmpty()) {
      return Optional.of("One of " + String.join(", ", values));
    }
    if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
      return Optional.empty();
    }
    return Optional.of("In " + range(lower, upper, lowerInclusive));
  }

  /** Whether H2O accepts the value as it is (the check Spark runs on every value it sets). */
  boolean accepts(Object value) {
    if (!type.valueClass.isInstance(value)) {
      return false;
    }
    if (!values.isEmpty()) {
      return values.contains(value);
    }
    return !(value instanceof Number number) || inRange(number.doubleValue(), lower, upper, lowerInclusive);
  }

  /**
   * The value as H2O spells it (enum values match ignoring case), arrays copied; a value H2O would refuse fails here, naming
   * the estimator and what H2O accepts.
   */
  Object checked(String owner, Object value) {
    if (!values.isEmpty() && value != null) {
      return h2oEnumValue(owner, name, value.toString(), values);
    }
    if (value instanceof Number number) {
      requireInRange(owner, name, number.doubleValue(), lower, upper, lowerInclusive);
    }
    return copied(value);
  }

  /** H2O's spelling of an enum value (matched ignoring case), or a clear error listing what H2O accepts. */
  public static String h2oEnumValue(String owner, String param, String value, List<String> allowed) {
    for (String candidate : allowed) {
      if (candidate.equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Invalid " + param + " '" + value + "' for " + owner + ": H2O accepts " + String.join(", ", allowed));
  }

  /** A clear error when the value is outside the range, naming the estimator, the param and the range. */
  public static void requireInRange(
      String owner, String param, double value, double lower, double upper, boolean lowerInclusive) {
    if (!inRange(value, lower, upper, lowerInclusive)) {
      throw new IllegalArgumentException(
          "Invalid " + param + " " + value + " for " + owner + ": it must be in " + range(lower, upper, lowerInclusive));
    }
  }

  private static boolean inRange(double value, double lower, double upper, boolean lowerInclusive) {
    return (lowerInclusive ? value >= lower : value > lower) && value <= upper;
  }

  private static String range(double lower, double upper, boolean lowerInclusive) {
    return (lowerInclusive ? "[" : "(") + lower + ", " + (Double.isInfinite(upper) ? "inf)" : upper + "]");
  }

  /** The spec as Spark's check of a param's values; the typed setters find the spec through it ({@link Accessors}). */
  static final class Check<T> extends AbstractFunction1<T, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final H2OParamSpec spec;

    Check(H2OParamSpec spec) {
      this.spec = spec;
    }

    H2OParamSpec spec() {
      return spec;
    }

    @Override
    public Object apply(T value) {
      return spec.accepts(value);
    }
  }
}
