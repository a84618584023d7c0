package dev.newswire.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface. */
final class FreePorts {
  private FreePorts() {}

  /**
   * The port as given when nothing listens on it; else a one-line failure naming it, before a broker or
   * registry would fail on it with pages of its own logs.
   */
  static int requireFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return port;
    } catch (IOException e) {
      throw new IllegalStateException(what + " cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()
          + " (another process has it; give another port, or 0 for any free one)", e);
    }
  }

  static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
