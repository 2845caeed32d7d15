package org.sparkling.bench;

/**
 * How the backend benchmark ran, for the report.
 *
 * @param command the command line that ran it
 * @param code the code version (git commit), as bench/run saw it
 * @param libraryJar the Sparkling Water jar on the classpath, with its build time
 * @param started when the run started (UTC)
 * @param totalSeconds how long the whole run took
 * @param otherLoad how busy other processes kept the machine, and the quiet policy
 * @param driverMemory the heap of each trial's driver JVM
 * @param executorMemory the heap of each Spark executor on the cluster
 * @param externalMemory the heap of each external H2O node
 * @param warmUpRounds unmeasured rounds first
 * @param rounds measured start rounds per backend
 * @param conversionRounds measured conversion rounds per backend and size
 */
record BackendRun(
    String command,
    String code,
    String libraryJar,
    String started,
    double totalSeconds,
    String otherLoad,
    String driverMemory,
    String executorMemory,
    String externalMemory,
    int warmUpRounds,
    int rounds,
    int conversionRounds) {}
