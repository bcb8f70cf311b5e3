"""Interactive, self-contained HTML network views (pyvis / vis-network)."""

from actorgraph.viz.html import render_html, script_json, write_html

__all__ = ["render_html", "script_json", "write_html"]
