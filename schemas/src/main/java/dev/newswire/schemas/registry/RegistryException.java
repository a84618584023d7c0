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
}
