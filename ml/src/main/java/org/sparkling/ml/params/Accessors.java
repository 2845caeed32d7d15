package org.sparkling.ml.params;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/**
 * What every generated typed accessor does, written once: find the estimator's param by name, check a value against the
 * algorithm's {@link H2OParamSpec}, return the estimator as its own type so setters chain.
 */
final class Accessors {
  private Accessors() {}

  /** The estimator's param of that name, as the accessor's Spark param type. */
  @SuppressWarnings("unchecked") // the generated accessor names the type its algorithm's spec creates
  static <P extends Param<?>> P param(Params owner, String name) {
    return (P) owner.getParam(name);
  }

  /** The value as H2O spells it, or a clear error if the algorithm's limits refuse it. */
  @SuppressWarnings("unchecked") // an enum value stays a String, a number the same number, an array an array
  static <T> T checked(Params owner, Param<T> param, T value) {
    if (param.isValid() instanceof H2OParamSpec.Check<?> check) {
      return (T) check.spec().checked(owner.getClass().getSimpleName(), value);
    }
    return value;
  }

  /** The value, or null when it is neither set nor has a default. */
  static <T> T valueOrNull(Params owner, Param<T> param) {
    return owner.isDefined(param) ? owner.getOrDefault(param) : null;
  }

  @SuppressWarnings("unchecked") // S is the estimator's own type: H2OGBM implements HasMaxDepth<H2OGBM>
  static <S> S self(Params owner) {
    return (S) owner;
  }
}
