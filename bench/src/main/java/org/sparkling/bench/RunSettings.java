package org.sparkling.bench;

/**
 * How the benchmark ran, for the report.
 *
 * @param command the command line that ran it
 * @param code the code version (git commit), as bench/run saw it
 * @param libraryJar the Sparkling Water jar on the classpath, with its build time
 * @param started when the run started (UTC)
 * @param master the Spark master
 * @param cores the cores Spark runs tasks on
 * @param partitions the partitions of every cached DataFrame
 * @param warmUpRounds unmeasured rounds first
 * @param rounds measured rounds
 * @param heapMax the JVM's maximum heap
 * @param sparkVersion Spark's version
 * @param h2oCluster H2O's version and nodes
 * @param otherLoad how busy other processes kept the machine
 */
record RunSettings(
    String command,
    String code,
    String libraryJar,
    String started,
    String master,
    int cores,
    int partitions,
    int warmUpRounds,
    int rounds,
    long heapMax,
    String sparkVersion,
    String h2oCluster,
    String otherLoad) {}
