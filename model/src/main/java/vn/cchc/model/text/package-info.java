/** Text as it leaves the product for people's tools: spreadsheet cells that cannot run. */
package vn.cchc.model.text;
