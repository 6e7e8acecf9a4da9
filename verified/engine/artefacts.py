"""What a run leaves besides text: figures and graph diagrams, as one kind of thing.

Each collector turns a clean run into ``Artefact``\\ s ``(kind, name, mime,
data)``; ``COLLECTORS`` lists them (sphinx-gallery's ``image_scrapers``), so a
third kind of picture is one more function. The build serves each artefact at
``assets/verified/<snippet>-<kind>-<name>.svg`` and shows it under the output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from verified.engine.graphs import dot_to_svg
from verified.engine.verify import Run


@dataclass(frozen=True)
class Artefact:
    kind: str  # "figure" or "graph"
    name: str  # "1", "2", … for figures; the tensor's name for graphs
    mime: str
    data: bytes

    def site_path(self, snippet_name: str) -> str:
        stem = snippet_name[: -len(".py")]
        return f"assets/verified/{stem}-{self.kind}-{self.name}.svg"


def figures(run: Run, cache_dir: Path) -> list[Artefact]:
    """Each figure the snippet showed with ``plt.show()`` (SVG from matplotlib)."""
    return [
        Artefact("figure", str(number), "image/svg+xml", svg.encode("utf-8"))
        for number, svg in enumerate(run.figures, start=1)
    ]


def graphs(run: Run, cache_dir: Path) -> list[Artefact]:
    """Each autograd graph named by ``# graph:``, drawn by Graphviz."""
    return [
        Artefact(
            "graph",
            graph["name"],
            "image/svg+xml",
            dot_to_svg(graph["dot"], cache_dir / "graphs").encode("utf-8"),
        )
        for graph in run.graphs
    ]


COLLECTORS: list[Callable[[Run, Path], list[Artefact]]] = [figures, graphs]


def collect(run: Run, cache_dir: Path) -> list[Artefact]:
    return [artefact for collector in COLLECTORS for artefact in collector(run, cache_dir)]
