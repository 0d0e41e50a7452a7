package vn.cchc.model.error;

/**
 * The one exception type of the product. Its message is written for the person who must act:
 * Vietnamese for {@link ErrorType#USER} errors, of the form "Không thể &lt;làm gì&gt; &lt;cái
 * gì&gt;: &lt;giá trị&gt;".
 */
public class CchcException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public CchcException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public CchcException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public ErrorType type() {
    return code.type();
  }
}
