"""A matplotlib backend that keeps each figure a snippet shows, as SVG.

A snippet draws a figure the way a reader would: ``plt.show()``. Run by the
engine (``MPLBACKEND=module://verified.engine.figures``), ``show()`` saves the
open figures as SVG into ``SHOWN`` instead of opening a window; the build puts
them under the snippet's output. SVG ids are salted with a constant and the
date is left out, so the same figure gives the same bytes.
"""

from __future__ import annotations

import io

from matplotlib import rcParams
from matplotlib._pylab_helpers import Gcf
from matplotlib.backends.backend_agg import FigureCanvasAgg

FigureCanvas = FigureCanvasAgg
SHOWN: list[str] = []

rcParams["svg.hashsalt"] = "autograd-verified"
rcParams["svg.fonttype"] = "path"  # text as paths: the same look with no font installed


def show(*args, **kwargs) -> None:
    for manager in Gcf.get_all_fig_managers():
        buffer = io.StringIO()
        manager.canvas.figure.savefig(buffer, format="svg", metadata={"Date": None})
        SHOWN.append(buffer.getvalue())
    Gcf.destroy_all()
