"""The Python half of rivulet's `RivuletElement` Bokeh model (embed/bokeh/rivulet-element.ts declares the same)."""

from bokeh.core.properties import Any, Dict, Instance, Int, List, Nullable, String
from bokeh.models import ColumnDataSource, LayoutDOM


class RivuletElement(LayoutDOM):
    """A rivulet element, by tag, in a Bokeh layout; its event samples stream into `source`.

    Its script registers the model's view: `bokeh serve` adds dist/rivulet-bokeh-server.js (the plotting API and
    rivulet-bokeh.js) after BokehJS by itself (bokeh.ext.json and package.json here name it; `dist` here links to
    the repository's dist/, so run `npm run build` first). A page made by hand loads rivulet-bokeh.js after BokehJS.

    Example:
        source = ColumnDataSource(data={"x": [], "y": []})
        pad = RivuletElement(tag="riv-pad", source=source, event_fields=["x", "y"], rollover=500)
        source.on_change("data", lambda attr, old, new: print(len(new["x"])))
    """

    __qualified_model__ = "rivulet_elements.RivuletElement"

    tag = String(default="riv-pad", help="The custom element's tag.")
    element_properties = Dict(String, Any, default={}, help="Set as properties of the element.")
    element_attributes = Dict(String, String, default={}, help="Set as attributes of the element.")
    source = Nullable(Instance(ColumnDataSource), help="Where the element's samples stream, once per frame.")
    event_fields = List(String, default=["type", "x", "y", "t"], help="The sample fields streamed.")
    event_types = List(String, default=[], help="The sample types streamed; empty: every type.")
    rollover = Nullable(Int, help="How many rows `source` keeps; none: every row.")
