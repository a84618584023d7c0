package dev.newswire.schemas.registry;

/** The registry refused a schema because it breaks the subject's compatibility rule (HTTP 409). */
public class IncompatibleSchemaException extends RegistryException {
  public IncompatibleSchemaException(String message) {
    super(message, 409, null);
  }
}
