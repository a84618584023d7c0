package dev.newswire.schemas.registry;

/** The schema registry refused a request or could not be reached. */
public class RegistryException extends RuntimeException {
  private final int status;

  public RegistryException(String message) {
    this(message, -1, null);
  }

  public RegistryException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status, or -1 when the registry gave none. */
  public int status() {
    return status;
  }

  /**
   * Whether this failure, or one it was caused by, is the registry being away (unreachable, or a server
   * error) rather than a refusal: worth waiting for, never a reason to dead-letter a record.
   */
  public static boolean isRegistryAway(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RegistryException r) {
        return r.status() < 0 || r.status() >= 500;
      }
    }
    return false;
  }
}
