package org.sparkling.extension;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import water.DKV;
import water.Key;
import water.fvec.Frame;
import water.util.Log;

/**
 * {@code /3/sparkling/frames/{id}}: frames that Spark tasks fill chunk by chunk.
 *
 * <ul>
 *   <li>{@code POST /{id}} with {@code names}: create (replacing any frame of that id);
 *   <li>{@code POST /{id}/finish} with {@code rows_per_chunk}, {@code types}, {@code domains}, {@code found},
 *       {@code order}, {@code to_categorical}: finish;
 *   <li>{@code POST /{id}/chunks/{index}?chunks={count}} with a binary chunk ({@link ChunkEncoding}): store a chunk;
 *   <li>{@code GET /{id}}: describe;
 *   <li>{@code GET /{id}/domains?columns=0,3}: the levels of categorical columns (all columns without {@code columns});
 *   <li>{@code GET /{id}/homes?chunks={count}}: the node that holds each chunk, also while the frame is built
 *       ({@link ChunkHomes});
 *   <li>{@code GET /{id}/chunks/{index}?columns=0,3}: a chunk's columns as a binary stream ({@link ChunkEncoding});
 *   <li>{@code DELETE /{id}} with optional {@code chunks}: remove, also a frame still being built.
 * </ul>
 */
public final class FrameServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final Gson JSON = new GsonBuilder().serializeNulls().serializeSpecialFloatingPointValues().create();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    handle(request, response, () -> {
      FramePath path = FramePath.parse(request);
      if ("homes".equals(path.action()) && path.argument() == null) {
        return ChunkHomes.of(path.frameId(), Parameters.count(request, "chunks", "the number of chunks of the frame"));
      }
      Frame frame = existing(path.frameId());
      if (path.action() == null) {
        return FrameDescriptions.describe(frame);
      }
      int[] columns = Parameters.columnNumbers(request, "columns", frame.numCols());
      if ("domains".equals(path.action()) && path.argument() == null) {
        return FrameDescriptions.domains(frame, columns);
      }
      if ("chunks".equals(path.action()) && path.argument() != null) {
        return ChunkDownload.of(frame, path.argument(), columns);
      }
      throw new NotFound(
          "Unknown frame action '" + path.action() + "'; expected GET /3/sparkling/frames/{id}, /3/sparkling/frames/{id}"
              + "/domains, /3/sparkling/frames/{id}/homes?chunks={count} or /3/sparkling/frames/{id}/chunks/{index}");
    });
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    handle(request, response, () -> {
      FramePath path = FramePath.parse(request);
      FrameAssembly assembly = new FrameAssembly(path.frameId());
      if (path.action() == null) {
        assembly.create(Parameters.strings(request, "names"));
        return Map.of("frame_id", path.frameId());
      }
      if ("finish".equals(path.action())) {
        return FrameDescriptions.describe(
            assembly.finish(
                Parameters.longs(request, "rows_per_chunk"),
                Parameters.strings(request, "types"),
                Parameters.domains(request, "domains"),
                Parameters.found(request, "found"),
                Parameters.order(request, "order", Parameters.strings(request, "types").length),
                Parameters.ints(request, "to_categorical")), false);
      }
      if ("chunks".equals(path.action()) && path.argument() != null) {
        return Map.of("rows", receiveChunk(path.frameId(), request));
      }
      throw new NotFound(
          "Unknown frame action '" + path.action() + "'; expected POST /3/sparkling/frames/{id}/finish or "
              + "/3/sparkling/frames/{id}/chunks/{index}?chunks={count}");
    });
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
    handle(request, response, () -> {
      FramePath path = FramePath.parse(request);
      String chunks = request.getParameter("chunks");
      new FrameAssembly(path.frameId()).discard(chunks == null ? 0 : Integer.parseInt(chunks));
      return Map.of("frame_id", path.frameId());
    });
  }

  /** A chunk sent over REST: decoded straight into the chunk writer of this node. */
  private static int receiveChunk(String frameId, HttpServletRequest request) {
    FramePath path = FramePath.parse(request);
    int index = Integer.parseInt(path.argument());
    int chunks = Parameters.count(request, "chunks", "the number of chunks of the frame");
    try {
      int rows = ChunkDecoder.decode(request.getInputStream(), types -> ChunkWriter.open(frameId, types, index, chunks));
      ChunkTraffic.received(ChunkHomes.chunkBeingBuilt(frameId, index));
      return rows;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Cannot read chunk " + index + " of frame '" + frameId + "': " + e.getMessage(), e);
    }
  }

  /** The frame {@code frameId}, finished or still being built. */
  static Frame anyFrame(String frameId) {
    if (!(DKV.getGet(Key.make(frameId)) instanceof Frame frame)) {
      throw new NotFound("No H2O frame with id '" + frameId + "' on this cluster");
    }
    return frame;
  }

  private static Frame existing(String frameId) {
    Frame frame = anyFrame(frameId);
    if (!FrameAssembly.isFinished(frame)) {
      throw new IllegalArgumentException(
          "Frame '" + frameId + "' is still being built; finish it with POST /3/sparkling/frames/" + frameId + "/finish");
    }
    return frame;
  }

  private static void handle(HttpServletRequest request, HttpServletResponse response, Action action) throws IOException {
    int status;
    Object body;
    try {
      body = action.run();
      status = HttpServletResponse.SC_OK;
    } catch (NotFound e) {
      status = HttpServletResponse.SC_NOT_FOUND;
      body = error(e, status);
    } catch (IllegalArgumentException e) {
      status = HttpServletResponse.SC_BAD_REQUEST;
      body = error(e, status);
    } catch (RuntimeException e) {
      Log.err("Sparkling frame request " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
      status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
      body = error(e, status);
    }
    if (body instanceof StreamedReply streamed) {
      stream(request, response, streamed);
    } else {
      send(response, status, body);
    }
  }

  /**
   * Streams a binary reply. A failure before the first bytes leave becomes a JSON error; after that the stream is cut, and
   * the reader notices that its end is missing.
   */
  private static void stream(HttpServletRequest request, HttpServletResponse response, StreamedReply reply)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/octet-stream");
    try {
      reply.writeTo(response.getOutputStream());
    } catch (IOException e) {
      Log.debug("The reader of " + request.getRequestURI() + " went away: " + e);
    } catch (RuntimeException e) {
      Log.err("Sparkling frame request " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
      if (response.isCommitted()) {
        throw e;
      }
      response.reset();
      send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, error(e, HttpServletResponse.SC_INTERNAL_SERVER_ERROR));
    }
  }

  static void send(HttpServletResponse response, int status, Object body) throws IOException {
    byte[] json = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  private static Map<String, Object> error(RuntimeException e, int status) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return Map.of("msg", message, "http_status", status, "exception_type", e.getClass().getName());
  }

  @FunctionalInterface
  private interface Action {
    Object run();
  }

  /** A reply that is not JSON but a stream of bytes, written once the request is known to be valid. */
  @FunctionalInterface
  interface StreamedReply {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A frame or action that does not exist: HTTP 404. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
