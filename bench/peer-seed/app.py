"""The seed write-up's pipeline, rebuilt from its description as rivulet's benchmark peer: a Panel app whose
HoloViews plot sends pointer moves (PointerXY) into a queue.Queue, drained by a streamz source on streamz's own
thread (get_nowait, else sleep 10 ms), which draws each move back on the plot and prints the events per second.

Usage: python bench/peer-seed/app.py --port 5006 [--rollover 3000]
Prints "peer-seed: serving http://127.0.0.1:<port>/" once listening, then one number (events in the last second)
per second, as the write-up's from_q(q).timed_window(1).map(len).sink(print) does.
"""

import argparse
import asyncio
import contextlib
import queue
import sys
import threading
from functools import partial

import holoviews as hv
import panel as pn
from streamz import Source, Stream

QUEUE_CAPACITY = 10_000
"""Moves the queue holds; a move that finds it full is dropped (drop-newest), so the Tornado thread never blocks;
the benchmark counts it as lost, since it never reaches the stream."""


@Stream.register_api(staticmethod)
class from_q(Source):  # noqa: N801 - streamz names its nodes in lower case
    """Emits every item put into a thread-safe queue: polls it with get_nowait and sleeps `sleep_time` s when empty,
    because a queue.Queue cannot be awaited without blocking the stream's event loop.

    Example: Stream.from_q(q).timed_window(1).map(len).sink(print)
    """

    def __init__(self, q, sleep_time=0.01, **kwargs):
        self.q = q
        self.sleep_time = sleep_time
        super().__init__(**kwargs)

    async def _run(self):
        try:
            item = self.q.get_nowait()
        except queue.Empty:
            await asyncio.sleep(self.sleep_time)
            return
        await self.emit(item, asynchronous=True)


class Drawing:
    """The open sessions' plots: each move the stream emits is streamed into every one of them, on its own
    document's thread (Bokeh documents may only be changed there)."""

    def __init__(self, rollover):
        self.rollover = rollover
        self._plots = set()
        self._lock = threading.Lock()

    def add(self, plot):
        with self._lock:
            self._plots.add(plot)

    def remove(self, plot):
        with self._lock:
            self._plots.discard(plot)

    def draw(self, move):
        x, y = move
        with self._lock:
            plots = list(self._plots)
        for plot in plots:
            document = plot.document
            if document is not None:
                source = plot.handles["source"]
                document.add_next_tick_callback(partial(source.stream, {"x": [x], "y": [y]}, self.rollover))


class Moves:
    """The bounded queue between the Tornado thread (Bokeh callbacks) and the streamz thread."""

    def __init__(self):
        self.queue = queue.Queue(maxsize=QUEUE_CAPACITY)

    def put(self, x=None, y=None):
        if x is None or y is None:  # PointerXY reports (None, None) before the first move
            return
        with contextlib.suppress(queue.Full):
            self.queue.put_nowait((x, y))


def app(moves, drawing):
    """One session's page: a HoloViews scatter over 0..100 x 0..100 whose pointer moves go into `moves`."""

    def remember(plot, element):
        drawing.add(plot)
        pn.state.on_session_destroyed(lambda context: drawing.remove(plot))

    points = hv.Points([], kdims=["x", "y"]).opts(
        xlim=(0, 100),
        ylim=(0, 100),
        width=600,
        height=420,
        size=7,
        color="#2563eb",
        line_width=0,
        tools=[],
        default_tools=[],
        toolbar=None,
        title="Where the pointer moves (Panel + HoloViews + streamz)",
        backend_opts={"plot.output_backend": "canvas"},  # as rivulet's example: no GPU here (see the README)
        hooks=[remember],
    )
    pointer = hv.streams.PointerXY(source=points)
    pointer.add_subscriber(moves.put)
    return pn.Column(pn.pane.HoloViews(points))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rollover", type=int, default=3000)
    args = parser.parse_args()

    hv.extension("bokeh")
    moves = Moves()
    drawing = Drawing(args.rollover)
    source = Stream.from_q(moves.queue)
    source.sink(drawing.draw)
    source.timed_window(1).map(len).sink(partial(print, flush=True))
    source.start()

    address = f"127.0.0.1:{args.port}"
    server = pn.serve(
        {"/": lambda: app(moves, drawing)},
        address="127.0.0.1",
        port=args.port,
        websocket_origin=[address],
        show=False,
        start=False,
        title="peer-seed",
    )
    print(f"peer-seed: serving http://{address}/", flush=True)
    try:
        server.io_loop.start()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
