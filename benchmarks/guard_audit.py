"""What the extractor's guards throw away, scored against gold (a debug harness; the extractor is not changed).

Every guard of the list below is switched off for the run, and what it would have dropped is kept but tagged
``dropped_by`` (a ``continue`` in ``find_relations`` or ``complete_relations`` turned into a tag, a filter of
raw relations or of the extraction's relations made to pass everything and tag what it drops). Each tagged
triple that the normal extraction does not have is then scored against the document's gold: right (a gold
triple the extraction misses) or wrong. Only this process is patched; nothing is patched unless this module runs.

    python -m benchmarks.guard_audit [--sets corpus_blind10 ...] [--origins] [--show GUARD]
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

import yaml

from benchmarks.eval_extraction import corpus_pairs, load_article, match_actors
from benchmarks.pool_eval import DEV_SETS, ROOT

TAG = "dropped_by"
NEW_SETS = ("corpus_blind10", "corpus_blind11", "corpus_blind12", "corpus_blind13", "corpus_blind14",
            "corpus_blind15")


def _tag(props: dict[str, Any], guard: str) -> None:
    old = props.get(TAG)
    props[TAG] = f"{old}+{guard}" if old and guard not in str(old).split("+") else (old or guard)


class _Guards(ast.NodeTransformer):
    """``if COND: continue`` (body only the continue) at the lines given -> ``if COND: <record guard>``."""

    def __init__(self, lines: dict[int, str], record: Callable[[str], ast.stmt]) -> None:
        self.lines, self.record = lines, record
        self.done: set[int] = set()

    def visit_If(self, node: ast.If) -> ast.AST:
        self.generic_visit(node)
        if len(node.body) == 1 and isinstance(node.body[0], ast.Continue) and not node.orelse \
                and node.lineno in self.lines:
            self.done.add(node.lineno)
            node.body = [self.record(self.lines[node.lineno])]
        return node


def _guard_lines(func: Callable[..., Any], prefix: str, skip: set[str]) -> dict[int, str]:
    """Lines (of the function's own source, from 1) of every ``if ...: continue`` not in ``skip`` (their
    source text starts with one of these), named ``prefix:<file line>``."""
    src = textwrap.dedent(inspect.getsource(func))
    first = inspect.getsourcelines(func)[1]
    out = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.If) and len(node.body) == 1 and isinstance(node.body[0], ast.Continue) \
                and not node.orelse:
            text = ast.get_source_segment(src, node.test) or ""
            if not any(text.startswith(s) for s in skip):
                out[node.lineno] = f"{prefix}:{first + node.lineno - 1}"
    return out


def _recompile(func: Callable[..., Any], tree: ast.AST) -> Callable[..., Any]:
    module = sys.modules[func.__module__]
    ast.fix_missing_locations(tree)
    namespace = dict(module.__dict__)
    exec(compile(tree, inspect.getsourcefile(func) or "<audit>", "exec"), namespace)
    return namespace[func.__name__]  # type: ignore[no-any-return]


def _stmt(code: str) -> list[ast.stmt]:
    return ast.parse(textwrap.dedent(code)).body


def patched_find_relations(names: dict[str, str]) -> Callable[..., Any]:
    """find_relations with its guards as tags: the outer loop's guards tag all that its trigger yields after
    them, the inner loop's (per source and target) only that pair's relations."""
    from actorgraph.loaders.extractor import relations as mod

    func = mod.find_relations
    skip = {"not agents and not implicit", "t is None and not needs_partner"}
    lines = _guard_lines(func, "rel", skip)
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    fdef = tree.body[0]
    assert isinstance(fdef, ast.FunctionDef)
    outer = next(n for n in fdef.body if isinstance(n, ast.For))
    inner_for = [n for n in ast.walk(outer) if isinstance(n, ast.For) and n is not outer]
    inner = inner_for[-1]  # ``for t in target_options`` (nested in ``for a in agent_options``)
    inner_lines = {n.lineno for n in ast.walk(inner) if isinstance(n, ast.If)}
    outer_guards = {k: v for k, v in lines.items() if k not in inner_lines}
    inner_guards = {k: v for k, v in lines.items() if k in inner_lines}
    names.update({v: "" for v in lines.values()})

    def rec(var: str) -> Callable[[str], ast.stmt]:
        return lambda guard: _stmt(f"{var}.append({guard!r})")[0]

    _Guards(outer_guards, rec("_audit_drop")).visit(outer)
    _Guards(inner_guards, rec("_audit_idrop")).visit(inner)
    inner.body = _stmt("_audit_idrop = []\n_audit_m0 = len(out)") + inner.body + _stmt(
        "for _audit_r in out[_audit_m0:]:\n    for _g in _audit_idrop:\n        _audit_tag(_audit_r.props, _g)")
    outer.body = _stmt("_audit_drop = ['hits:after'] if id(trig) in _AUDIT_RELAXED else []\n_audit_n0 = len(out)") \
        + outer.body + _stmt(
        "for _audit_r in out[_audit_n0:]:\n    for _g in _audit_drop:\n        _audit_tag(_audit_r.props, _g)")
    mod.__dict__["_audit_tag"] = _tag
    mod.__dict__["_AUDIT_RELAXED"] = _RELAXED
    mod.__dict__["kept_hits"] = relaxed_hits(mod.kept_hits)
    names["hits:after"] = ""
    return _recompile(func, tree)


_RELAXED: set[int] = set()  # ids of the triggers relaxed_hits let through
_KEEP: list[Any] = []  # (and those triggers, so that no id is reused)


def relaxed_hits(func: Callable[..., Any]) -> Callable[..., Any]:
    """kept_hits with the triggers whose ``after`` condition fails kept too (without the condition; noted)."""
    import dataclasses

    def wrapped(low: str, spans: Any, lex: Any, trigger_hits: Any = None) -> Any:
        from actorgraph.loaders.extractor.trigger_scan import sentence_trigger_hits

        hits = sentence_trigger_hits(low, lex) if trigger_hits is None else trigger_hits
        relaxed = []
        for s, e, trig in hits:
            if trig.after and not trig.after.search(low[e : e + 120]):
                trig = dataclasses.replace(trig, after=None)
                _RELAXED.add(id(trig))
                _KEEP.append(trig)
            relaxed.append((s, e, trig))
        return func(low, spans, lex, relaxed)
    return wrapped


def patched_complete_relations(names: dict[str, str]) -> Callable[..., Any]:
    """complete_relations with the guards that drop a relation still holding a source (and a partner to find)."""
    from actorgraph.loaders.extractor import discourse as mod

    func = mod.complete_relations
    keep = ("not_a_deed(r)", "r.type == \"AIDS\" and _CONTRABAND", "_object_named_after(r, table)",
            "r.type in _STATE_ACTS and r.target")
    lines = {k: v for k, v in _guard_lines(func, "discourse", set()).items()}
    src = textwrap.dedent(inspect.getsource(func))
    tree = ast.parse(src)
    chosen = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and node.lineno in lines \
                and (ast.get_source_segment(src, node.test) or "").startswith(keep):
            chosen[node.lineno] = lines[node.lineno]
    names.update({v: "" for v in chosen.values()})
    mod.__dict__["_audit_tag"] = _tag
    _Guards(chosen, lambda guard: _stmt(f"_audit_tag(r.props, {guard!r})")[0]).visit(tree)
    return _recompile(func, tree)


def patched_build(names: dict[str, str], casualties: bool = True) -> Callable[..., Any]:
    """build_extraction keeping the tag in the relation's properties, relations of casualties (tagged), and an
    untagged relation always before a tagged one of the same key."""
    from actorgraph.loaders.extractor import build as mod

    src = textwrap.dedent(inspect.getsource(mod.build_extraction))
    edits = [
        ("or r.props.get(\"casualties\"):\n            continue",
         "or r.props.get(\"casualties\") and False:\n            continue\n"
         "        if r.props.get(\"casualties\"):\n            _audit_tag(r.props, \"build:casualties\")"),
        ("if key in relations and not relations[key].confidence < r.confidence:",
         "if key in relations and (bool(relations[key].properties.get('dropped_by')) < bool(r.props.get('dropped_by'))"
         " or bool(relations[key].properties.get('dropped_by')) == bool(r.props.get('dropped_by'))"
         " and not relations[key].confidence < r.confidence):"),
        ("if r.implicit:\n", "if r.props.get('dropped_by'):\n            props['dropped_by'] = r.props['dropped_by']\n"
                             "        if r.props.get('origin'):\n            props['origin'] = r.props['origin']\n"
                             "        if r.implicit:\n"),
    ]
    for old, new in edits[0 if casualties else 1 :]:
        assert old in src, old
        src = src.replace(old, new, 1)
    names["build:casualties"] = ""
    mod.__dict__["_audit_tag"] = _tag
    return _recompile(mod.build_extraction, ast.parse(src))


def raw_filter(func: Callable[..., Any], guard: str, items_at: int = -1) -> Callable[..., Any]:
    """A function returning a list of raw relations less some of its input: all kept, the dropped tagged."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        given = list(args[items_at]) if items_at >= 0 else list(args[-1])
        out = func(*args, **kwargs)
        kept = {id(r) for r in out}
        dropped = [r for r in given if id(r) not in kept]
        for r in dropped:
            _tag(r.props, guard)
        return sorted(out + dropped, key=lambda r: r.sentence.index)
    return wrapped


def predicate(func: Callable[..., bool], guard: str) -> Callable[..., bool]:
    """A test that drops a raw relation: never true, the relation tagged instead."""

    def wrapped(r: Any, *args: Any) -> bool:
        if func(r, *args):
            _tag(r.props, guard)
        return False
    return wrapped


def relation_filter(func: Callable[..., Any], guard: str) -> Callable[..., Any]:
    """A filter of the extraction's relations (``list[Relation], kinds -> list[Relation]``)."""

    def wrapped(relations: list[Any], *args: Any) -> list[Any]:
        out = func(relations, *args)
        kept = {id(r) for r in out}
        dropped = [r for r in relations if id(r) not in kept]
        for r in dropped:
            r.properties[TAG] = f"{r.properties[TAG]}+{guard}" if r.properties.get(TAG) else guard
        return list(out) + dropped
    return wrapped


def extraction_filter(func: Callable[..., Any], guard: str) -> Callable[..., Any]:
    def wrapped(extraction: Any, *args: Any) -> Any:
        before = list(extraction.relations)
        out = func(extraction, *args)
        kept = {id(r) for r in out.relations}
        dropped = [r for r in before if id(r) not in kept]
        for r in dropped:
            r.properties[TAG] = f"{r.properties[TAG]}+{guard}" if r.properties.get(TAG) else guard
        out.relations = list(out.relations) + dropped
        return out
    return wrapped


def install() -> dict[str, str]:
    """Patch the guards; their names."""
    from actorgraph.loaders.extractor import affiliation_checks, build, discourse, extractor, relations

    names: dict[str, str] = {}
    rel = patched_find_relations(names)
    comp = patched_complete_relations(names)
    bld = patched_build(names)
    extractor.__dict__["find_relations"] = rel
    extractor.__dict__["complete_relations"] = comp
    extractor.__dict__["build_extraction"] = bld
    del relations, discourse, build
    for name, guard, at in (("conditioned_threats", "conditioned_threats", 2),
                            ("without_summons_purposes", "summons_purposes", 0),
                            ("drop_contradicted_affiliations", "contradicted_affiliations", 0),
                            ("headline_people", "headline_people", 0),
                            ("without_headline_stances", "headline_stances", 0)):
        extractor.__dict__[name] = raw_filter(getattr(extractor, name), guard, at)
        names[guard] = ""
    for name, guard in (("fired_official", "fired_official"), ("across_fronted_question", "fronted_question"),
                        ("writers_act", "writers_act")):
        extractor.__dict__[name] = predicate(getattr(extractor, name), guard)
        names[guard] = ""
    for name, guard in (("without_acts_against_own_people", "own_people"),
                        ("without_suspensions_of_people", "suspensions"),
                        ("bans_of_bodies_as_designations", "bans_as_designations")):
        affiliation_checks.__dict__[name] = relation_filter(getattr(affiliation_checks, name), guard)
        names[guard] = ""
    extractor.__dict__["without_counted_patients"] = extraction_filter(extractor.without_counted_patients,
                                                                      "counted_patients")
    names["counted_patients"] = ""
    return names


def install_origins() -> None:
    """Stamp each raw relation with the function of the pipeline that first returned it (``origin``), marked
    ``/dt`` when discourse found its target and ``/impl`` when its agent is implicit."""
    from actorgraph.loaders.extractor import discourse, extractor
    from actorgraph.loaders.extractor.relations import RawRelation

    def stamp(func: Callable[..., Any], name: str) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            out = func(*args, **kwargs)
            if isinstance(out, list):
                for x in out:
                    if isinstance(x, RawRelation) and "origin" not in x.props:
                        x.props["origin"] = name
            return out
        return wrapped

    for module in (extractor, discourse):
        for name, value in list(module.__dict__.items()):
            if inspect.isfunction(value) and value.__module__.startswith("actorgraph.loaders.extractor") \
                    and name not in ("build_extraction", "complete_relations"):
                module.__dict__[name] = stamp(value, name)
    comp = stamp(extractor.complete_relations, "complete_relations")
    names: dict[str, str] = {}
    bld = patched_build(names, casualties=False)

    def build(document: Any, sentences: Any, mentions: Any, table: Any, raw: Any, origin: Any = None) -> Any:
        for r in raw:
            label = r.props.get("origin", "?")
            r.props["origin"] = label + ("/dt" if r.props.get("target") == "discourse" else "") \
                + ("/impl" if r.implicit else "")
        return bld(document, sentences, mentions, table, raw, origin)
    extractor.__dict__["complete_relations"] = comp
    extractor.__dict__["build_extraction"] = build


def origins(sets: list[str], show: str | None, by_type: bool = False) -> None:
    """True and spurious relations by the function that made them, blind10-15 apart from the older sets."""
    from actorgraph.loaders.extractors import get_extractor

    install_origins()
    extractor = get_extractor("rules")
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for name in sets:
        for txt, gold_path in corpus_pairs(ROOT / name):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            extraction = extractor.extract(load_article(txt))
            to_gold = match_actors(extraction, gold)
            best: dict[tuple[str, str, str], Any] = {}
            for r in extraction.relations:
                key = (to_gold.get(r.source, r.source), r.type, to_gold.get(r.target, r.target))
                if key not in best or best[key].confidence < r.confidence:
                    best[key] = r
            gold_keys = _gold_keys(gold)
            group = "new" if name in NEW_SETS else "old"
            for key, r in best.items():
                right = key in gold_keys
                label = str(r.properties.get("origin", "?")) + (f" {r.type}" if by_type else "")
                table[label][f"{group}_{'right' if right else 'wrong'}"] += 1
                if show and label.startswith(show):
                    print(f"{'RIGHT' if right else 'wrong'} {name}/{txt.stem}: {key[0]} -{key[1]}-> {key[2]}"
                          f"   [{label}] {r.properties.get('trigger')}")
    print(f"{'origin':42} {'new R/W':>9} {'P':>5}  {'all R/W':>9} {'P':>5}")
    for label in sorted(table, key=lambda g: -sum(table[g].values())):
        c = table[label]
        nr, nw, orr, ow = c["new_right"], c["new_wrong"], c["old_right"], c["old_wrong"]
        p_new = f"{nr / (nr + nw):.2f}" if nr + nw else "  -  "
        p_all = f"{(nr + orr) / (nr + nw + orr + ow):.2f}" if nr + nw + orr + ow else "  -  "
        print(f"{label:42} {nr:4}/{nw:<4} {p_new:>5}  {nr + orr:4}/{nw + ow:<4} {p_all:>5}")


def _gold_keys(gold: dict[str, Any]) -> set[tuple[str, str, str]]:
    from actorgraph.graph.registry import ontology

    keys = set()
    for gr in gold.get("relations") or []:
        keys.add((gr["source"], gr["type"], gr["target"]))
        if not ontology().relation_type(gr["type"]).directed:
            keys.add((gr["target"], gr["type"], gr["source"]))
    return keys


def _triples(extraction: Any, gold: dict[str, Any], tagged: bool) -> dict[tuple[str, str, str], str]:
    to_gold = match_actors(extraction, gold)
    out: dict[tuple[str, str, str], str] = {}
    for r in extraction.relations:
        tag = str(r.properties.get(TAG) or "")
        if bool(tag) != tagged and tagged is False:
            continue
        key = (to_gold.get(r.source, r.source), r.type, to_gold.get(r.target, r.target))
        if key not in out or not tag:
            out[key] = tag
    return out


def audit(sets: list[str], show: str | None) -> None:
    from actorgraph.loaders.extractors import get_extractor

    docs = []
    for name in sets:
        for txt, gold_path in corpus_pairs(ROOT / name):
            docs.append((name, txt, yaml.safe_load(gold_path.read_text(encoding="utf-8"))))
    extractor = get_extractor("rules")
    baseline = {}
    for name, txt, gold in docs:
        baseline[(name, txt.stem)] = set(_triples(extractor.extract(load_article(txt)), gold, False))
    names = install()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    lost = 0
    for name, txt, gold in docs:
        base = baseline[(name, txt.stem)]
        found = _triples(extractor.extract(load_article(txt)), gold, True)
        gold_keys = _gold_keys(gold)
        lost += len(base - set(found))
        for key, tag in found.items():
            if key in base:
                continue
            right = key in gold_keys and not any(
                (k in base) for k in ((key[0], key[1], key[2]), (key[2], key[1], key[0])) if k in gold_keys)
            group = "new" if name in NEW_SETS else "old"
            for guard in (tag or "(untagged side effect)").split("+"):
                table[guard][f"{group}_{'right' if right else 'wrong'}"] += 1
            if show and show in tag:
                print(f"{'RIGHT' if right else 'wrong'} {name}/{txt.stem}: {key[0]} -{key[1]}-> {key[2]}   [{tag}]")
    print(f"baseline triples lost with the guards off: {lost}")
    print(f"{'guard':42} {'new R/W':>9} {'P':>5}  {'all R/W':>9} {'P':>5}")
    for guard in sorted(set(names) | set(table), key=lambda g: -sum(table[g].values())):
        c = table[guard]
        nr, nw, orr, ow = c["new_right"], c["new_wrong"], c["old_right"], c["old_wrong"]
        p_new = f"{nr / (nr + nw):.2f}" if nr + nw else "  -  "
        p_all = f"{(nr + orr) / (nr + nw + orr + ow):.2f}" if nr + nw + orr + ow else "  -  "
        print(f"{guard:42} {nr:4}/{nw:<4} {p_new:>5}  {nr + orr:4}/{nw + ow:<4} {p_all:>5}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(DEV_SETS))
    ap.add_argument("--origins", action="store_true",
                    help="no guard off: the relations found, right and wrong, by the function that made them")
    ap.add_argument("--by-type", action="store_true", help="with --origins: by function and relation type")
    ap.add_argument("--show", help="print the candidates of this guard (or origin prefix)")
    args = ap.parse_args(argv)
    if args.origins:
        origins(args.sets, args.show, args.by_type)
    else:
        audit(args.sets, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
