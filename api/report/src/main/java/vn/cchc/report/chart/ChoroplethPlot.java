package vn.cchc.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Areas given in longitude and latitude, filled with a paint each and outlined in white, drawn with
 * plain Java2D inside a JFreeChart (which draws the title and the legend), so that the map goes
 * through the same PNG, SVG and PDF writers as every chart. The projection is equirectangular,
 * scaled by the cosine of the middle latitude: at a province's size the distortion is invisible. In
 * SVG each area is a group with the id {@code idPrefix + code} holding a {@code <title>} (what a
 * viewer shows on hover) and one filled {@code <path>}.
 */
final class ChoroplethPlot extends Plot {
  private static final long serialVersionUID = 1L;
  static final Color OUTLINE = Color.WHITE;
  static final float OUTLINE_WIDTH = 0.35f;

  /** One area: the code in its SVG id, the hover title, the outline in degrees, the fill. */
  record Area(String code, String title, Shape lonLat, Paint fill) {}

  private final transient List<Area> areas;
  private final String idPrefix;
  private final LegendItemCollection legend;

  ChoroplethPlot(List<Area> areas, String idPrefix, LegendItemCollection legend) {
    this.areas = List.copyOf(areas);
    this.idPrefix = idPrefix;
    this.legend = legend;
    setOutlineVisible(false);
    setBackgroundPaint(Color.WHITE);
  }

  @Override
  public String getPlotType() {
    return "Choropleth";
  }

  @Override
  public LegendItemCollection getLegendItems() {
    return legend;
  }

  @Override
  public void draw(
      Graphics2D g2,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    Rectangle2D inner = (Rectangle2D) area.clone();
    getInsets().trim(inner);
    if (info != null) {
      info.setPlotArea(area);
      info.setDataArea(inner);
    }
    drawBackground(g2, area);
    AffineTransform toPage = projection(inner);
    Path2D.Double outlines = new Path2D.Double();
    boolean svg = g2 instanceof SVGGraphics2D;
    // the SVG hints cannot be set to null: the hints as they were are put back after the areas
    RenderingHints before = g2.getRenderingHints();
    for (Area a : areas) {
      Shape shape = toPage.createTransformedShape(a.lonLat());
      if (svg) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, idPrefix + a.code());
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, a.title());
      }
      g2.setPaint(a.fill());
      g2.fill(shape);
      if (svg) {
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, idPrefix + a.code());
      }
      outlines.append(shape, false);
    }
    if (svg) {
      g2.setRenderingHints(before);
    }
    g2.setPaint(OUTLINE);
    g2.setStroke(new BasicStroke(OUTLINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g2.draw(outlines);
  }

  /** Degrees → page: the areas' extent fitted and centred in {@code target}, north up. */
  AffineTransform projection(Rectangle2D target) {
    Rectangle2D b = null;
    for (Area a : areas) {
      Rectangle2D r = a.lonLat().getBounds2D();
      b = b == null ? r : b.createUnion(r);
    }
    if (b == null || b.getWidth() == 0 || b.getHeight() == 0) {
      return new AffineTransform();
    }
    double k = Math.cos(Math.toRadians(b.getCenterY()));
    double w = b.getWidth() * k;
    double h = b.getHeight();
    double s = Math.min(target.getWidth() / w, target.getHeight() / h);
    double ox = target.getX() + (target.getWidth() - w * s) / 2;
    double oy = target.getY() + (target.getHeight() - h * s) / 2;
    return new AffineTransform(s * k, 0, 0, -s, ox - b.getMinX() * s * k, oy + b.getMaxY() * s);
  }
}
