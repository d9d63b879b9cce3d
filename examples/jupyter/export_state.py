"""Writes examples/jupyter/widget-state.json: the state of two RivuletWidgets as ipywidgets.embed exports it.

Run from the repository root after ``npm run build``:
``PYTHONPATH=python .venv/bin/python examples/jupyter/export_state.py``. Each ``_esm`` (the module text) is replaced
by the served file's path, because a page under a strict Content-Security-Policy cannot import module text.
"""

import json
from pathlib import Path

from ipywidgets.embed import embed_data

from rivulet_elements import RivuletWidget

pad = RivuletWidget(tag="riv-pad", props={"height": 240}, html_attributes={"title": "Move the pointer here"})
rate = RivuletWidget(tag="riv-rate", props={"label": "Set in Python:", "unit": "widgets", "value": 2})
data = embed_data(views=[pad, rate], drop_defaults=False)
for model in data["manager_state"]["state"].values():
    if "_esm" in model["state"]:
        model["state"]["_esm"] = "../../dist/rivulet-widget.js"
out = Path(__file__).with_name("widget-state.json")
out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
print(f"wrote {out}")
