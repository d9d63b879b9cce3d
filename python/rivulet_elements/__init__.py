"""rivulet's Python halves: host-side classes for rivulet's elements in Jupyter and Panel."""

from .widget import RivuletWidget

__all__ = ["RivuletWidget"]
