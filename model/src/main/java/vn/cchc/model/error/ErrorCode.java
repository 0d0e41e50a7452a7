package vn.cchc.model.error;

/** Every error the product reports, each tagged with who must act on it. */
public enum ErrorCode {
  INVALID_ARGUMENT(ErrorType.USER),
  INVALID_INPUT(ErrorType.USER),
  FILE_REFUSED(ErrorType.USER),
  NOT_FOUND(ErrorType.USER),
  FORBIDDEN(ErrorType.USER),
  WAREHOUSE_INCONSISTENT(ErrorType.INTERNAL),
  INTERNAL_ERROR(ErrorType.INTERNAL),
  IO_ERROR(ErrorType.EXTERNAL),
  EXTERNAL_SERVICE(ErrorType.EXTERNAL);

  private final ErrorType type;

  ErrorCode(ErrorType type) {
    this.type = type;
  }

  public ErrorType type() {
    return type;
  }
}
