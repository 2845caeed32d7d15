package org.sparkling.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import water.parser.BufferedString;

/** Chunk-local levels, stored and merged into one domain, on seeded random text (empty, ASCII, beyond the BMP). */
class LevelMergeTest {
  private static final String[] PIECES = {"", "a", "b", "Z", "é", "東京", "\uFFFD", "\uD83D\uDE00", "a b", "0"};

  @Test
  void mergedDomainIsTheSortedUnionAndEveryChunkMapsIntoIt() {
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<List<String>> chunks = randomChunks(random);
      List<StoredLevels> stored = new ArrayList<>();
      List<List<Integer>> localLevels = new ArrayList<>();
      for (List<String> values : chunks) {
        ColumnLevels levels = new ColumnLevels("text");
        List<Integer> written = new ArrayList<>();
        values.forEach(value -> written.add(levelOf(levels, value)));
        localLevels.add(written);
        stored.add(values.isEmpty() ? null : store(levels));
      }

      MergedLevels merged = LevelMerge.merge(stored, Integer.MAX_VALUE);

      TreeSet<String> union = new TreeSet<>(LevelMergeTest::compareCodePoints);
      chunks.forEach(union::addAll);
      assertThat(merged.fitsCategorical()).isTrue();
      assertThat(merged.domain()).containsExactlyElementsOf(union);
      for (int chunk = 0; chunk < chunks.size(); chunk++) {
        for (int row = 0; row < chunks.get(chunk).size(); row++) {
          int level = merged.renumbering(chunk)[localLevels.get(chunk).get(row)];
          assertThat(merged.domain()[level]).isEqualTo(chunks.get(chunk).get(row));
        }
      }
    }
  }

  @Test
  void aColumnPastTheLimitDoesNotFitACategorical() {
    List<StoredLevels> stored = new ArrayList<>();
    for (String[] values : new String[][] {{"b", "a", "c"}, {"c", "d"}, {}, {"a", "e"}}) {
      ColumnLevels levels = new ColumnLevels("text");
      Arrays.stream(values).forEach(value -> levelOf(levels, value));
      stored.add(store(levels));
    }

    assertThat(LevelMerge.merge(stored, 5).domain()).containsExactly("a", "b", "c", "d", "e");
    assertThat(LevelMerge.merge(stored, 4).fitsCategorical()).isFalse();
  }

  @Test
  void levelsAreNumberedInOrderOfAppearanceAndReadBackInPlace() {
    ColumnLevels levels = new ColumnLevels("text");
    int[] written = new int[100_000];
    for (int i = 0; i < written.length; i++) {
      written[i] = levelOf(levels, "v" + (i % 70_000));
    }
    StoredLevels stored = store(levels);

    assertThat(stored.count()).isEqualTo(70_000);
    assertThat(written[69_999]).isEqualTo(69_999);
    assertThat(written[70_001]).isEqualTo(1);
    assertThat(stored.set(new BufferedString(), 12_345).toString()).isEqualTo("v12345");
    assertThat(stored.text(stored.sortedLevel(0))).isEqualTo("v0");
    assertThat(stored.text(stored.sortedLevel(69_999))).isEqualTo("v9999");
  }

  private static List<List<String>> randomChunks(Random random) {
    List<List<String>> chunks = new ArrayList<>();
    for (int chunk = random.nextInt(6); chunk >= 0; chunk--) {
      List<String> values = new ArrayList<>();
      for (int row = random.nextInt(200); row > 0; row--) {
        StringBuilder value = new StringBuilder();
        for (int piece = random.nextInt(4); piece > 0; piece--) {
          value.append(PIECES[random.nextInt(PIECES.length)]);
        }
        values.add(value.toString());
      }
      chunks.add(values);
    }
    return chunks;
  }

  private static int levelOf(ColumnLevels levels, String value) {
    byte[] utf8 = ("#" + value + "#").getBytes(StandardCharsets.UTF_8); // an offset and a length, as writers pass them
    return levels.levelOf(utf8, 1, utf8.length - 2);
  }

  private static StoredLevels store(ColumnLevels levels) {
    byte[] bytes = new byte[(int) StoredLevels.storedSize(levels)];
    StoredLevels.write(levels, ByteBuffer.wrap(bytes));
    return StoredLevels.read(bytes, ByteBuffer.wrap(bytes));
  }

  private static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
