package org.sparkling.dist;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OMOJOModel;

/** What a user's job does with the dist jar: start, convert both ways, train, score. Prints one line per check. */
public final class DistSmoke {
  private DistSmoke() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dist-smoke")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ext.h2o.work.dir", args[0])
            .getOrCreate();
    try {
      H2OContext hc = H2OContext.getOrCreate(spark);
      System.out.println("h2o " + hc.cloud().version());
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        rows.add(RowFactory.create((double) i, i % 3 == 0 ? "a" : "b", i % 2 == 0));
      }
      StructType schema =
          new StructType().add("x", DataTypes.DoubleType).add("c", DataTypes.StringType).add("y", DataTypes.BooleanType);
      Dataset<Row> data = spark.createDataFrame(rows, schema);
      H2OFrame frame = hc.asH2OFrame(data, "smoke");
      System.out.println("rows to h2o " + frame.numberOfRows());
      System.out.println("rows back " + hc.asSparkFrame(frame).count());
      H2OMOJOModel model = new H2OGBM().setLabelCol("y").setFeaturesCols("x", "c").setNtrees(3).fit(data);
      System.out.println("scored " + model.transform(data).count());
    } finally {
      spark.stop();
    }
  }
}
