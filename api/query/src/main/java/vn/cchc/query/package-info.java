/**
 * The one query layer over a release: plain JDBC on the DuckDB catalog, no Spring. The JSON API
 * calls it through thin controllers and the annual report calls the same classes, so every figure
 * has one SQL. Each feature has its own package ({@code ranking}, {@code unit}, {@code trend}, …);
 * {@code catalog} holds the connection that follows the current release and the sandbox it runs in.
 */
package vn.cchc.query;
