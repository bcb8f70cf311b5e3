"""Actor.extracted, Relation.extracted and Evidence.of_sentence make exactly the objects validation makes, and validate when unsure."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from actorgraph.graph.model import Actor, Evidence, Relation
from actorgraph.graph.registry import RelationStatus


def _same(fast: object, slow: object) -> None:
    assert type(fast) is type(slow)
    assert fast == slow
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert [type(v) for v in fast.__dict__.values()] == [type(v) for v in slow.__dict__.values()]
    assert fast.__pydantic_fields_set__ == slow.__pydantic_fields_set__  # type: ignore[attr-defined]
    assert fast.__pydantic_extra__ == slow.__pydantic_extra__  # type: ignore[attr-defined]
    assert fast.__pydantic_private__ == slow.__pydantic_private__  # type: ignore[attr-defined]
    assert fast.model_dump() == slow.model_dump()  # type: ignore[attr-defined]


@pytest.mark.parametrize("kwargs", [
    {"start": 0, "end": 0}, {"start": 12, "end": 40}, {"locator": "title"}, {},
])
def test_evidence_of_sentence_is_validated_evidence(kwargs: dict) -> None:
    _same(Evidence.of_sentence("doc:1", "Peru accused Chile.", **kwargs),
          Evidence(document_id="doc:1", sentence="Peru accused Chile.", **kwargs))


def test_evidence_of_sentence_still_validates() -> None:
    with pytest.raises(ValidationError):
        Evidence.of_sentence("doc:1", "x", 5, 2)
    with pytest.raises(ValidationError):
        Evidence.of_sentence("doc:1", "x", -1, 2)
    with pytest.raises(ValidationError):
        Evidence.of_sentence(None, "x", 0, 1)  # type: ignore[arg-type]
    _same(Evidence.of_sentence("doc:1", "x", 3), Evidence(document_id="doc:1", sentence="x", start=3))


def _both(**over: object) -> tuple[Relation, Relation]:
    ev = Evidence(document_id="doc:1", sentence="Peru accused Chile.", start=3, end=22)
    args: dict = {"source": "country:peru", "rel_type": "ACCUSES", "target": "country:chile",
                  "date": dt.date(2025, 3, 1), "status": RelationStatus.ALLEGED, "confidence": 0.6,
                  "attributed_to": None, "evidence": ev,
                  "properties": {"trigger": "accused", "extractor": "rules", "date_inferred": True}}
    args.update(over)
    slow = {("type" if k == "rel_type" else k): v for k, v in args.items()}
    return Relation.extracted(**args), Relation(**slow)


@pytest.mark.parametrize("over", [
    {}, {"date": None}, {"attributed_to": "org:reuters"}, {"confidence": 1.0}, {"confidence": 0.0},
    {"properties": {}}, {"status": RelationStatus.ASSERTED},
    # not the fast path's exact forms: validated, to the same result
    {"rel_type": "accuses"}, {"confidence": 1}, {"status": "alleged"}, {"properties": {"count": 3}},
    {"date": dt.datetime(2025, 3, 1)},
])
def test_relation_extracted_is_validated_relation(over: dict) -> None:
    fast, slow = _both(**over)
    _same(fast, slow)


@pytest.mark.parametrize("over", [
    {"confidence": 1.5}, {"confidence": float("nan")}, {"rel_type": "NO_SUCH_TYPE"}, {"properties": {"Bad": "x"}},
    {"properties": {"k": object()}}, {"source": None},
])
def test_relation_extracted_still_validates(over: dict) -> None:
    with pytest.raises(ValidationError):
        _both(**over)


@pytest.mark.parametrize(("name", "kind", "aliases"), [
    ("Peru", "Country", ["Lima", "Peru", " Lima ", ""]), ("MADURO MOROS, Nicolás", "person", []),
    ("  Hamas\u202e ", "Organization", ["\u2066Hamas", "the movement"]), ("x" * 500, "Organization", []),
    ("A" * 120, "Group", ["b"]), ("Peru", "Country", ("Lima",)), ("Peru", "Country", ["\ud800x"]),
])
def test_actor_extracted_is_validated_actor(name: str, kind: str, aliases: list[str]) -> None:
    _same(Actor.extracted(name, kind, aliases), Actor(name=name, kind=kind, aliases=aliases))


@pytest.mark.parametrize(("name", "kind"), [("", "Country"), ("x" * 501, "Country"), ("!!", "Country"),
                                            ("Peru", "Planet"), ("a\ud800b", "Person")])
def test_actor_extracted_still_validates(name: str, kind: str) -> None:
    with pytest.raises(ValidationError):
        Actor.extracted(name, kind, [])
