package org.sparkling.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparkling.client.FrameDescription;
import org.sparkling.H2OClusterLostException;
import org.sparkling.client.H2OConnectionException;
import org.sparkling.extension.ChunkOutput;
import org.sparkling.extension.ColumnType;

/** A chunk's home node that does not answer is named in the error, not the node the driver knows. */
class ChunkTransportTest {
  private static final URI KNOWN = URI.create("http://127.0.0.1:" + closedPort());
  private static final int HOME = closedPort();

  private static ChunkTransport overRest() {
    return new ChunkTransport(KNOWN, java.util.List.of(), Duration.ofSeconds(5), true);
  }

  @Test
  void anUploadToAHomeThatDoesNotAnswerNamesTheHome() {
    ChunkTransport transport = overRest().routedTo(List.of(URI.create("http://127.0.0.1:" + HOME)));
    ChunkOutput chunk = transport.open("f", new ColumnType[] {ColumnType.NUMERIC}, 0, 1);
    chunk.addDouble(0, 1.5);
    chunk.endRow();

    H2OConnectionException error =
        catchThrowableOfType(H2OConnectionException.class, () -> transport.deliver(chunk, "f", 0, 1));

    assertThat(error.hostPort()).isEqualTo("127.0.0.1:" + HOME);
    assertThat(error).hasMessageContaining("H2O node not reachable at 127.0.0.1:" + HOME);
  }

  @Test
  void aDownloadGoesToTheNodeTheDescriptionNamesAndCallsTheClusterLostWhenItDoesNotAnswer() {
    FrameDescription frame =
        new FrameDescription("f", 1, List.of(), List.of(new FrameDescription.Chunk(0, 1, "127.0.0.1:" + HOME)));

    H2OClusterLostException error =
        catchThrowableOfType(H2OClusterLostException.class, () -> overRest().routedTo(frame).read("f", 0, new int[] {0}));

    assertThat(error.hostPort()).isEqualTo("127.0.0.1:" + HOME);
    assertThat(error)
        .hasMessageContaining("during the read of chunk 0 of H2O frame 'f'")
        .hasMessageContaining("node 127.0.0.1:" + HOME + " does not answer")
        .hasMessageContaining("H2OContext.getOrCreate(spark, conf)")
        .hasCauseInstanceOf(H2OConnectionException.class);
  }

  /** A port nothing listens on: taken from the system, then released. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
