"""OFAC SDN parsing on made-up fixtures, loading on both engines, and the real list when present."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import InvalidInput
from actorgraph.graph import GraphStore
from actorgraph.loaders.ofac import OfacReader, looks_like_ofac, read_ofac

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ofac"
SDN = FIXTURES / "sdn-2025-01-15.csv"


def _all(path: Path | list[Path], **kw: object) -> tuple[OfacReader, dict, list]:
    reader = OfacReader(path, **kw)  # type: ignore[arg-type]
    extractions = list(reader)
    actors = {a.id: a for ex in extractions for a in ex.actors}
    relations = [r for ex in extractions for r in ex.relations]
    return reader, actors, relations


def test_detection() -> None:
    assert looks_like_ofac(FIXTURES)
    assert looks_like_ofac(SDN)
    assert not looks_like_ofac(FIXTURES / "alt-2025-01-15.csv")  # 5 fields
    assert not looks_like_ofac(FIXTURES / "README.md")


def test_listings_become_actors_of_the_right_kind() -> None:
    reader, actors, _ = _all(FIXTURES)
    assert reader.listings == 8 and reader.errors == []
    person = actors["person:rosalba-ines-estrada-villanueva"]
    assert person.name == "ESTRADA VILLANUEVA, Rosalba Ines" and person.kind == "Person"
    assert person.external_ids == ["ofac:90001"]
    assert {"Rosalba Ines ESTRADA VILLANUEVA", "ESTRADA, Rosa", "Rosa ESTRADA", "LA JEFA"} <= set(person.aliases)
    props = person.properties
    assert props["programs"] == ["VENEZUELA", "VENEZUELA-EO13850"]
    assert props["dob"] == "1970-03-02" and props["birth_dates"] == ["1970-03-02"]
    assert props["pob"] == "Maracay, Aragua, Venezuela"
    assert props["nationalities"] == ["Venezuela"] and props["nationality_codes"] == ["ve"]
    assert props["title"] == "Minister of Example Affairs"
    assert props["countries"] == ["Venezuela"] and props["country_codes"] == ["ve"]
    assert actors["vessel:mar-del-ejemplo"].properties["vessel_flag"] == "Panama"
    assert "OCEAN DEMO" in actors["vessel:mar-del-ejemplo"].aliases
    assert actors["aircraft:yv0001"].kind == "Aircraft"
    assert actors["organization:naviera-demostrativa-c-a"].properties["countries"] == ["Venezuela", "Panama"]
    accented = actors["person:jose-angel-pena-obregon"]  # Latin-1 bytes decoded, not mangled
    assert accented.name == "PEÑA OBREGÓN, José Ángel"


def test_same_name_listings_stay_apart() -> None:
    _, actors, _ = _all(FIXTURES)
    assert actors["organization:frente-armado-del-ejemplo"].external_ids == ["ofac:90003"]
    assert actors["organization:frente-armado-del-ejemplo-ofac-90007"].external_ids == ["ofac:90007"]


def test_relations_and_evidence() -> None:
    reader, actors, relations = _all(FIXTURES)
    by_type: dict[str, list] = {}
    for r in relations:
        by_type.setdefault(r.type, []).append(r)
    assert len(by_type["SANCTIONS"]) == 8
    sanction = next(r for r in by_type["SANCTIONS"] if r.target == "person:rosalba-ines-estrada-villanueva")
    assert sanction.source == "country:united-states"
    assert sanction.attributed_to == "organization:office-of-foreign-assets-control"
    assert sanction.evidence.locator == "sdn-2025-01-15.csv#90001"
    assert sanction.evidence.sentence.startswith("90001,")
    assert {r.target for r in by_type["DESIGNATES"]} == {"organization:frente-armado-del-ejemplo",
                                                         "organization:frente-armado-del-ejemplo-ofac-90007"}
    links = {(r.source, r.target) for r in by_type["ASSOCIATED_WITH"]}
    assert links == {
        ("person:tomas-estrada-villanueva", "person:rosalba-ines-estrada-villanueva"),
        ("organization:naviera-demostrativa-c-a", "person:rosalba-ines-estrada-villanueva"),
        ("vessel:mar-del-ejemplo", "organization:naviera-demostrativa-c-a"),
        ("aircraft:yv0001", "organization:naviera-demostrativa-c-a"),
    }
    assert reader.unresolved_links == [(90004, "SOMEBODY NOT LISTED S.A..")]


def test_document_date_from_file_name() -> None:
    ex = next(read_ofac(SDN))
    assert ex.document is not None
    assert ex.document.published == dt.date(2025, 1, 15)
    assert ex.document.title == "OFAC SDN list (sdn-2025-01-15.csv)"


def test_batches_carry_the_actors_their_relations_need() -> None:
    extractions = list(read_ofac(FIXTURES, batch_size=2))
    assert len(extractions) == 4
    for ex in extractions:
        ids = {a.id for a in ex.actors}
        assert all(r.source in ids and r.target in ids for r in ex.relations)


def test_bad_rows_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    data = SDN.read_bytes().replace(b"\r\n90003,", b"\r\n90003,\"BROKEN ROW\"\r\nABC,")
    for name in ("sdn-2025-01-15.csv", "alt-2025-01-15.csv", "add-2025-01-15.csv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "sdn-2025-01-15.csv").write_bytes(data)
    errors: list[InvalidInput] = []
    reader, actors, _ = _all(tmp_path, on_error=errors.append)
    assert reader.listings == 7
    assert [(e.line, e.file.endswith("sdn-2025-01-15.csv")) for e in errors] == [(3, True), (4, True)]
    assert "expected 12 fields" in str(errors[0])


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        list(read_ofac(tmp_path / "nope.csv"))


def test_loads_into_the_store(store: GraphStore) -> None:
    for ex in read_ofac(FIXTURES):
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
    for ex in read_ofac(FIXTURES):  # idempotent
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
    stats = store.stats()
    assert stats["actors"] == 10 and stats["documents"] == 1
    assert stats["relations_by_type"] == {"SANCTIONS": 8, "ASSOCIATED_WITH": 4, "DESIGNATES": 2}
    row = store.query("MATCH (:Actor {id: 'country:united-states'})-[r:SANCTIONS]->"
                      "(a:Actor {id: 'vessel:mar-del-ejemplo'}) RETURN r.programs AS p, r.locator AS loc").rows
    assert row == [{"p": ["VENEZUELA-EO13850"], "loc": "sdn-2025-01-15.csv#90005"}]


def test_real_venezuela_rows(shared_dir: Path) -> None:
    reader, actors, relations = _all(shared_dir / "data" / "ofac" / "venezuela")
    assert reader.errors == []
    assert actors["person:nicolas-maduro-moros"].external_ids == ["ofac:22790"]
    assert "CARTEL OF THE SUNS" in actors["organization:cartel-de-los-soles"].aliases
    assert any(r.type == "DESIGNATES" and r.target == "organization:cartel-de-los-soles" for r in relations)
    assert sum(r.type == "ASSOCIATED_WITH" for r in relations) > 100


def test_full_2024_list_loads_into_the_embedded_store(engine, store: GraphStore, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    if engine.name != "falkordb":
        pytest.skip("the full list is loaded on the embedded engine only (CPU budget); the bench covers speed")
    reader = OfacReader(shared_dir / "data" / "ofac" / "sdn-2024-05-03.csv")
    for ex in reader:
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
    assert reader.listings == 14_965 and reader.errors == []
    stats = store.stats()
    assert stats["actors"] == 14_965 + 2  # every listing, plus the United States and OFAC
    assert stats["relations_by_type"]["SANCTIONS"] == 14_965
    assert store.query("MATCH (a:Actor) WHERE 'ofac:22790' IN a.external_ids RETURN a.id AS id").single() == \
        "person:nicolas-maduro-moros"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(
    st.text(max_size=80),
    st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12), min_size=12,
             max_size=12).map(lambda f: ",".join(f'"{x}"' for x in f)),
    st.builds(lambda n, name: f'{n},"{name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Linked To: {name}."',
              st.integers(0, 10**9), st.text(max_size=20)),
), max_size=8))
def test_junk_rows_never_crash_the_reader(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("junk") / "sdn.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8", errors="replace") + b"\x1a")
    errors: list[InvalidInput] = []
    reader = OfacReader(path, on_error=errors.append)
    try:
        extractions = list(reader)
    except InvalidInput as refused:  # none of the first rows is an SDN row: the file is refused whole
        assert refused.file == str(path) and "not an OFAC SDN file" in str(refused) and errors == []
        return
    assert all(e.file == str(path) and e.line for e in errors)
    assert reader.listings == sum(1 for ex in extractions for r in ex.relations if r.type == "SANCTIONS")


def test_non_ascii_digits_are_not_an_ent_num(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text('\u00b2,"NAME",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', encoding="utf-8")
    errors: list[InvalidInput] = []
    assert list(read_ofac(path, on_error=errors.append)) == []
    assert [(e.line, e.field) for e in errors] == [(1, "ent_num")]


def test_explicit_files_and_side_files_alone() -> None:
    _, actors, _ = _all([SDN, FIXTURES / "alt-2025-01-15.csv", FIXTURES / "add-2025-01-15.csv"])
    assert "ESTRADA, Rosa" in actors["person:rosalba-ines-estrada-villanueva"].aliases
    with pytest.raises(InvalidInput, match="alias/address file"):
        list(read_ofac(FIXTURES / "alt-2025-01-15.csv"))


def _row(ent: int | str, name: str, remarks: str = "-0- ") -> str:
    return f'{ent},"{name}",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{remarks}'


def test_a_repeated_ent_num_is_reported_and_the_first_listing_kept(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text("\r\n".join([_row(5001, "FIRST HOLDER CO"), _row(5002, "OTHER CO"),
                                 _row(5001, "SECOND HOLDER CO")]) + "\r\n", encoding="utf-8")
    errors: list[InvalidInput] = []
    reader, actors, relations = _all(path, on_error=errors.append)
    assert [(e.line, e.field) for e in errors] == [(3, "ent_num")]
    assert "line 1" in str(errors[0])
    assert {a.name for a in actors.values() if "ofac:5001" in a.external_ids} == {"FIRST HOLDER CO"}
    assert reader.listings == 2 and sum(r.type == "SANCTIONS" for r in relations) == 2


def test_a_listing_the_model_refuses_is_a_row_error_not_a_failed_load(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text("\r\n".join([_row(6001, "LONG " * 200), _row(6002, "FINE TRADING CO")]) + "\r\n",
                    encoding="utf-8")
    errors: list[InvalidInput] = []
    _, actors, _ = _all(path, on_error=errors.append)
    assert [(e.line, e.field) for e in errors] == [(1, "SDN_Name")]
    assert "500" in str(errors[0]) and "\n" not in str(errors[0])
    assert [a.name for a in actors.values() if a.external_ids] == ["FINE TRADING CO"]


def test_weak_aliases_keep_their_inner_apostrophes(tmp_path: Path) -> None:
    """OFAC writes transliterated ayn/hamza as an apostrophe inside the quoted a.k.a. ('ABU-'UMAR'), and
    sometimes doubles the quotes; the alias ends at the quote that closes the remark item."""
    path = tmp_path / "sdn.csv"
    remarks = "\"DOB 1971; a.k.a. 'ABU-'ISA'; a.k.a. 'SHAYKH MU'IN AL-DIN'; a.k.a. ''EL FLACO''.\""
    path.write_text(_row(7001, "EXAMPLE, Ahmad", remarks) + "\r\n", encoding="utf-8")
    _, actors, _ = _all(path)
    listed = next(a for a in actors.values() if "ofac:7001" in a.external_ids)
    assert listed.properties["weak_aliases"] == ["ABU-'ISA", "SHAYKH MU'IN AL-DIN", "EL FLACO"]


def test_a_file_of_another_format_is_refused_with_one_error(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text("\n".join('{"id": "e' + str(i) + '", "schema": "Person", "properties": {"name": ["A, B"]}}'
                              for i in range(200)), encoding="utf-8")
    errors: list[InvalidInput] = []
    with pytest.raises(InvalidInput, match="not an OFAC SDN file") as refused:
        list(read_ofac(path, on_error=errors.append))
    assert errors == [] and refused.value.file == str(path)
