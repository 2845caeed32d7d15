package org.sparkling.bench.peers;

/**
 * What every contender of the training suite is asked to build: the same forest size, depth and learning rate.
 *
 * @param trees boosting rounds (trees, one per round for a binary label)
 * @param maxDepth the depth of every tree
 * @param learnRate the learning rate (shrinkage, eta, step size)
 * @param seed the seed of every contender that takes one
 */
public record TreeSettings(int trees, int maxDepth, double learnRate, long seed) {

  public TreeSettings {
    if (trees < 1 || maxDepth < 1 || !(learnRate > 0 && learnRate <= 1)) {
      throw new IllegalArgumentException(
          "Invalid tree settings: " + trees + " trees, depth " + maxDepth + ", learning rate " + learnRate);
    }
  }

  public String describe() {
    return trees + " trees, depth " + maxDepth + ", learning rate " + learnRate + ", seed " + seed;
  }
}
