"""Round 21: "the group" may be a body named in its own sentence with an armed noun after the name ('"X
fighters"') when no other body is armed or was called so (org_descriptions._armed_here), not an older body such
as an intergovernmental one."""


def test_group_named_with_fighters_in_its_sentence(extract) -> None:
    r = extract('The UN said on Monday that its mission would stay in the south. The Peruvian army said it had '
                'killed "Tawantin fighters" near the border, and named one of the dead as a commander in the '
                "group's special unit. Chile later accused the group of smuggling arms.")
    assert ("Chile", "ACCUSES", "Tawantin") in r.triples
    assert ("Chile", "ACCUSES", "UN") not in r.triples


def test_another_armed_body_keeps_the_description(extract) -> None:
    r = extract("The Red Dawn Front attacked a convoy on Monday. The Peruvian army said it had killed Tawantin "
                "fighters near the border and accused the group of hiding them.")
    assert ("Peru", "ACCUSES", "Red Dawn Front") in r.triples
