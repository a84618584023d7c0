package dev.newswire.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One line a user can act on, for an exception that ends a command. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException nsf) {
      return nsf.getFile() + ": " + (nsf.getReason() == null ? "no such file" : nsf.getReason());
    }
    if (e instanceof AccessDeniedException ade) {
      return ade.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      return fse.getFile() + ": " + (fse.getReason() == null ? e.getClass().getSimpleName() : fse.getReason());
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = e.getCause();
      return cause != null && cause != e ? describe(cause) : e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
  }
}
