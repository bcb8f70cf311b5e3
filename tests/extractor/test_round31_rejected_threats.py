"""Round 31: threats and warnings rejected, releases of held groups demanded, "the federal government"."""

from actorgraph.loaders.extractor.patterns import EVENT_REF


def test_threat_nouns_are_acts_referred_to() -> None:
    for words, kind in ((" the threat.", "THREATENS"), (" the Ruritanian warning", "THREATENS"),
                        (" these threats", "THREATENS"), (" the demand", "DEMANDS")):
        ev = EVENT_REF.match(words)
        assert ev is not None and ev.group(kind), words


def test_dismissed_threat_rejects_the_threatener(extract) -> None:
    r = extract("Lesotho threatened to cut water supplies to South Africa on Monday. "
                "South Africa's water minister, Thabo Nkosi, rejected the threat as unhelpful.")
    assert ("Thabo Nkosi", "REJECTS", "Lesotho") in r.triples
    r = extract("Russia warned Norway that it would escort its trawlers. Norway dismissed the warning.")
    assert ("Norway", "REJECTS", "Russia") in r.triples
    assert ("Russia", "REJECTS", "Norway") not in r.triples


def test_demonym_warning_names_the_warner(extract) -> None:
    r = extract("Russia warned Latvia over the expulsions. Latvia's foreign minister, Ieva Kalnina, "
                "dismissed the Russian warning.")
    assert ("Ieva Kalnina", "REJECTS", "Russia") in r.triples


def test_a_threat_with_no_threatener_on_record_answers_no_one(extract) -> None:
    r = extract("Chile dismissed the threat of a strike by dock workers.")
    assert not any(t[1] == "REJECTS" for t in r.triples)


def test_spokesperson_threat_rejected_answers_the_state(extract) -> None:
    r = extract("Iran's foreign ministry spokesman, Reza Karimi, warned Azerbaijan that it would respond to any "
                "provocation. Azerbaijan rejected the warning.")
    assert ("Azerbaijan", "REJECTS", "Iran") in r.triples


def test_release_of_a_held_group_is_demanded_of_its_captor(extract) -> None:
    r = extract("Malian soldiers seized eleven herders near the border. "
                "Mauritania summoned the ambassador and demanded the release of the herders.")
    assert ("Mauritania", "DEMANDS", "Mali") in r.triples
    assert not any(t[0] == "Mauritania" and t[1] == "DEMANDS" and "herders" in t[2] for t in r.triples)


def test_federal_government_is_the_story_state(extract) -> None:
    r = extract("MOGADISHU, Nov 3 (Wire) - Somalia's army fought Jubaland forces near the border on Sunday. "
                "Kenya urged the federal government and Jubaland to resume talks.")
    assert {("Kenya", "DEMANDS", "Somalia"), ("Kenya", "DEMANDS", "Jubaland")} <= r.triples
    r = extract("ABUJA, Nov 3 (Wire) - Nigeria's army fought separatists in the south-east on Sunday. "
                "Egypt called on the central authorities to protect civilians.")
    assert ("Egypt", "DEMANDS", "Nigeria") in r.triples
