// The startup of `sparkling shell`, after jshell's own (java.util.*, java.io.*, ...): the imports a Sparkling Water
// session needs, then `spark` and `hc`. ShellStartup ends the shell with exit code 1 when either cannot start.
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import static org.apache.spark.sql.functions.*;
import org.sparkling.*;
import org.sparkling.ml.*;

SparkSession spark = org.sparkling.cli.ShellStartup.spark();
H2OContext hc = org.sparkling.cli.ShellStartup.h2oContext(spark);
