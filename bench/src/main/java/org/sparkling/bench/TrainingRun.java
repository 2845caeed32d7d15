package org.sparkling.bench;

import org.sparkling.bench.peers.TreeSettings;

/**
 * How the training suite ran and on what, for the report.
 *
 * @param settings the command, the machine's load, Spark and H2O, the scoring rounds
 * @param totalSeconds how long the whole run took
 * @param sampleRows the rows sampled from flights-3m
 * @param trainRows the training rows of the split
 * @param testRows the test rows of the split
 * @param split where the split was written
 * @param trees what every contender builds
 * @param warmUpRows the rows of each contender's unmeasured warm-up fit (0: none)
 * @param trainingRounds measured training rounds per contender
 * @param peerMemory the heap of the XGBoost4J-Spark trial JVM
 */
record TrainingRun(
    RunSettings settings,
    double totalSeconds,
    long sampleRows,
    long trainRows,
    long testRows,
    String split,
    TreeSettings trees,
    long warmUpRows,
    int trainingRounds,
    String peerMemory) {}
