"""Which chart library the Dashboard draws with: QtCharts (PySide6-Addons) or pyqtgraph.

    .venv/bin/python tests/bench/charts.py [--points 365] [--repeat 3]
                                           [--pyqtgraph-path /tmp/h3_pyqtgraph]

Prints, in one run, for a bare PySide6 window, a QtCharts bar + line chart of `points`
days and the same chart in pyqtgraph: the import time and the first render (offscreen,
`grab()` to an image, after show and the first layout), each measured in a fresh child
process (an import is only cold once per process), the best of `--repeat` runs; then
the installed size of each package. pyqtgraph is not a dependency of CareDesk: it is
measured only when it can be imported, e.g. installed aside with
`.venv/bin/pip install --target /tmp/h3_pyqtgraph pyqtgraph` and named by
--pyqtgraph-path.

What it showed (2 shared cores, Linux, PySide6 6.12.0, pyqtgraph 0.14.0, numpy 2.4):
import 65 ms bare / 71 ms QtCharts / 320 ms pyqtgraph (numpy is most of it); first
render 10 / 87 / 33 ms; so a chart screen is ready in about 160 ms with QtCharts and
350 ms with pyqtgraph. The Addons wheel is 153 MB installed, of which the Dashboard
loads QtCharts' 3.3 MB; pyqtgraph needs numpy (68 MB) beside its own 8 MB. QtCharts
was chosen: faster to first picture, the same Qt version and licence as the rest of the
window (one wheel family to update), stacked bars, category axes, a second value axis
and hover/click signals on bars out of the box, and no numpy in the desktop package.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("bare", "qtcharts", "pyqtgraph")


# -- the child: one kind, measured from a cold interpreter -------------------------------


def _values(points: int) -> tuple[list[int], list[int]]:
    bars = [20 + (day * 37) % 41 for day in range(points)]
    line = [60 + (day * 13) % 29 for day in range(points)]
    return bars, line


def _bare(points: int):  # noqa: ANN202 - a QWidget, typed after the import it times
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(f"{points} points"))
    return window


def _qtcharts(points: int):  # noqa: ANN202
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QChartView,
        QLineSeries,
        QValueAxis,
    )
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    bars, line = _values(points)
    chart = QChart()
    bar_set = QBarSet("contacts")
    bar_set.append(bars)
    bar_series = QBarSeries()
    bar_series.append(bar_set)
    line_series = QLineSeries()
    for day, value in enumerate(line):
        line_series.append(day, value)
    chart.addSeries(bar_series)
    chart.addSeries(line_series)
    days = QBarCategoryAxis()
    days.append([str(day) for day in range(points)])
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    bar_series.attachAxis(days)
    counts = QValueAxis()
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(counts)
    x_axis = QValueAxis()
    x_axis.setRange(0, points - 1)
    x_axis.setVisible(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    line_series.attachAxis(x_axis)
    line_series.attachAxis(counts)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def _pyqtgraph(points: int):  # noqa: ANN202
    import pyqtgraph as pg

    bars, line = _values(points)
    plot = pg.PlotWidget(background="w")
    plot.addItem(pg.BarGraphItem(x=list(range(points)), height=bars, width=0.8, brush="#4c78a8"))
    plot.plot(list(range(points)), line, pen=pg.mkPen("#f58518", width=2))
    return plot


def child(kind: str, points: int) -> dict[str, float]:
    """Import time and first render of `kind`, in this (fresh) process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    if kind == "qtcharts":
        import PySide6.QtCharts  # noqa: F401
    elif kind == "pyqtgraph":
        import pyqtgraph  # noqa: F401
    imported = time.perf_counter()
    app = QApplication.instance() or QApplication([])
    build = {"bare": _bare, "qtcharts": _qtcharts, "pyqtgraph": _pyqtgraph}[kind]
    widget = build(points)
    widget.resize(900, 360)
    widget.show()
    app.processEvents()
    image = widget.grab().toImage()
    rendered = time.perf_counter()
    if image.isNull():
        raise SystemExit(f"{kind}: nothing rendered")
    return {"import_ms": (imported - start) * 1000, "render_ms": (rendered - imported) * 1000}


# -- the parent: runs the children, prints the table -------------------------------------


def _measure(kind: str, points: int, repeat: int, extra_path: str) -> dict[str, float] | str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), extra_path) if p)
    best: dict[str, float] = {}
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--points", str(points)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["failed"])[-1]
            return f"not measured: {last}"
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        for key, value in figures.items():
            best[key] = min(best.get(key, value), value)
    return best


def _installed_mb(distribution: str, extra_path: str) -> str:
    paths = [extra_path] if extra_path else sys.path
    try:
        dist = next(iter(importlib.metadata.distributions(name=distribution, path=paths)))
    except StopIteration:
        return "not installed"
    total = 0
    for file in dist.files or ():
        located = Path(str(dist.locate_file(file)))
        if located.is_file():
            total += located.stat().st_size
    return f"{total / 1024**2:,.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pyqtgraph-path", default="")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.points)))
        return

    print(f"{args.points} points, best of {args.repeat} cold runs, offscreen, 900x360\n")
    print(f"{'chart':<12} {'import':>10} {'first render':>14} {'total':>10}")
    for kind in KINDS:
        figures = _measure(kind, args.points, args.repeat, args.pyqtgraph_path)
        if isinstance(figures, str):
            print(f"{kind:<12} {figures}")
            continue
        imp, render = figures["import_ms"], figures["render_ms"]
        print(f"{kind:<12} {imp:>7.0f} ms {render:>11.0f} ms {imp + render:>7.0f} ms")

    print(f"\n{'package':<22} {'installed':>12}")
    for name, where in (
        ("PySide6-Essentials", ""),
        ("PySide6-Addons", ""),
        ("pyqtgraph", args.pyqtgraph_path),
        ("numpy", args.pyqtgraph_path),
    ):
        print(f"{name:<22} {_installed_mb(name, where):>12}")
        if name == "PySide6-Addons":
            print(f"{'  of which QtCharts':<22} {_charts_mb():>12}")


def _charts_mb() -> str:
    """What the Dashboard loads of the Addons wheel: the QtCharts library and binding."""
    try:
        import PySide6
    except ImportError:
        return "not installed"
    folder = Path(PySide6.__file__).parent
    files = [*folder.glob("QtCharts.*"), *folder.glob("Qt/lib/libQt6Charts.so*")]
    files += [*folder.glob("Qt6Charts.dll"), *folder.glob("Qt/lib/QtCharts.framework")]
    total = sum(f.stat().st_size for f in files if f.is_file())
    return f"{total / 1024**2:,.1f} MB" if total else "not found"


if __name__ == "__main__":
    main()
