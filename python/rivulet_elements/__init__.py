"""rivulet-elements: host classes that place rivulet's web elements in Bokeh documents, Jupyter and Panel."""

from .bokeh_element import RivuletElement
from .widget import RivuletWidget

__all__ = ["RivuletElement", "RivuletWidget"]
