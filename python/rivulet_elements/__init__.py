"""rivulet-elements: host classes that place rivulet's web elements in Bokeh documents."""

from .bokeh_element import RivuletElement

__all__ = ["RivuletElement"]
