"""The mechanical facts in README.md and docs/*.md stay true: settings, commands and options, named queries and
their parameters, API endpoints and their query parameters, the compose file's variables, repository paths and
links. No store or server is needed.

Each check parses the Markdown the way a reader would (tables, code blocks, inline code) and compares it with
the code's own registry: ``Settings``, the Typer/Click command tree, ``named_queries()``, the OpenAPI schema.
"""

from __future__ import annotations

import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from pydantic import TypeAdapter

from actorgraph.api.app import create_app
from actorgraph.cli import app as cli_app
from actorgraph.queries.named import bind_params, named_queries
from actorgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PREFIX = "ACTORGRAPH_"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# -- Markdown pieces ---------------------------------------------------------------------------------------

def code_blocks(text: str) -> Iterator[tuple[str, str]]:
    """(info string, body) of each fenced code block."""
    for m in re.finditer(r"^```([^\n]*)\n(.*?)^```", text, re.S | re.M):
        yield m.group(1).strip(), m.group(2)


def command_lines(text: str) -> Iterator[str]:
    """Shell lines of code blocks (prompt and continuations joined) and inline code spans that run actorgraph."""
    for info, body in code_blocks(text):
        if info.split(" ")[0] not in {"", "sh", "bash", "console", "shell"}:
            continue
        body = body.replace("\\\n", " ")
        for line in body.splitlines():
            line = line.strip()
            yield line[2:] if line.startswith("$ ") else line
    for m in re.finditer(r"(?<!`)`(actorgraph [^`\n]+)`(?!`)", text):
        yield m.group(1)


def table_rows(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line.startswith("|") and not re.match(r"^\|[-| :]+\|$", line):
            yield [c.strip() for c in line.strip().strip("|").split("|")]


def backticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


# -- settings ----------------------------------------------------------------------------------------------

def _cli_commands() -> Any:
    return typer.main.get_command(cli_app)


def _walk(cmd: Any) -> Iterator[Any]:
    yield cmd
    for sub in getattr(cmd, "commands", {}).values():
        yield from _walk(sub)


def cli_env_defaults() -> dict[str, Any]:
    """ACTORGRAPH_* variables read by CLI options themselves (not Settings), with the option's default."""
    out: dict[str, Any] = {}
    for cmd in _walk(_cli_commands()):
        for p in cmd.params:
            for env in [p.envvar] if isinstance(p.envvar, str) else (p.envvar or []):
                if env.startswith(PREFIX):
                    out[env] = p.default
    return out


def readme_settings_table(text: str) -> dict[str, str]:
    return {backticked(row[0])[0]: row[1] for row in table_rows(text)
            if len(row) == 3 and backticked(row[0]) and backticked(row[0])[0].startswith(PREFIX)}


def default_mismatch(var: str, cell: str, default: Any, annotation: Any) -> str | None:
    """Why the README's default cell does not state ``default``; None when it does."""
    values = backticked(cell)
    if default is None:
        return f"{var}: no default in the code, README says {values[0]!r}" if values else None
    if default == []:
        return None if "empty" in cell else f"{var}: default is empty, README says {cell!r}"
    if isinstance(default, Path):
        if not sys.platform.startswith("linux"):
            return None  # the README states the Linux default
        shown = str(default).replace(str(Path.home()), "~", 1)
        return None if shown in values else f"{var}: default is {shown}, README says {cell!r}"
    if not values:
        return f"{var}: default is {default!r}, README gives none"
    try:
        stated = TypeAdapter(annotation).validate_python(values[0])
    except ValueError:
        return f"{var}: README default {values[0]!r} is not a valid value"
    return None if stated == default else f"{var}: default is {default!r}, README says {values[0]!r}"


def test_readme_settings_table_matches_settings_and_cli_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # the README states the platform default
    table = readme_settings_table(_text(ROOT / "README.md"))
    fields = {PREFIX + name.upper(): f for name, f in Settings.model_fields.items()}
    cli_env = cli_env_defaults()
    assert set(table) == set(fields) | set(cli_env), (
        f"missing from README: {sorted((set(fields) | set(cli_env)) - set(table))}; "
        f"in README but read by nothing: {sorted(set(table) - set(fields) - set(cli_env))}")
    problems = []
    for var, cell in table.items():
        if var in fields:
            f = fields[var]
            default = f.get_default(call_default_factory=True)
            problems.append(default_mismatch(var, cell, default, f.annotation))
        else:
            problems.append(default_mismatch(var, cell, cli_env[var], type(cli_env[var])))
    assert [p for p in problems if p] == []


# -- CLI commands and options ------------------------------------------------------------------------------

def actorgraph_invocations(line: str) -> Iterator[list[str]]:
    """The arguments after each ``actorgraph`` in one shell line (pipes, ``&&`` and redirections cut)."""
    try:
        tokens = shlex.split(line, comments=True)
    except ValueError:
        tokens = line.split()
    tokens = [t.strip("[]") for t in tokens]  # usage synopses: `actorgraph link [--dry-run]`
    for i, tok in enumerate(tokens):
        if tok == "actorgraph" or tok.endswith("/actorgraph"):
            args = []
            for t in tokens[i + 1:]:
                if t in {"|", "&&", "||", ";", ">", ">>", "<", "2>", "&"} or t.startswith((">", "<", "2>")):
                    break
                args.append(t)
            yield args


def check_invocation(args: list[str]) -> list[str]:
    """Problems with one ``actorgraph ARGS`` call: unknown commands, unknown options, unknown named queries."""
    cmd, path, problems = _cli_commands(), ["actorgraph"], []
    rest, positionals = list(args), 0
    while rest:
        tok = rest.pop(0)
        if tok == "--help":
            continue
        if tok.startswith("-") and tok != "-":
            opt = next((p for p in cmd.params if tok.split("=")[0] in (*p.opts, *p.secondary_opts)), None)
            if opt is None:
                problems.append(f"{' '.join(path)}: no option {tok.split('=')[0]}")
            elif not opt.is_flag and "=" not in tok and rest:
                value = rest.pop(0)
                if opt.name == "param" and path[-1] in {"query", "viz"}:
                    problems += _check_query_param(args, value)
            continue
        subs = getattr(cmd, "commands", None)
        if subs is None:
            positionals += 1
            if path[-1] == "query" and positionals == 1 and tok not in named_queries() and not tok.isupper():
                problems.append(f"actorgraph query: no named query {tok!r}")
            continue  # a positional argument
        if tok.isupper() or tok == "…":  # a placeholder: `actorgraph COMMAND --help`
            return problems
        if tok not in subs:
            problems.append(f"{' '.join(path)}: no command {tok!r}")
            return problems
        cmd = subs[tok]
        path.append(tok)
    return problems


def _query_name(args: list[str]) -> str | None:
    for flag in ("query", "--query", "-q"):
        if flag in args and args.index(flag) + 1 < len(args):
            return args[args.index(flag) + 1]
    return None


def _check_query_param(args: list[str], item: str) -> list[str]:
    """A documented ``-p key=value`` must name a parameter of the query and be a valid value for it."""
    name = _query_name(args)
    query = named_queries().get(name or "")
    if query is None or "=" not in item:
        return []
    key, _, value = item.partition("=")
    if key not in query.params:
        return [f"actorgraph query {name}: no parameter {key!r}"]
    if query.params[key].type in {"actor", "relation"} or value.endswith(("…", "...")):
        return []  # resolved against a store; not checked here
    try:
        required = [p for p, spec in query.params.items() if spec.required]
        bind_params(query, {**{p: "x" for p in (*query.one_of, *required)}, key: value})
    except (ValueError, LookupError) as err:
        if getattr(err, "field", key) == key:
            return [f"actorgraph query {name}: -p {item}: {err}"]
    return []


def documented_invocations() -> Iterator[tuple[str, str, list[str]]]:
    for path in DOCS:
        for line in command_lines(_text(path)):
            for args in actorgraph_invocations(line):
                yield path.name, line, args


def test_doc_commands_and_options_exist() -> None:
    seen = list(documented_invocations())
    assert len(seen) > 40, "the parser found too few commands; it is broken, not the docs"
    problems = [f"{name}: {line!r}: {p}" for name, line, args in seen for p in check_invocation(args)]
    assert problems == []


# -- named queries ---------------------------------------------------------------------------------------

def query_table_problems(text: str) -> list[str]:
    """Differences between the named-query table of docs/queries.md and ``named_queries()``."""
    queries = named_queries()
    rows = {backticked(r[0])[0]: r[-1] for r in table_rows(text)
            if len(r) == 3 and r[1] != "answers" and backticked(r[0]) and re.fullmatch(r"[a-z_]+", backticked(r[0])[0])}
    problems = [f"no named query {n!r}" for n in rows if n not in queries]
    problems += [f"named query {n!r} is not in the table" for n in queries if n not in rows]
    for name, cell in rows.items():
        if name not in queries:
            continue
        params = queries[name].params
        documented = set(re.findall(r"`(\w+)`", cell))
        required = set(re.findall(r"`(\w+)`\*", cell))
        if documented != set(params):
            problems.append(f"{name}: documented parameters {sorted(documented)}, real {sorted(params)}")
        if required != {p for p, spec in params.items() if spec.required}:
            problems.append(f"{name}: documented required {sorted(required)}, real "
                            f"{sorted(p for p, spec in params.items() if spec.required)}")
    return problems


def test_queries_md_table_lists_every_named_query_with_its_parameters() -> None:
    assert query_table_problems(_text(ROOT / "docs" / "queries.md")) == []


# -- API endpoints ---------------------------------------------------------------------------------------

ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/[\w{}/,.\-]*)(\?[\w=&.,\-]*)?")
LOCAL_URL = re.compile(r"localhost:\d+(/[\w{}/\-]*)(\?[\w=&.,\-]*)?")


def documented_endpoints() -> Iterator[tuple[str, str, str, list[str]]]:
    """(doc, method or '', path, query parameter names) for every endpoint the docs name."""
    for path in DOCS:
        text = _text(path)
        for m in ENDPOINT.finditer(text):
            names = re.findall(r"[?&](\w+)=", m.group(3) or "")
            for one in _expand_braces(m.group(2).rstrip(".,")):
                yield path.name, m.group(1).lower(), one, names
        for m in LOCAL_URL.finditer(text):
            yield path.name, "", m.group(1), re.findall(r"[?&](\w+)=", m.group(2) or "")


def _expand_braces(path: str) -> list[str]:
    m = re.search(r"\{([^{}]*,[^{}]*)\}", path)
    if not m:
        return [path]
    return [p for alt in m.group(1).split(",") for p in _expand_braces(path[:m.start()] + alt + path[m.end():])]


def _enum(schema: dict[str, Any], spec: dict[str, Any]) -> list[Any] | None:
    while "$ref" in spec:
        spec = schema["components"]["schemas"][spec["$ref"].rsplit("/", 1)[1]]
    return spec.get("enum")


def match_endpoint(schema: dict[str, Any], method: str, path: str, query: list[str]) -> str | None:
    """Why the documented endpoint does not exist; None when it does."""
    want = path.rstrip("/").split("/")
    for template, ops in schema["paths"].items():
        have = template.split("/")
        if len(have) != len(want) or not all(h == w or h.startswith("{") for h, w in zip(have, want, strict=True)):
            continue
        for m, op in ops.items():
            if method and m != method:
                continue
            params = {p["name"]: p for p in op.get("parameters", [])}
            bad_values = [w for h, w in zip(have, want, strict=True) if h.startswith("{") and not w.startswith("{")
                          and (e := _enum(schema, params[h[1:-1]]["schema"])) is not None and w not in e]
            missing = [q for q in query if q not in params]
            if not bad_values and not missing:
                return None
            return f"{method.upper()} {template}: unknown path value(s) {bad_values} or parameter(s) {missing}"
    return f"no endpoint {method.upper()} {path}"


def test_doc_endpoints_exist_in_the_api() -> None:
    schema = create_app(Settings()).openapi()
    found = list(documented_endpoints())
    assert len(found) > 25, "the parser found too few endpoints; it is broken, not the docs"
    problems = [f"{doc}: {problem}" for doc, method, path, query in found
                if path not in {"/docs", "/openapi.json"}
                and (problem := match_endpoint(schema, method, path, query)) is not None]
    assert problems == []


def test_deploy_md_names_every_variable_the_compose_file_reads() -> None:
    compose = set(re.findall(r"(?<!\$)\$\{(\w+)", _text(ROOT / "docker-compose.yml")))  # $${X}: the container's
    section = _text(ROOT / "docs" / "deploy.md").split("Variables read by the compose file", 1)[1].split("\n\n")[0]
    documented = {v for v in backticked(section) if re.fullmatch(r"[A-Z][A-Z0-9_]+", v)}
    assert compose and compose == documented


# -- files and links ---------------------------------------------------------------------------------------

REPO_PATH = re.compile(r"`((?:actorgraph|tests|benchmarks|tools|examples|docs)/[^`\s]*)`")
LINK = re.compile(r"\]\(([^)#\s]*)(?:#([^)\s]+))?\)")


def heading_anchors(text: str) -> set[str]:
    """GitHub's anchors for the Markdown headings: lower case, punctuation but - and _ dropped, - for spaces."""
    body = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return {re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            for m in re.finditer(r"^#{1,6} (.+)$", body, re.M)}


def path_and_link_problems(doc: Path, text: str) -> list[str]:
    problems = []
    for m in REPO_PATH.finditer(text):
        path = m.group(1).rstrip("/")
        if not re.search(r"[A-Z]{3,}", path) and not list(ROOT.glob(path)):  # NAME.cypher is a placeholder
            problems.append(f"{doc.name}: no file {path}")
    for m in LINK.finditer(text):
        target, anchor = m.group(1), m.group(2)
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        file = (doc.parent / target) if target else doc
        if not file.exists():
            problems.append(f"{doc.name}: link to missing {target}")
        elif anchor and file.suffix == ".md" and anchor not in heading_anchors(_text(file)):
            problems.append(f"{doc.name}: no heading #{anchor} in {file.name}")
    return problems


def test_doc_file_paths_and_links_exist() -> None:
    assert [p for doc in DOCS for p in path_and_link_problems(doc, _text(doc))] == []


# -- the checks themselves catch planted errors -------------------------------------------------------------

def test_the_checks_fail_on_planted_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert check_invocation(["ingest", "--no-such-option", "x/"]) == ["actorgraph ingest: no option --no-such-option"]
    assert check_invocation(["merges", "purge"]) == ["actorgraph merges: no command 'purge'"]
    assert check_invocation(["--store", "bolt://x", "querry"]) == ["actorgraph: no command 'querry'"]
    assert check_invocation(["query", "ego_network", "-p", "hop=2"]) != []
    assert check_invocation(["query", "ego_network", "-p", "hops=9"]) != []  # out of bounds
    assert check_invocation(["query", "no_such_query"]) != []
    assert check_invocation(["query", "ego_network", "-p", "actor=x", "-p", "hops=2", "-f", "json"]) == []
    assert list(actorgraph_invocations("curl -s x | actorgraph ingest - --stdin-format html > out")) == [
        ["ingest", "-", "--stdin-format", "html"]]
    readme = ROOT / "README.md"
    assert path_and_link_problems(readme, "see `actorgraph/graph/ontologie.yaml`") != []
    assert path_and_link_problems(readme, "[q](docs/queries.md#no-such-heading)") != []
    assert path_and_link_problems(readme, "[q](docs/querys.md)") != []
    assert path_and_link_problems(readme, "[q](docs/queries.md#named-queries) `tests/test_docs_truth.py`") == []
    table = _text(ROOT / "docs" / "queries.md")
    assert query_table_problems(table.replace("`text`*, `kind`", "`text`, `kind`")) != []  # required lost
    assert query_table_problems(table.replace("| `timeline` |", "| `timelines` |")) != []  # renamed
    assert query_table_problems(table.replace("`source`*, `target`*, `limit` |", "`source`*, `target`* |")) != []
    f = Settings.model_fields["max_rows"]
    assert default_mismatch("ACTORGRAPH_MAX_ROWS", "`10000`", f.default, f.annotation) is None
    assert default_mismatch("ACTORGRAPH_MAX_ROWS", "`1000`", f.default, f.annotation) is not None
    assert default_mismatch("ACTORGRAPH_API_KEY", "`x`", None, str) is not None
    schema = create_app(Settings()).openapi()
    assert match_endpoint(schema, "get", "/actors/{id}/neighbors", ["hops"]) is None
    assert match_endpoint(schema, "get", "/actors/{id}/neighbours", []) is not None
    assert match_endpoint(schema, "post", "/stats", []) is not None
    assert match_endpoint(schema, "get", "/relations", ["nope"]) is not None
    assert match_endpoint(schema, "get", "/export/pdf", []) is not None
    assert match_endpoint(schema, "get", "/export/gexf", []) is None
