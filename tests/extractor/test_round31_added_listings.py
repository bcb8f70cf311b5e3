"""Round 31: names added to a sanction or designation already told, its author left out (also_listed.py,
included_targets.py): "Also listed were X and Y", "X was also listed, along with its chairman, Y", a colon list
or "who include" after a counted group the measure was on. Each name gets the measure from its author."""

_LEDE = "Norway on Monday imposed sanctions on two shipping firms and two officials it accused of helping Iran sell oil."


def test_fronted_also_listed(extract) -> None:
    r = extract(_LEDE + "\n\nThe measures freeze their assets. Also listed were Tomas Velikov, a port official, "
                "and Irena Dobrev, a trader.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples
    assert ("Norway", "SANCTIONS", "Irena Dobrev") in r.triples


def test_fronted_listing_keeps_the_accusation(extract) -> None:
    r = extract(_LEDE + "\n\nAlso listed were Tomas Velikov and Irena Dobrev.")
    assert ("Norway", "ACCUSES", "Tomas Velikov") in r.triples


def test_fronted_designated_is_a_designation(extract) -> None:
    r = extract("Norway on Monday designated the Western Front as a terrorist organisation.\n\n"
                "Also designated were the Northern Brigade and the Coastal Front.")
    assert ("Norway", "DESIGNATES", "Northern Brigade") in r.triples
    assert ("Norway", "DESIGNATES", "Coastal Front") in r.triples


def test_passive_also_listed_with_along_with(extract) -> None:
    r = extract(_LEDE + "\n\nBaltic Reefer Lines, whose ships are insured in Singapore, was also listed, "
                "along with its chairman, Tomas Velikov.")
    assert ("Norway", "SANCTIONS", "Baltic Reefer Lines") in r.triples
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples
    assert ("Norway", "SANCTIONS", "Singapore") not in r.triples


def test_listed_on_an_exchange_is_no_measure(extract) -> None:
    r = extract(_LEDE + "\n\nBaltic Reefer Lines was also listed on the stock exchange in Oslo, along with its "
                "parent, Velikov Holdings.")
    assert ("Norway", "SANCTIONS", "Baltic Reefer Lines") not in r.triples
    assert ("Norway", "SANCTIONS", "Velikov Holdings") not in r.triples


def test_also_listed_without_a_measure_before(extract) -> None:
    r = extract("Baltic Reefer Lines reported a loss on Monday.\n\nAlso listed were Tomas Velikov and Irena Dobrev.")
    assert not any(t == "SANCTIONS" for _, t, _ in r.triples)


def test_colon_list_after_a_counted_group(extract) -> None:
    r = extract("Norway on Wednesday added two Malawian officials to its sanctions list: police commissioner "
                "Tomas Velikov and businessman Irena Dobrev.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples
    assert ("Norway", "SANCTIONS", "Irena Dobrev") in r.triples


def test_later_who_include_stops_at_the_next_clause(extract) -> None:
    r = extract("Norway on Wednesday imposed sanctions on four army generals over the coup. The measures freeze "
                "any assets of the generals, who include Tomas Velikov, the head of the air force, and bar local "
                "firms from dealing with Baltic Reefer Lines.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples
    assert not any(s == "Norway" and t == "SANCTIONS" and o.endswith("firms") for s, t, o in r.triples)


def test_listing_leaves_out_the_one_telling(extract) -> None:
    r = extract(_LEDE + "\n\nAlso listed were Tomas Velikov and Baltic Reefer Lines, a carrier the Finance Ministry "
                "said had moved the oil.")
    assert ("Norway", "SANCTIONS", "Baltic Reefer Lines") in r.triples
    assert not any(o == "Finance Ministry" for _, _, o in r.triples)
