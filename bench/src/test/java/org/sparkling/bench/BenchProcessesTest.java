package org.sparkling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchProcessesTest {

  @Test
  void addsTheCpuTimeOfAProcessAndOfItsEndedChildren() {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 51000 3 0 0 1200 300 45 5 20 0 60 0 181 6000000000 90000";

    assertThat(BenchProcesses.ticks(stat)).isEqualTo(1200 + 300 + 45 + 5);
  }

  @Test
  void readsACommandNameWithSpacesAndParentheses() {
    String stat = "77 (Worker (spark) 1) R 1 77 77 0 -1 0 0 0 0 0 10 20 30 40 20 0 1 0 5 100 10";

    assertThat(BenchProcesses.ticks(stat)).isEqualTo(100);
  }

  @Test
  void countsThisJvmWhenNoRootIsNamed() {
    assertThat(BenchProcesses.rootPid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(BenchProcesses.cpuNanos()).isPositive();
  }
}
