"""Name-pair table for the matcher: precision must be perfect, recall high."""

from __future__ import annotations

import pytest

from actorgraph.loaders.names import Candidate, PersonName, best_match, match, person_score

# (news name, list name as written by the list, kind, same actor?)
PAIRS: list[tuple[str, str, str, bool]] = [
    ("Nicolás Maduro", "MADURO MOROS, Nicolas", "Person", True),
    ("Nicolas Maduro Moros", "MADURO MOROS, Nicolas", "Person", True),
    ("Delcy Rodríguez", "RODRIGUEZ GOMEZ, Delcy Eloina", "Person", True),
    ("Delcy Eloína Rodríguez Gómez", "RODRIGUEZ GOMEZ, Delcy Eloina", "Person", True),
    ("Jorge Rodríguez", "RODRIGUEZ GOMEZ, Jorge Jesus", "Person", True),
    ("Diosdado Cabello", "CABELLO RONDON, Diosdado", "Person", True),
    ("Vladimir Padrino", "PADRINO LOPEZ, Vladimir", "Person", True),
    ("Vladimir Padrino López", "PADRINO LOPEZ, Vladimir", "Person", True),
    ("Tareck El Aissami", "EL AISSAMI MADDAH, Tareck Zaidan", "Person", True),
    ("Cilia Flores", "FLORES DE MADURO, Cilia Adela", "Person", True),
    ("Nicolás Maduro Guerra", "MADURO GUERRA, Nicolas Ernesto", "Person", True),
    ("Maria Zakharova", "ZAKHAROVA, Mariya Aleksandrovna", "Person", True),
    ("Mariya Zaharova", "ZAKHAROVA, Mariya Aleksandrovna", "Person", True),
    ("Maikel Moreno", "MORENO PEREZ, Maikel Jose", "Person", True),
    ("Hugo Carvajal", "CARVAJAL BARRIOS, Hugo Armando", "Person", True),
    ("Alex Saab", "SAAB MORAN, Alex Nain", "Person", True),
    ("Petróleos de Venezuela", "PETROLEOS DE VENEZUELA, S.A.", "Organization", True),
    ("Banco Central de Venezuela", "BANCO CENTRAL DE VENEZUELA", "Organization", True),
    ("Tren de Aragua", "TREN DE ARAGUA", "Organization", True),
    ("Rosneft Oil Company", "ROSNEFT OIL COMPANY", "Organization", True),
    # different actors
    ("Caryslia Rodríguez", "RODRIGUEZ GOMEZ, Delcy Eloina", "Person", False),
    ("Jorge Rodríguez", "RODRIGUEZ GOMEZ, Delcy Eloina", "Person", False),
    ("Delcy Rodríguez", "RODRIGUEZ RODRIGUEZ, Caryslia Beatriz", "Person", False),
    ("Delcy Rodríguez", "RODRIGUEZ GOMEZ, Jorge Jesus", "Person", False),
    ("Nicolás Maduro Guerra", "MADURO MOROS, Nicolas", "Person", False),
    ("Cilia Flores", "MADURO MOROS, Nicolas", "Person", False),
    ("Nicolás Maduro", "FLORES DE MADURO, Cilia Adela", "Person", False),
    ("Maduro", "MADURO MOROS, Nicolas", "Person", False),
    ("Héctor Rodríguez", "RODRIGUEZ GOMEZ, Jorge Jesus", "Person", False),
    ("Jorge Arreaza", "RODRIGUEZ GOMEZ, Jorge Jesus", "Person", False),
    ("Nicolas Cage", "MADURO MOROS, Nicolas", "Person", False),
    ("Diosdado Cabello", "CABELLO RONDON, Jose David", "Person", False),
    ("Banco de Venezuela", "BANCO CENTRAL DE VENEZUELA", "Organization", False),
    ("Venezuelan Army", "BANCO CENTRAL DE VENEZUELA", "Organization", False),
    ("Cartel of the Suns", "CARTEL DEL NORTE DEL VALLE", "Organization", False),
    ("Tren de Aragua", "TREN DEL LLANO", "Organization", False),
    ("PDVSA", "PDV USA", "Organization", False),
]


def _entry(name: str, kind: str, aliases: tuple[str, ...] = ()) -> Candidate:
    return Candidate.of("list:" + name, kind, name, aliases)


def _news(name: str, kind: str) -> Candidate:
    return Candidate.of("news:" + name, kind, name)


def test_pair_table_precision_and_recall() -> None:
    tp = fp = fn = 0
    for news, listed, kind, same in PAIRS:
        found = match(_news(news, kind), _entry(listed, kind)) is not None
        tp += found and same
        fp += found and not same
        fn += (not found) and same
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn)
    print(f"\nname pairs: {len(PAIRS)}, precision {precision:.3f}, recall {recall:.3f}")
    assert len(PAIRS) >= 30
    assert precision == 1.0
    assert recall >= 0.9


def test_alias_carries_an_organisation_match() -> None:
    cartel = _entry("CARTEL DE LOS SOLES", "Organization", ("CARTEL OF THE SUNS",))
    assert match(_news("Cartel of the Suns", "Organization"), cartel) is not None
    assert match(_news("Cartel of the Suns", "Group"), cartel) is not None


def test_kinds_must_be_compatible() -> None:
    assert match(_news("Ocean Star", "Person"), _entry("OCEAN STAR", "Vessel")) is None
    assert match(_news("Ocean Star", "Vessel"), _entry("OCEAN STAR", "Vessel")) is not None


def test_short_name_goes_to_the_entry_it_covers_best() -> None:
    father = _entry("MADURO MOROS, Nicolas", "Person")
    son = _entry("MADURO GUERRA, Nicolas Ernesto", "Person")
    found = best_match(_news("Nicolás Maduro", "Person"), [son, father])
    assert found is not None and found[0] is father
    found = best_match(_news("Nicolás Maduro Guerra", "Person"), [son, father])
    assert found is not None and found[0] is son


def test_ambiguous_short_name_merges_nothing() -> None:
    a = _entry("RODRIGUEZ GOMEZ, Jorge Jesus", "Person")
    b = _entry("RODRIGUEZ PEREZ, Jorge Luis", "Person")
    assert best_match(_news("Jorge Rodríguez", "Person"), [a, b]) is None


@pytest.mark.parametrize(("name", "given", "surnames"), [
    ("RODRIGUEZ GOMEZ, Delcy Eloina", ("delcy", "eloina"), ("rodriguez", "gomez")),
    ("FLORES DE MADURO, Cilia Adela", ("cilia", "adela"), ("flores", "maduro")),
    ("Delcy Rodríguez", ("delcy",), ("rodriguez",)),
])
def test_person_name_parsing(name: str, given: tuple[str, ...], surnames: tuple[str, ...]) -> None:
    parsed = PersonName.parse(name)
    assert parsed.given == given and parsed.surnames == surnames


def test_single_token_never_scores() -> None:
    assert person_score(PersonName.parse("Maduro"), PersonName.parse("MADURO MOROS, Nicolas")) == 0.0


def test_own_name_outranks_somebody_elses_alias() -> None:
    own = _entry("ABBAS, Abu", "Person")
    other = _entry("AL-EXAMPLE, Adil", "Person", ("Abu ABBAS",))
    found = best_match(_news("Abu Abbas", "Person"), [other, own])
    assert found is not None and found[0] is own
    alone = best_match(_news("Abu Abbas", "Person"), [other])
    assert alone is not None and "alias" in alone[1].reason  # an alias alone still links


def test_namesakes_with_the_same_given_names_stay_apart() -> None:
    a = _entry("MEZA CAZARES, Arturo", "Person")
    b = _entry("MEZA GASPAR, Arturo", "Person", ("Arturo MEZA",))
    assert best_match(_news("Arturo Meza", "Person"), [a, b]) is None


def test_weak_alias_counts_less_than_a_real_name() -> None:
    weak = Candidate.of("list:w", "Person", "GONZALEZ MEDINA, Jaime Andres", ("CARLOS MARTINEZ",),
                        weak_aliases=("CARLOS MARTINEZ",))
    real = _entry("MARTINEZ CASAS, Carlos Mario", "Person")
    m = match(_news("Carlos Martinez", "Person"), weak)
    assert m is not None and "weak alias" in m.reason
    assert best_match(_news("Carlos Martinez", "Person"), [weak, real]) is None  # too close to call
