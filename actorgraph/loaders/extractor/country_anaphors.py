""" "Kenya deployed troops ... The country accused Peru" / "Peru sanctioned the country": a bare "the country" as a
clause's subject or a verb's object ("called on the country to", "talks with the country") is the state the previous
sentence opened with, else the one state it names. Left alone after a preposition ("in the south of the country",
"across the country"), before "'s" or "of" (but for a charge or a denied claim: "accused the country of", "denied
the country's claims"), and when that state, or two others, are named before it in its own sentence."""

from __future__ import annotations

from actorgraph.loaders.extractor.mentions import Mention, covered_tokens, insert_mentions, span_mention
from actorgraph.loaders.extractor.name_shapes import CHARGE_VERB, denied_claim
from actorgraph.loaders.extractor.object_pronouns import partner_with
from actorgraph.loaders.extractor.patterns import PAST_VERB, VERB_LIKE
from actorgraph.loaders.extractor.previous_openers import previous_opener
from actorgraph.loaders.extractor.text import Sentence, has_word, previous_body

_COUNTRY = frozenset({"country"})
# verbs whose object "the country" is a place, not a party
_PLACE_VERBS = frozenset("left fled entered exited toured visited crossed reached roamed swept hit struck".split())


def link_bare_country(sentences: list[Sentence], mentions: list[list[Mention]]) -> None:
    history: list[tuple[Sentence, list[Mention]]] = []
    for sent, ms in zip(sentences, mentions, strict=True):
        if not sent.headline and has_word(sent, _COUNTRY):
            insert_mentions(ms, _bare_country(sent, ms, history))
        history.append((sent, ms))


def _bare_country(sent: Sentence, ms: list[Mention], history: list[tuple[Sentence, list[Mention]]]) -> list[Mention]:
    toks, taken, added = sent.tokens, covered_tokens(ms), []
    lower = [t.lower for t in toks]
    for k in range(1, len(toks)):
        verb = lower[k - 2] if k >= 2 else ""
        after = lower[k + 1] if k + 1 < len(toks) else ""
        if lower[k] != "country" or lower[k - 1] != "the" or k in taken \
                or after in ("'s", "’s") and not denied_claim(lower, k - 2, k + 2) \
                or after == "of" and not CHARGE_VERB.fullmatch(verb):  # "accused the country of": the charge
            continue
        acted_on = verb not in _PLACE_VERBS and (PAST_VERB.fullmatch(verb) or VERB_LIKE.fullmatch(verb)) \
            or verb == "on" and lower[k - 3].startswith("call") or partner_with(lower, k - 1)  # "called on", "talks with"
        if k > 1 and not acted_on:
            continue  # neither the sentence's opening subject nor right after a verb
        state = previous_opener(history, ("Country",)) or _only_state(history)
        here = [m for m in ms if m.kind == "Country" and m.entity and m.start < toks[k].start]
        if state is None or state.entity in {m.entity for m in here} or len(here) > 1:
            continue
        added.append(span_mention(sent, k - 1, k + 1, state.name, "Country", "country-description",
                                  entity=state.entity))
    return added


def _only_state(history: list[tuple[Sentence, list[Mention]]]) -> Mention | None:
    """ "The X Front seized a town in Mali. It accused the country of ...": the one state the previous sentence names."""
    prev = previous_body(history)
    states = [m for m in (prev[1] if prev else []) if m.kind == "Country" and m.entity]
    return states[0] if len({m.entity for m in states}) == 1 else None
