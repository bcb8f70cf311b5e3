"""Round 17 (lead): "the army" names the state whose army was named last ("... at war with Chad's army. The army
welcomed the measures"), not the state the story is filed from or talks about most."""

from __future__ import annotations

STORY = ("WASHINGTON, May 2 - The United States on Friday imposed sanctions on two gold traders, United States "
         "officials said. Washington accused the traders of funding the Desert Lions Brigade. The brigade has fought "
         "{owner} army since 2021. The army welcomed the sanctions and urged Washington to go further.")


def test_the_army_is_the_state_whose_army_was_named(extract) -> None:
    r = extract(STORY.format(owner="Chad's"))
    assert ("Chad", "DEMANDS", "United States") in r.triples
    assert ("United States", "DEMANDS", "United States") not in r.triples


def test_the_army_after_a_demonym(extract) -> None:
    r = extract(STORY.format(owner="the Chadian"))
    assert ("Chad", "DEMANDS", "United States") in r.triples


def test_the_army_with_no_army_named_before_is_left_to_the_story(extract) -> None:
    r = extract("LIMA, May 2 - Peru's congress approved the budget on Friday. Ecuador criticised the vote. "
                "The army said it would guard the border.")
    assert "Ecuador" not in {t[0] for t in r.triples if t[1] == "HOLDS_POSITION"}
