"""Round 31: statements of resolve are threats ("said it would take every measure against Y", "would use all means
to protect its interests", 'said Minsk "will respond"', "will not stand idle", "would act again") -> the speaker's
side THREATENS Y, or the party that acted against it before; not means or measures for one's own people."""


def test_every_measure_against_a_named_party(extract) -> None:
    r = extract("Georgia's defence ministry said it would \"continue to take every measure\" against the National "
                "Liberation Front.")
    assert ("Georgia", "THREATENS", "National Liberation Front") in r.triples


def test_all_means_after_the_other_sides_act(extract) -> None:
    r = extract("Russia expelled two Georgian diplomats on Monday. Georgia said it would use \"all means "
                "guaranteed by international law\" to protect its interests.")
    assert ("Georgia", "THREATENS", "Russia") in r.triples


def test_quoted_modal_and_standing_idle(extract) -> None:
    r = extract("Russia expelled two Georgian diplomats on Monday. Georgia's foreign ministry said Georgia "
                "\"will respond to protect its citizens.\"")
    assert ("Georgia", "THREATENS", "Russia") in r.triples
    r = extract("Russia expelled two Georgian diplomats on Monday. Georgia's deputy foreign minister told Russia's "
                "envoy that Tbilisi \"will not stand idle\".")
    assert ("Georgia", "THREATENS", "Russia") in r.triples


def test_measures_for_ones_own_people(extract) -> None:
    r = extract("Georgia said it would take all measures to ensure the safety of its citizens in Russia.")
    assert ("Georgia", "THREATENS", "Russia") not in r.triples
    r = extract("Georgia said it would take every step needed to reopen talks with Russia.")
    assert ("Georgia", "THREATENS", "Russia") not in r.triples
