"""A Panel component that shows a rivulet element: Panel's AnyWidgetComponent over dist/rivulet-widget.js."""

from __future__ import annotations

from typing import Any, Callable

import param
from panel.custom import AnyWidgetComponent

from .widget import EVENTS_MESSAGE_KIND, columns_to_samples, widget_module_path


class RivuletComponent(AnyWidgetComponent):
    """A rivulet element (``<riv-pad>``, ``<riv-rate>``, ...) in a Panel app, from the same module as
    ``RivuletWidget``. ``props`` sync both ways, ``html_attributes`` go to the element; each animation frame's samples
    arrive in ``event_batch`` (Panel 1.10's AnyWidget model has no ``model.send``), read with ``on_events``.

    >>> pad = RivuletComponent(tag="riv-pad", props={"height": 240})
    >>> pad.on_events(lambda samples: print(len(samples)))
    >>> pn.Column(pad).servable()  # doctest: +SKIP
    """

    _esm = widget_module_path()

    tag = param.String(default="riv-pad", doc="the element's tag name, e.g. 'riv-pad'")
    props = param.Dict(default={}, doc="element properties by name, synced both ways")
    html_attributes = param.Dict(default={}, doc="element attributes by name, set on the element")
    event_batch = param.Dict(default={}, doc="the last frame's samples as columns, set by the front end")

    def set_props(self, **values: Any) -> None:
        """Sets some element properties, keeping the others.

        >>> RivuletComponent(props={"height": 200}).set_props(height=120)
        """
        self.props = {**self.props, **values}

    def on_events(self, callback: Callable[[list[dict[str, Any]]], None]) -> param.parameterized.Watcher:
        """Calls ``callback`` with each frame's samples, a list of dicts; returns the watcher (``param.unwatch``).

        >>> watcher = RivuletComponent().on_events(print)
        """

        def handle(event: param.parameterized.Event) -> None:
            batch = event.new
            if isinstance(batch, dict) and batch.get("kind") == EVENTS_MESSAGE_KIND:
                callback(columns_to_samples(batch["columns"]))

        return self.param.watch(handle, "event_batch")
