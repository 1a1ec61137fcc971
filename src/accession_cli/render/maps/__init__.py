"""The choropleth map: outlines, framing and the SVG drawing."""
