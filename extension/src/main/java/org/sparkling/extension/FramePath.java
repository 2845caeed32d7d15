package org.sparkling.extension;

import javax.servlet.http.HttpServletRequest;

/** {@code /{frameId}[/{action}[/{argument}]]} below the servlet's mount point. */
record FramePath(String frameId, String action, String argument) {

  static FramePath parse(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.length() <= 1) {
      throw new IllegalArgumentException("Missing frame id: expected /3/sparkling/frames/{id}");
    }
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length > 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid frame path '" + path
              + "': expected /3/sparkling/frames/{id}[/finish | /domains | /homes | /chunks/{index}]");
    }
    return new FramePath(parts[0], parts.length >= 2 ? parts[1] : null, parts.length == 3 ? parts[2] : null);
  }
}
