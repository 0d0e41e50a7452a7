/**
 * The public results site ({@code ./cchc publish --year Y --out DIR}): static, login-free HTML
 * pages in Vietnamese with the report's charts as SVG, every address relative and nothing fetched
 * from the network, to copy onto the province's portal. {@code PublicResults} is what a province
 * publishes of the annual report's figures (rankings with bands and changes, field indices, SIPAS
 * per component, the commune map) and all the pages are written from; {@code SitePublisher} reads
 * the release, draws the charts and writes the folder beside the target before moving it into
 * place.
 */
package vn.cchc.report.publish;
