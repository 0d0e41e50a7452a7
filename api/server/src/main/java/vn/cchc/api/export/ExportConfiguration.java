package vn.cchc.api.export;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content negotiation by the {@code format} parameter only (json, csv, xlsx): a shared link
 * downloads the same thing in every browser, and the role check on exports can look at one
 * parameter.
 */
@Configuration
public class ExportConfiguration implements WebMvcConfigurer {
  public static final String FORMAT_PARAMETER = "format";

  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer c) {
    c.favorParameter(true)
        .parameterName(FORMAT_PARAMETER)
        .ignoreAcceptHeader(true)
        .defaultContentType(MediaType.APPLICATION_JSON)
        .mediaType("json", MediaType.APPLICATION_JSON)
        .mediaType("csv", TableExportConverter.CSV)
        .mediaType("xlsx", TableExportConverter.XLSX);
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.add(new TableExportConverter.Csv());
    converters.add(new TableExportConverter.Xlsx());
  }
}
