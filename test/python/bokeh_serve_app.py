"""The Bokeh app test/python/bokeh-serve.test.mjs serves: a rivulet <riv-pad> beside a Bokeh figure, a Div that the
source's Python `on_change` callback rewrites, and a button whose Python callback changes the pad's height."""

from bokeh.io import curdoc
from bokeh.layouts import column, row
from bokeh.models import Button, ColumnDataSource, Div
from bokeh.plotting import figure

from rivulet_elements import RivuletElement

samples = ColumnDataSource(data={"type": [], "x": [], "y": []})
pad = RivuletElement(
    tag="riv-pad",
    source=samples,
    event_fields=["type", "x", "y"],
    event_types=["pointermove"],
    rollover=500,
    element_properties={"height": 200},
    width=300,
    height=200,
    margin=(5, 16, 5, 5),
    # Bokeh's `styles` go through its own stylesheets (CSP-safe); the pad itself draws nothing.
    styles={"background": "#f4f6f8", "border": "1px dashed #8a96a3", "box-sizing": "border-box"},
)
trail = figure(width=300, height=200, title="pointer trail", x_range=(0, 300), y_range=(200, 0))
trail.line(x="x", y="y", source=samples)
received = Div(text="no samples yet")
heading = Div(text="Move the pointer over the grey pad: Python counts the rows and the figure draws the trail.")
shorter = Button(label="Make the pad shorter")


def count(_attr, _old, new):
    received.text = f"rows {len(new['x'])}, last x={new['x'][-1]:.0f}"
    print(f"rivulet: {len(new['x'])} rows", flush=True)


def make_shorter():
    pad.element_properties = {"height": 120}
    pad.height = 120


samples.on_change("data", count)
shorter.on_click(make_shorter)
curdoc().add_root(column(heading, row(pad, trail), received, shorter))
curdoc().title = "rivulet in a Bokeh server app"
