package org.sparkling.ml.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sparkling.ml.params.ParametersGenerator.Algorithm;
import org.sparkling.ml.params.ParametersGenerator.Kind;
import org.sparkling.ml.params.ParametersGenerator.Parameter;

/** The text of the generated sources: the interface of a parameter several algorithms have, an algorithm's class. */
final class Source {
  private final StringBuilder out = new StringBuilder();

  private Source() {}

  static String interfaceName(String name) {
    return "Has" + ParametersGenerator.capitalized(name);
  }

  /** The typed accessors of one parameter, for every algorithm in {@code versions} (each algorithm's version of it). */
  static String sharedInterface(String h2oVersion, List<Parameter> versions) {
    Parameter parameter = versions.get(0);
    List<String> algorithms = versions.stream().map(Parameter::algorithm).toList();
    Source source = new Source();
    source.header(h2oVersion, algorithms);
    String common = common(versions);
    if (common != null) {
      source.line("import static org.sparkling.ml.params.H2OParamSpec.Type." + parameter.kind().name() + ";");
      source.line("import static org.sparkling.ml.params.H2OParamSpec.spec;");
      source.line("");
    }
    source.line("import org.apache.spark.ml.param." + paramClass(parameter.kind()) + ";");
    source.line("import org.apache.spark.ml.param.Params;");
    source.line("");
    source.line("/**");
    source.wrapped("H2O's {@code " + parameter.h2oName() + "} as a Spark param of " + String.join(", ", algorithms)
        + ": their params classes implement this. Each algorithm's help text, default and limits are in its param's doc,"
        + " which explainParams() shows.");
    source.line(" */");
    source.line("public interface " + interfaceName(parameter.name()) + "<S> extends Params {");
    if (common != null) {
      List<String> sharing = versions.stream().filter(version -> expression(version).equals(common))
          .map(Parameter::algorithm).toList();
      source.line("  /** The parameter as " + String.join(", ", sharing) + " have it, word for word. */");
      source.line("  H2OParamSpec SPEC =");
      int values = common.indexOf(".oneOf(");
      if (values < 0) {
        source.line("      " + common + ";");
      } else {
        source.line("      " + common.substring(0, values));
        source.line("          " + common.substring(values) + ";");
      }
      source.line("");
    }
    source.accessors("default", versions, true);
    source.line("}");
    return source.out.toString();
  }

  /** An algorithm's class: its table of parameters, the accessors of those only it has, the interfaces of the others. */
  static String algorithmClass(
      String h2oVersion,
      Algorithm algorithm,
      List<Parameter> parameters,
      List<String> left,
      Map<String, List<Parameter>> shared) {
    Source source = new Source();
    source.header(h2oVersion, List.of(algorithm.h2oName()));
    Set<String> imports = new TreeSet<>();
    List<String> interfaces = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (!isShared(parameter, shared) || !expression(parameter).equals(common(shared.get(parameter.name())))) {
        imports.add("static org.sparkling.ml.params.H2OParamSpec.Type." + parameter.kind().name());
        imports.add("static org.sparkling.ml.params.H2OParamSpec.spec");
      }
      if (isShared(parameter, shared)) {
        interfaces.add(interfaceName(parameter.name()) + "<S>");
      } else {
        imports.add("org.apache.spark.ml.param." + paramClass(parameter.kind()));
      }
    }
    imports.stream().filter(type -> type.startsWith("static")).forEach(type -> source.line("import " + type + ";"));
    if (imports.stream().anyMatch(type -> type.startsWith("static"))) {
      source.line("");
    }
    source.line("import java.util.List;");
    imports.stream().filter(type -> !type.startsWith("static")).forEach(type -> source.line("import " + type + ";"));
    source.line("import org.sparkling.ml." + algorithm.base() + ";");
    source.line("");
    source.line("/**");
    source.wrapped("H2O " + javadoc(algorithm.title()) + "'s parameters as Spark ML params, declared in {@link #PARAMS}"
        + " from H2O's metadata: its names camel-cased, its help texts, defaults and limits. The parameters other"
        + " algorithms have too get their typed accessors from {@code Has<Name>} interfaces, written once for all of them;"
        + " the others have theirs here. Not exposed (common params, or meaningless from Spark): " + String.join(", ", left)
        + ".");
    source.line(" */");
    String name = algorithm.className();
    source.line("public abstract class " + name + "<S extends " + name + "<S>> extends " + algorithm.base() + "<S>");
    source.implementing(interfaces);
    source.line("  private static final long serialVersionUID = 1L;");
    source.line("");
    source.line("  /** Every parameter, in H2O's order. */");
    source.line("  static final List<H2OParamSpec> PARAMS =");
    source.line("      List.of(");
    for (int i = 0; i < parameters.size(); i++) {
      source.spec(parameters.get(i), i + 1 < parameters.size() ? "," : ");", shared);
    }
    source.line("");
    source.line("  protected " + name + "(String uid) {");
    source.line("    super(uid);");
    source.line("    declare(PARAMS);");
    source.line("  }");
    for (Parameter parameter : parameters) {
      if (!isShared(parameter, shared)) {
        source.accessors("public", List.of(parameter), false);
      }
    }
    source.line("");
    source.line("  @Override");
    source.line("  protected final String algorithm() {");
    source.line("    return " + quoted(algorithm.h2oName()) + ";");
    source.line("  }");
    source.line("}");
    return source.out.toString();
  }

  private static boolean isShared(Parameter parameter, Map<String, List<Parameter>> shared) {
    List<Parameter> versions = shared.get(parameter.name());
    return versions != null && versions.get(0).kind() == parameter.kind();
  }

  private void header(String h2oVersion, List<String> algorithms) {
    line(ParametersGenerator.MARK + " from H2O " + h2oVersion + "'s GET /3/ModelBuilders/" + String.join(", ", algorithms)
        + "; do not edit.");
    line("// Regenerate: " + ParametersGenerator.REGENERATE);
    line("package org.sparkling.ml.params;");
    line("");
  }

  private void implementing(List<String> interfaces) {
    if (interfaces.isEmpty()) {
      out.setLength(out.length() - 1);
      line(" {");
      return;
    }
    StringBuilder current = new StringBuilder("    implements");
    for (int i = 0; i < interfaces.size(); i++) {
      String next = " " + interfaces.get(i) + (i + 1 < interfaces.size() ? "," : " {");
      if (current.length() + next.length() > 120) {
        line(current.toString());
        current = new StringBuilder("       ");
      }
      current.append(next);
    }
    line(current.toString());
  }

  /** A spec in a table: its interface's, or its own in one line (enum values in a second). */
  private void spec(Parameter parameter, String end, Map<String, List<Parameter>> shared) {
    String expression = expression(parameter);
    if (isShared(parameter, shared) && expression.equals(common(shared.get(parameter.name())))) {
      line("          " + interfaceName(parameter.name()) + ".SPEC" + end);
      return;
    }
    int values = expression.indexOf(".oneOf(");
    if (values < 0) {
      line("          " + expression + end);
    } else {
      line("          " + expression.substring(0, values));
      line("              " + expression.substring(values) + end);
    }
  }

  /** The Java expression of a parameter's spec: {@code spec(INT, "maxDepth", "max_depth", 5, "...").atLeast(0)}. */
  static String expression(Parameter parameter) {
    String literal = parameter.defaultLiteral();
    return "spec(" + parameter.kind().name() + ", " + quoted(parameter.name()) + ", " + quoted(parameter.h2oName()) + ", "
        + (literal == null ? "null" : literal) + ", " + quoted(parameter.help()) + ")" + parameter.limitCalls();
  }

  /** The spec most of the algorithms share word for word, if two or more do; null otherwise. */
  static String common(List<Parameter> versions) {
    Map<String, Long> counts = new LinkedHashMap<>();
    versions.forEach(version -> counts.merge(expression(version), 1L, Long::sum));
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue() > 1)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The param, its getter and its setter, documented from every version of the parameter. */
  private void accessors(String modifier, List<Parameter> versions, boolean first) {
    Parameter parameter = versions.get(0);
    String name = parameter.name();
    String suffix = ParametersGenerator.capitalized(name);
    Kind kind = parameter.kind();
    String type = paramClass(kind).equals("Param") ? "Param<String>" : paramClass(kind);
    if (!first) {
      line("");
    }
    line("  /** " + help(versions) + " H2O name: {@code " + parameter.h2oName() + "}. */");
    line("  " + modifier + " " + type + " " + name + "() {");
    line("    return Accessors.param(this, " + quoted(name) + ");");
    line("  }");
    line("");
    if (kind.nullable()) {
      line("  /** The value of {@link #" + name + "()}: as set, else its default, else null. */");
    } else {
      line("  /** The value of {@link #" + name + "()}: as set, else its default. */");
    }
    line("  " + modifier + " " + kind.javaType + " get" + suffix + "() {");
    line("    return " + (kind.nullable() ? "Accessors.valueOrNull(this, " + name + "())" : "(" + kind.boxedType
        + ") getOrDefault(" + name + "())") + ";");
    line("  }");
    line("");
    boolean limited = versions.stream().anyMatch(version -> version.limitsText() != null);
    line("  /** Sets {@link #" + name + "()}" + (limited ? "; a value outside its limits fails here. */" : ". */"));
    line("  " + modifier + " S set" + suffix + "(" + kind.javaType + " value) {");
    line("    set(" + name + "(), Accessors.checked(this, " + name + "(), value));");
    line("    return Accessors.self(this);");
    line("  }");
  }

  /** The help and limits all versions share; a pointer to each algorithm's own where they differ. */
  private static String help(List<Parameter> versions) {
    Parameter first = versions.get(0);
    boolean sameHelp = versions.stream().allMatch(version -> version.help().equals(first.help()));
    boolean sameLimits = versions.stream().allMatch(version -> Objects.equals(version.limitsText(), first.limitsText()));
    String help = !sameHelp ? "H2O's " + first.h2oName() + "; each algorithm's help text is in its param's doc."
        : first.help().isEmpty() ? "H2O's " + first.h2oName() + "." : first.help();
    help = help.matches(".*[.!?]$") ? help : help + ".";
    String limits = !sameLimits ? " Its limits depend on the algorithm."
        : first.limitsText() == null ? "" : " " + first.limitsText();
    return javadoc(help + limits);
  }

  private static String paramClass(Kind kind) {
    return kind.paramType.replace("<String>", "");
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  static String quoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }

  /** Help text safe inside a Javadoc comment. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;").replaceAll("\\s+", " ");
  }

  /** A Javadoc paragraph cut at word boundaries, so no line runs past 120 characters. */
  private void wrapped(String text) {
    StringBuilder current = new StringBuilder(" *");
    for (String word : text.split(" ")) {
      if (current.length() + word.length() + 1 > 120) {
        line(current.toString());
        current = new StringBuilder(" *");
      }
      current.append(' ').append(word);
    }
    line(current.toString());
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
