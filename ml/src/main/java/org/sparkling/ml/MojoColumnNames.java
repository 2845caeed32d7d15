package org.sparkling.ml;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sparkling.convert.NestedValues;

/**
 * Column names a model cannot keep: h2o-genmodel reads a MOJO's column names as lines of a text file, skipping lines that
 * start with '#' and trimming spaces, so a model trained on such a column would score every later column shifted by one
 * (fuzz seed 950). The H2O name of a nested part is its path ({@code s.a}), so a struct field at the end of a path counts
 * too, and so does a map key, known only once the data is converted.
 */
final class MojoColumnNames {
  /** Why a name is refused, also the words the fuzz test expects. */
  static final String RULE =
      "H2O's MOJO reader skips column names that start with '#' and trims spaces around names, so the model would read "
          + "its columns shifted";

  private MojoColumnNames() {}

  /** Refuses a used column whose name, or the H2O name of one of its nested parts, the MOJO reader would change. */
  static void require(StructField column) {
    String name = column.name();
    if (name.startsWith("#") || !name.strip().equals(name)) {
      throw new IllegalArgumentException("Column '" + name + "' cannot be used by a model: " + RULE
          + ". Rename it first, e.g. df.withColumnRenamed(\"" + name + "\", \"" + name.strip().replace("#", "hash_")
          + "\")");
    }
    requireNested(name, name, column.dataType());
  }

  /**
   * The H2O columns of a converted frame: a map key at the end of a name ({@code m.key }) comes from the data, so only the
   * frame shows it.
   */
  static void requireInFrame(List<String> h2oColumns) {
    for (String h2oColumn : h2oColumns) {
      if (!h2oColumn.strip().equals(h2oColumn)) {
        throw new IllegalArgumentException("The training data's H2O column '" + h2oColumn + "' (a nested feature's map "
            + "key or field) ends in a space, so it cannot be used by a model: " + RULE + ". Trim the map keys or "
            + "field names that end in a space, or leave that feature out with setFeaturesCols.");
      }
    }
  }

  /** Only a part at the end of a path can end a name: a struct field of a scalar type, at any depth. */
  private static void requireNested(String column, String path, DataType type) {
    if (type instanceof StructType struct) {
      for (StructField field : struct.fields()) {
        String child = path + "." + field.name();
        if (!NestedValues.isNested(field.dataType()) && !field.name().stripTrailing().equals(field.name())) {
          throw new IllegalArgumentException("Column '" + column + "' has the field '" + field.name() + "', whose H2O "
              + "column '" + child + "' ends in a space, so it cannot be used by a model: " + RULE + ". Rename the "
              + "field first (build the struct again with struct(...) naming the field '" + field.name().strip()
              + "'), or leave '" + column + "' out with setFeaturesCols.");
        }
        requireNested(column, child, field.dataType());
      }
    } else if (type instanceof ArrayType array) {
      requireNested(column, path + ".0", array.elementType());
    } else if (type instanceof MapType map) {
      requireNested(column, path + ".key", map.valueType());
    }
  }
}
