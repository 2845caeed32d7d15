package org.sparkling.extension;

import java.util.List;
import water.H2O;

/**
 * Hands the keystore's password to H2O without an argument: H2O parses its arguments into {@code H2O.ARGS} in place and
 * logs them ("Processed H2O arguments"), so a password set on {@code H2O.ARGS} before the node starts is used by its
 * HTTPS server and shows nowhere. H2O's own {@code OptArgs.toString()} lists only the fields {@code OptArgs} declares,
 * not the inherited {@code jks_pass}.
 */
final class KeystorePassword {
  private KeystorePassword() {}

  /**
   * Sets H2O's keystore password to {@code password} unless it is empty or the arguments carry their own.
   *
   * @param from where the password comes from, for the error when no {@code -jks} keystore is given
   */
  static void use(List<String> arguments, String password, String from) {
    if (password == null || password.isEmpty() || arguments.contains("-jks_pass")) {
      return;
    }
    if (!arguments.contains("-jks")) {
      throw new IllegalArgumentException("A keystore password is given (" + from + ") but no -jks keystore");
    }
    H2O.ARGS.jks_pass = password;
  }
}
