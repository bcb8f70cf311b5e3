"""FollowTheMoney reader (own fixture and the shared OpenSanctions samples) and the FtM export round trip."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import InvalidInput
from actorgraph.graph import GraphStore
from actorgraph.loaders.ftm import FtmReader, looks_like_ftm, read_ftm
from actorgraph.loaders.ofac import read_ofac
from actorgraph.queries.ftm_export import export_ftm

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEMO = FIXTURES / "ftm" / "demo.ftm.jsonl"


def _read(path: Path) -> tuple[FtmReader, dict, list]:
    reader = FtmReader(path)
    extractions = list(reader)
    return reader, {a.id: a for ex in extractions for a in ex.actors}, [r for ex in extractions for r in ex.relations]


def test_detection() -> None:
    assert looks_like_ftm(DEMO)
    assert not looks_like_ftm(FIXTURES / "ofac" / "sdn-2025-01-15.csv")
    assert not looks_like_ftm(FIXTURES / "ftm" / "README.md")


def test_actors_relations_and_provenance() -> None:
    reader, actors, relations = _read(DEMO)
    assert [(e.line, "invalid JSON" in str(e)) for e in reader.errors] == [(6, True)]
    ana = actors["person:ana-lucia-estrada"]
    assert ana.name == "Ana Lucía Estrada" and "ESTRADA, Ana Lucía" in ana.aliases
    assert {"opensanctions:p-ana", "ofac:90001", "opensanctions:demo-77"} == set(ana.external_ids)
    assert ana.properties["given_names"] == "Ana Lucía" and ana.properties["dob"] == "1971-04-02"
    assert ana.properties["source_urls"] == ["https://lists.example.org/ana"]
    luis = actors["person:luis-estrada"]  # delta line merged
    assert {"Luis Alberto Estrada", "El Profe"} <= set(luis.aliases)
    assert luis.properties["datasets"] == ["demo_list", "other_list"]
    assert actors["organization:naviera-demo-s-a"].properties["ftm_schema"] == "Company"
    assert "addr-1" not in {a.external_ids[0] for a in actors.values() if a.external_ids}
    got = {(r.source, r.type, r.target) for r in relations}
    assert got == {
        ("person:ana-lucia-estrada", "FAMILY_OF", "person:luis-estrada"),
        ("organization:office-of-foreign-assets-control", "SANCTIONS", "person:ana-lucia-estrada"),
        ("country:united-kingdom", "SANCTIONS", "organization:naviera-demo-s-a"),
        ("person:luis-estrada", "MEMBER_OF", "organization:partido-demostrativo"),
        ("person:ana-lucia-estrada", "LEADS", "organization:naviera-demo-s-a"),
        ("person:luis-estrada", "HOLDS_POSITION", "organization:naviera-demo-s-a"),
        ("person:ana-lucia-estrada", "ASSOCIATED_WITH", "organization:naviera-demo-s-a"),
        ("person:luis-estrada", "ASSOCIATED_WITH", "organization:ministry-of-demonstrations"),
        ("person:luis-estrada", "HOLDS_POSITION", "organization:ministry-of-demonstrations"),
    }
    assert reader.skipped_links == ["o-2"]
    ofac = next(r for r in relations if r.evidence.locator == "demo.ftm.jsonl#s-1")
    assert ofac.date == dt.date(2019, 3, 1) and ofac.properties["programs"] == ["VENEZUELA-EO13850"]
    assert json.loads(ofac.evidence.sentence)["id"] == "s-1"
    uk = next(r for r in relations if r.evidence.locator == "demo.ftm.jsonl#s-2")
    assert uk.date is None and uk.end_date == dt.date(2030, 1, 1)  # a partial date is not invented
    own = next(r for r in relations if r.evidence.locator == "demo.ftm.jsonl#o-1")
    assert own.properties["link"] == "ownership" and own.properties["percentage"] == ["60"]


def test_every_batch_carries_its_endpoints() -> None:
    for ex in read_ftm(DEMO, batch_size=3):
        ids = {a.id for a in ex.actors}
        assert all(r.source in ids and r.target in ids for r in ex.relations)


def test_shared_opensanctions_samples(shared_dir: Path) -> None:
    reader, actors, relations = _read(shared_dir / "data" / "ftm" / "opensanctions-sample.ftm.json")
    assert reader.errors == []
    kinds = [a.kind for a in actors.values() if a.properties.get("list_source") == "opensanctions"]
    assert kinds.count("Person") == 6 and kinds.count("Organization") == 11
    types = [r.type for r in relations]
    assert types.count("SANCTIONS") == 41 and types.count("FAMILY_OF") == 4
    assert types.count("ASSOCIATED_WITH") == 14 - len(reader.skipped_links)
    assert types.count("LEADS") + types.count("HOLDS_POSITION") == 3
    _, eu, _ = _read(shared_dir / "data" / "ftm" / "opensanctions-eu-sample.ftm.json")
    assert any("ofac:32733" in a.external_ids for a in eu.values())


def _load(store: GraphStore, extractions) -> None:  # type: ignore[no-untyped-def]
    for ex in extractions:
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)


def _graph_key(store: GraphStore) -> tuple[list, list]:
    actors = sorted((r["id"], r["name"], r["kind"], sorted(r["aliases"] or []), sorted(r["ext"] or []))
                    for r in store.query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, "
                                         "a.aliases AS aliases, a.external_ids AS ext", max_rows=100_000).rows)
    rels = sorted(tuple(str(v) for v in r.values()) for r in store.query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS s, type(r) AS t, b.id AS o, r.date AS d, "
        "r.end_date AS e, r.status AS st, r.attributed_to AS at", max_rows=100_000).rows)
    return actors, rels


def test_export_round_trip(engine, store: GraphStore, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _load(store, read_ftm(DEMO))
    _load(store, read_ofac(FIXTURES / "ofac"))
    buf = io.StringIO()
    n = export_ftm(store, buf)
    lines = buf.getvalue().splitlines()
    assert n == len(lines) > 0
    entities = [json.loads(line) for line in lines]
    assert all({"id", "schema", "properties"} <= set(e) for e in entities)
    schemas = {e["schema"] for e in entities}
    assert {"Person", "Company", "Sanction", "Family", "Membership", "Directorship", "Ownership"} <= schemas
    ana = next(e for e in entities if e["id"] == "p-ana")  # OpenSanctions ids survive
    assert "ofac-90001" in ana["referents"]
    out = tmp_path / "export.ftm.jsonl"
    out.write_text(buf.getvalue(), encoding="utf-8")
    fresh = engine.__class__(engine.name, engine.url, engine.graph + "_copy") if engine.name == "falkordb" else None
    if fresh is None:  # one Neo4j database per server: compare after clearing
        before = _graph_key(store)
        store.clear()
        _load(store, read_ftm(out))
        assert _graph_key(store) == before
        return
    copy = fresh.open()
    try:
        _load(copy, read_ftm(out))
        assert _graph_key(copy) == _graph_key(store)
    finally:
        copy.drop()  # type: ignore[attr-defined]
        copy.close()


_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10))
_entity = st.fixed_dictionaries({
    "id": st.one_of(st.text(min_size=1, max_size=8), st.integers()),
    "schema": st.sampled_from(["Person", "Company", "Sanction", "Family", "Ownership", "Directorship", "Thing"]),
    "properties": st.dictionaries(st.sampled_from(["name", "entity", "authority", "person", "relative", "owner",
                                                   "asset", "startDate", "role", "country"]),
                                  st.one_of(_json_scalar, st.lists(st.text(max_size=12), max_size=3)), max_size=5),
}, optional={"actorgraph": st.dictionaries(st.sampled_from(["id", "kind", "type", "source", "date", "status"]),
                                          st.one_of(_json_scalar, st.lists(_json_scalar, max_size=2)), max_size=4),
             "referents": st.lists(st.text(max_size=10), max_size=2)})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_entity.map(json.dumps), st.text(max_size=40)), max_size=10))
def test_junk_lines_never_crash_the_reader(tmp_path_factory, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("junk") / "junk.ftm.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    errors: list = []
    try:
        for ex in read_ftm(path, on_error=errors.append):
            ids = {a.id for a in ex.actors}
            assert all(r.source in ids and r.target in ids for r in ex.relations)
    except InvalidInput as refused:  # none of the first lines is an entity: the file is refused whole
        assert refused.file == str(path) and "not FollowTheMoney" in str(refused) and errors == []
        return
    assert all(e.file == str(path) for e in errors)


def _write_lines(path: Path, entities: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in entities) + "\n", encoding="utf-8")
    return path


def test_first_and_last_name_are_the_ones_written_in_the_entity_name(store: GraphStore, tmp_path: Path) -> None:
    """OpenSanctions lists firstName/lastName in several scripts, in no set order: the parts used for
    matching are those of the entity's own name, so a news "Borislav Zheleznov" finds the record."""
    from actorgraph.graph import Actor, Document
    from actorgraph.loaders.resolve import link_actors

    path = _write_lines(tmp_path / "multi.ftm.json", [{
        "id": "NK-zh", "schema": "Person", "caption": "Borislav Petrovich ZHELEZNOV",
        "properties": {"name": ["Borislav Petrovich ZHELEZNOV", "Борислав Петрович ЖЕЛЕЗНОВ"],
                       "firstName": ["Борислав", "Borislav"], "lastName": ["ЖЕЛЕЗНОВ", "Zheleznov"],
                       "fatherName": ["Petrovich"]}}])
    _, actors, _ = _read(path)
    props = actors["person:borislav-petrovich-zheleznov"].properties
    assert (props["given_names"], props["surnames"]) == ("Borislav", "Zheleznov")
    _load(store, read_ftm(path))
    news = Actor(name="Borislav Zheleznov", kind="Person")
    store.load_document(Document(id="doc:news", title="news"), [news], [])
    assert [(m.absorbed, m.canonical) for m in link_actors(store).merges] == [
        (news.id, "person:borislav-petrovich-zheleznov")]


def test_an_entity_the_model_refuses_is_reported_with_its_line_and_field(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "bad.ftm.json", [
        {"id": "ok-1", "schema": "Company", "properties": {"name": ["Fine Holdings"]}},
        {"id": "long-1", "schema": "Company", "properties": {"name": ["X" * 600]}},
        {"id": "s-1", "schema": "Sanction", "properties": {"entity": ["ok-1"], "authority": ["Y" * 600]}},
    ])
    errors: list = []
    list(read_ftm(path, on_error=errors.append))
    assert [(e.line, e.field) for e in errors] == [(2, "name"), (3, "name")]
    assert all("500" in str(e) and "\n" not in str(e) for e in errors)


def test_export_writes_dates_and_countries_in_ftm_form(store: GraphStore) -> None:
    """FtM dates are ISO prefixes and countries ISO codes: OFAC writes '02 Mar 1970' and 'Korea, North'."""
    from actorgraph.graph import Actor, Document

    _load(store, read_ofac(FIXTURES / "ofac"))
    odd = [Actor(name=f"TEST PERSON {i}", kind="Person", properties={"dob": dob, "countries": countries})
           for i, (dob, countries) in enumerate([
               ("circa 1962", ["Korea, North", "undetermined", "xk"]), ("1960 to 1962", ["Burma", "Region: Crimea"]),
               ("Nov 1975", ["Russia", "Cote d Ivoire"])])]
    store.load_document(Document(id="doc:odd", title="odd"), odd, [])
    buf = io.StringIO()
    export_ftm(store, buf)
    people = {e["caption"]: e["properties"] for e in map(json.loads, buf.getvalue().splitlines())
              if e["schema"] == "Person"}
    rosalba = people["ESTRADA VILLANUEVA, Rosalba Ines"]
    assert rosalba["birthDate"] == ["1970-03-02"]
    assert rosalba["country"] == ["ve"] and rosalba["nationality"] == ["ve"]
    assert people["TEST PERSON 0"]["birthDate"] == ["1962"]
    assert people["TEST PERSON 0"]["country"] == ["kp", "xk"]
    assert "birthDate" not in people["TEST PERSON 1"]  # a range is no FtM date
    assert people["TEST PERSON 1"]["country"] == ["mm", "ua-cri"]
    assert people["TEST PERSON 2"]["birthDate"] == ["1975-11"]
    assert people["TEST PERSON 2"]["country"] == ["ru", "ci"]


def test_a_file_of_another_format_is_refused_with_one_error(tmp_path: Path) -> None:
    csv_rows = "\r\n".join(f'{90000 + i},"SOMEONE {i}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- '
                           for i in range(200))
    path = tmp_path / "sdn.csv"
    path.write_text(csv_rows, encoding="utf-8")
    errors: list = []
    with pytest.raises(InvalidInput, match="not FollowTheMoney JSON lines") as refused:
        list(read_ftm(path, on_error=errors.append))
    assert errors == [] and refused.value.file == str(path) and "line 1" in str(refused.value)
    # a few bad lines before the entities are still reported one by one, and the rest loads
    good = json.dumps({"id": "p-1", "schema": "Person", "properties": {"name": ["Some One"]}})
    path.write_text("\n".join(["{broken", "[]", good]), encoding="utf-8")
    extractions = list(read_ftm(path, on_error=errors.append))
    assert [e.line for e in errors] == [1, 2] and any(ex.actors for ex in extractions)
