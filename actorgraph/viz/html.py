"""One self-contained HTML page per network: vis-network, the page script and styles are inlined and
the graph travels as escaped JSON, so the file opens from disk with no network access.

Text from documents is data: Jinja autoescapes the title, the JSON block cannot close its ``<script>``,
and the page script builds every tooltip with DOM text nodes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from actorgraph.errors import InvalidInput
from actorgraph.queries.subgraph import Subgraph, cap_subgraph
from actorgraph.viz.network import build_network, status_styles

VIS_NETWORK_VERSION = "9.1.2"
DEFAULT_LAYOUT_BUDGET_S = 5.0
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_CLOSE = re.compile(r"</script|<!--", re.IGNORECASE)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` element (no ``</script>``, ``<!--`` or line separators)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def _inline_safe(code: str, name: str) -> str:
    code = _SOURCE_MAP.sub("", code)
    if _SCRIPT_CLOSE.search(code):
        raise RuntimeError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    return code


@cache
def _assets() -> dict[str, str]:
    vis_dir = resources.files("pyvis").joinpath("lib", f"vis-{VIS_NETWORK_VERSION}")
    static = resources.files("actorgraph.viz").joinpath("static")
    return {
        "vis_js": _inline_safe(vis_dir.joinpath("vis-network.min.js").read_text(encoding="utf-8"), "vis-network"),
        "page_js": _inline_safe(static.joinpath("network.js").read_text(encoding="utf-8"), "network.js"),
        "page_css": _inline_safe(static.joinpath("network.css").read_text(encoding="utf-8"), "network.css"),
    }


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("actorgraph.viz", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template("network.html")


def _default_max_nodes() -> int:
    from actorgraph.settings import Settings

    return Settings().viz_max_nodes


def render_html(subgraph: Subgraph, title: str = "ActorGraph network", max_nodes: int | None = None,
                aggregate: bool = True, physics_iterations: int | None = None,
                layout_budget_s: float = DEFAULT_LAYOUT_BUDGET_S) -> str:
    """The page for ``subgraph``. Above ``max_nodes`` (default: settings ``viz_max_nodes``) only the most
    connected actors are drawn and the page says what was left out. The layout runs at most
    ``physics_iterations`` steps and ``layout_budget_s`` seconds in the browser, then physics stops."""
    if layout_budget_s <= 0:
        raise InvalidInput("layout_budget_s must be positive", field="layout_budget_s")
    cap = max_nodes if max_nodes is not None else _default_max_nodes()
    shown = cap_subgraph(subgraph, cap)
    data = build_network(shown, aggregate=aggregate, physics_iterations=physics_iterations)
    payload = {
        "title": title,
        "nodes": data.nodes,
        "edges": data.edges,
        "options": data.options,
        "legend": data.legend,
        "status_styles": status_styles(),
        "omitted": shown.omitted,
        "kept_by": shown.kept_by,
        "truncated_rows": shown.truncated_rows,
        "counts": {"nodes": len(shown.nodes), "statements": len(shown.edges), "edges": len(data.edges)},
        "aggregate": aggregate,
        "layout_budget_ms": round(layout_budget_s * 1000),
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    assets = _assets()
    return _template().render(title=title, data_json=jinja2.utils.markupsafe.Markup(script_json(payload)),
                              vis_js=jinja2.utils.markupsafe.Markup(assets["vis_js"]),
                              page_js=jinja2.utils.markupsafe.Markup(assets["page_js"]),
                              page_css=jinja2.utils.markupsafe.Markup(assets["page_css"]))


def write_html(subgraph: Subgraph, path: str | Path, title: str = "ActorGraph network",
               max_nodes: int | None = None, aggregate: bool = True, physics_iterations: int | None = None,
               layout_budget_s: float = DEFAULT_LAYOUT_BUDGET_S) -> Path:
    """Write the page to ``path`` (parent directories created) and return the path."""
    html = render_html(subgraph, title=title, max_nodes=max_nodes, aggregate=aggregate,
                       physics_iterations=physics_iterations, layout_budget_s=layout_budget_s)
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as err:
        raise InvalidInput(f"cannot write the page: {err.strerror or err}", file=str(out), field="out") from None
    return out
