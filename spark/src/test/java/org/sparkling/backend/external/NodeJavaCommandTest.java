package org.sparkling.backend.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines of node JVMs, with the H2O runtime of this JVM and with an official h2o.jar. */
class NodeJavaCommandTest {
  @TempDir Path workDir;

  @Test
  void startsTheLauncherOfThisJvmsRuntimeWithH2OsArgumentsForThatNode() throws IOException {
    ClusterSpec spec = LocalH2OCluster.newBuilder(workDir).cloudName("flights").memory("1G").nthreads(2).spec();

    List<String> command = NodeJavaCommand.forCluster(spec, List.of(30000, 30002), 4242).forNode(30002);

    Path node = workDir.resolve("node-30002");
    assertThat(command.get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    assertThat(command)
        .containsSubsequence("--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx1g", "-Dsparkling.node.parent.pid=4242",
            "@" + workDir.resolve("classpath.args"), "org.sparkling.extension.NodeLauncher")
        .containsSubsequence("-name", "flights", "-ip", "127.0.0.1", "-web_ip", "127.0.0.1", "-port", "30002",
            "-log_dir", node.resolve("logs").toString(), "-log_level", "INFO", "-ice_root", node.resolve("ice").toString(),
            "-flow_dir", node.resolve("flows").toString(), "-flatfile", workDir.resolve("flatfile").toString(),
            "-nthreads", "2")
        .contains("-Dsparkling.node.log.level=INFO", "-Dlog4j2.configurationFile=sparkling-node-log4j2.properties");
    assertThat(workDir.resolve("flatfile")).hasContent("127.0.0.1:30000\n127.0.0.1:30002");
    assertThat(Files.readString(workDir.resolve("classpath.args")))
        .startsWith("-cp \"")
        .contains(NodeRuntime.extensionJar().toString())
        .contains("h2o-core-3.44.0.1.jar");
  }

  @Test
  void anOfficialH2OJarComesFirstAndH2OsOwnMainStartsIt() throws IOException {
    Path h2oJar = Files.createFile(workDir.resolve("h2o.jar"));
    NodeRuntime runtime = NodeRuntime.ofH2OJar(h2oJar);
    ClusterSpec spec = LocalH2OCluster.newBuilder(workDir).runtime(runtime).memory("2g").logLevel("errr").spec();

    List<String> command = NodeJavaCommand.forCluster(spec, List.of(30000), 1).forNode(30000);

    assertThat(runtime.classpath()).containsExactly(h2oJar, NodeRuntime.extensionJar());
    assertThat(command).containsSubsequence("-Xmx2g", "@" + workDir.resolve("classpath.args"), "water.H2OApp", "-name");
    assertThat(command).containsSubsequence("-log_level", "ERRR").contains("-Dsparkling.node.log.level=ERROR");
    assertThat(command).doesNotContain("-nthreads", "org.sparkling.extension.NodeLauncher");
    assertThat(workDir.resolve("classpath.args")).hasContent("-cp \"" + h2oJar + ":" + NodeRuntime.extensionJar() + "\"");
  }

  @Test
  void eachNodeLogsToH2OLogInItsFolderOrInTheLogDir() {
    ClusterSpec inNodeFolder = LocalH2OCluster.newBuilder(workDir).spec();
    ClusterSpec inLogDir = LocalH2OCluster.newBuilder(workDir).logDir(workDir.resolve("h2o-logs")).spec();

    assertThat(NodeJavaCommand.forCluster(inNodeFolder, List.of(30000), 1).forNode(30000))
        .containsSubsequence("-log_dir", workDir.toAbsolutePath().resolve("node-30000/logs").toString())
        .contains("-Dsparkling.node.log.file=" + workDir.toAbsolutePath().resolve("node-30000/logs/h2o.log"));
    assertThat(NodeJavaCommand.forCluster(inLogDir, List.of(30000), 1).forNode(30000))
        .containsSubsequence("-log_dir", workDir.toAbsolutePath().resolve("h2o-logs/node-30000").toString())
        .contains("-Dsparkling.node.log.file=" + workDir.toAbsolutePath().resolve("h2o-logs/node-30000/h2o.log"));
  }

  @Test
  void extraJvmOptionsComeAfterOursSoThatTheyWin() {
    ClusterSpec spec = LocalH2OCluster.newBuilder(workDir).memory("1g").jvmOptions(List.of("-Xmx3g", "-XX:+UseG1GC")).spec();

    List<String> command = NodeJavaCommand.forCluster(spec, List.of(30000), 1).forNode(30000);

    assertThat(command).containsSubsequence("-Xmx1g", "-Xmx3g", "-XX:+UseG1GC", "@" + workDir.resolve("classpath.args"));
  }

  @Test
  void quotesAndBackslashesInTheClasspathAreEscapedForJavasArgumentFile() throws IOException {
    NodeRuntime runtime = new NodeRuntime(List.of(Path.of("/odd \"name\"/a\\b.jar")), "Main");
    ClusterSpec spec = LocalH2OCluster.newBuilder(workDir).runtime(runtime).spec();

    NodeJavaCommand.forCluster(spec, List.of(30000), 1);

    assertThat(Files.readString(workDir.resolve("classpath.args"))).isEqualTo("-cp \"/odd \\\"name\\\"/a\\\\b.jar\"\n");
  }
}
