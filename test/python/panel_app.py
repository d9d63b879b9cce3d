"""The Panel app test/python/panel-serve.test.mjs serves: a rivulet <riv-pad> through Panel's AnyWidgetComponent, a
text that Python rewrites on every batch of pointer samples, and a button whose Python callback changes the pad."""

import panel as pn

from rivulet_elements.panel_component import RivuletComponent

# A custom component has no width of its own in a Column: stretch it.
pad = RivuletComponent(
    tag="riv-pad", props={"height": 200}, html_attributes={"id": "pad"}, sizing_mode="stretch_width"
)
received = pn.pane.Str("no samples yet", name="received")
shorter = pn.widgets.Button(name="Make the pad shorter")
totals = {"samples": 0, "batches": 0}


def count(samples):
    totals["samples"] += len(samples)
    totals["batches"] += 1
    last = samples[-1]
    received.object = f"samples {totals['samples']} in batches {totals['batches']}, last {last['type']} x={last['x']:.0f}"
    print(f"rivulet: {len(samples)} samples", flush=True)


pad.on_events(count)
shorter.on_click(lambda _event: pad.set_props(height=120))

pn.Column(pad, received, shorter, width=500).servable(title="rivulet in Panel")
