"""A Jupyter widget that shows a rivulet element: the anywidget class whose front end is dist/rivulet-widget.js."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import anywidget
import traitlets

#: The traits the front end syncs (embed/jupyter/widget-traits.ts has the same list; a test compares them).
WIDGET_TRAITS = ("tag", "props", "html_attributes")

#: The ``kind`` of the custom message that carries one animation frame's samples.
EVENTS_MESSAGE_KIND = "rivulet-events"


def widget_module_path() -> Path:
    """Where the front-end module is: ``RIVULET_WIDGET_ESM`` when set, else ``dist/rivulet-widget.js`` in this
    package (a copy in an installed wheel; in the repository, ``dist`` links to the checkout's ``dist/``).

    >>> widget_module_path().name
    'rivulet-widget.js'
    """
    configured = os.environ.get("RIVULET_WIDGET_ESM")
    path = Path(configured) if configured else Path(__file__).parent / "dist" / "rivulet-widget.js"
    if not path.is_file():
        raise FileNotFoundError(
            f"rivulet_elements: the widget module {path} does not exist; run `npm run build` in the rivulet "
            "checkout, or set RIVULET_WIDGET_ESM to the path of a built rivulet-widget.js"
        )
    return path


def columns_to_samples(columns: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """One dict per sample from the message's columns.

    >>> columns_to_samples({"x": [1, 2], "y": [3, 4]})
    [{'x': 1, 'y': 3}, {'x': 2, 'y': 4}]
    """
    names = list(columns)
    return [dict(zip(names, values)) for values in zip(*columns.values())]


class RivuletWidget(anywidget.AnyWidget):
    """A rivulet element (``<riv-pad>``, ``<riv-rate>`` or any element the page defines) in a notebook.

    ``props`` are synced both ways: the element's own changes of a listed property come back. ``html_attributes`` go
    to the element only. Samples of the element's declared events arrive once per animation frame.

    >>> pad = RivuletWidget(tag="riv-pad", props={"height": 240})
    >>> pad.on_events(lambda samples: print(len(samples), samples[-1]["x"]))
    >>> pad.set_props(height=300)  # the element follows
    """

    _esm = widget_module_path()

    tag = traitlets.Unicode("riv-pad", help="the element's tag name, e.g. 'riv-pad'").tag(sync=True)
    props = traitlets.Dict(help="element properties by name, synced both ways").tag(sync=True)
    html_attributes = traitlets.Dict(
        value_trait=traitlets.Unicode(), help="element attributes by name, set on the element"
    ).tag(sync=True)

    def set_props(self, **values: Any) -> None:
        """Sets some element properties, keeping the others (a changed dict, so traitlets syncs it).

        >>> RivuletWidget(props={"height": 200}).set_props(height=120)
        """
        self.props = {**self.props, **values}

    def on_events(self, callback: Callable[[list[dict[str, Any]]], None], remove: bool = False) -> None:
        """Calls ``callback`` with each frame's samples, a list of dicts (``type``, ``x``, ``y``, ``t``, ...).

        >>> RivuletWidget().on_events(print)
        """
        handler = self._event_handlers.get(callback)
        if remove:
            if handler is not None:
                self.on_msg(handler, remove=True)
                del self._event_handlers[callback]
            return
        if handler is not None:
            return

        def handle(_widget: RivuletWidget, content: Any, _buffers: list[bytes]) -> None:
            if isinstance(content, dict) and content.get("kind") == EVENTS_MESSAGE_KIND:
                callback(columns_to_samples(content["columns"]))

        self._event_handlers[callback] = handle
        self.on_msg(handle)

    @property
    def _event_handlers(self) -> dict[Callable[..., None], Callable[..., None]]:
        handlers = self.__dict__.get("_rivulet_event_handlers")
        if handlers is None:
            handlers = self.__dict__["_rivulet_event_handlers"] = {}
        return handlers
