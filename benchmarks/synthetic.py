"""A deterministic synthetic actor graph for benchmarks: invented names, registry types, real evidence shape.

``synthetic_graph(100_000, 300_000)`` describes 100k actors (people, organisations, ~200 countries, groups,
vessels, aircraft), 300k relationships with evidence (sentence, document, offsets, date, status, source
attribution) spread over a few thousand documents. Endpoints are drawn from Zipf-like weights, so the
degree distribution is heavy-tailed as in real news networks: a few countries and ministries are hubs,
most actors appear once or twice. Nothing is materialised up front beyond one compact name table; actors,
relations and documents are generators that can be iterated again and give the same objects each time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.graph.model import actor_id

SYLLABLES = ("ka", "ra", "lo", "ven", "ti", "mar", "sol", "de", "qu", "an", "bel", "dor", "ze", "mi", "nu",
             "sha", "tor", "el", "vi", "os", "pa", "gan", "ri", "lu", "fe", "mon", "sa", "ur", "ha", "lin")
ORG_FORMS = ("Holdings", "Trading", "Petroleum", "Shipping", "Logistics", "Bank", "Ministry of Defence",
             "Ministry of Finance", "Party", "Front", "Cartel", "Foundation", "Gazette", "Broadcasting",
             "Mining", "Security Services", "Group", "Capital", "Navigation", "Energy")
GROUP_FORMS = ("officials", "militias", "exiles", "protesters", "negotiators", "generals", "smugglers")
OUTLETS = ("Meridian Wire", "Northern Post", "Coastal Herald", "Daily Ledger", "Global Dispatch",
           "Harbor Times", "Capital Observer", "Frontier Report")

# kind -> share of the actor table (countries are a fixed ~200)
KIND_SHARE = {"Person": 0.55, "Organization": 0.30, "Group": 0.07, "Vessel": 0.06, "Aircraft": 0.02}
N_COUNTRIES = 200

# type -> (weight, source kinds, target kinds, verb phrase)
TYPE_MIX: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], str]] = {
    "SANCTIONS": (10, ("Country", "Organization"), ("Person", "Organization", "Vessel", "Aircraft"),
                  "imposed sanctions on"),
    "EASES_SANCTIONS": (1, ("Country",), ("Person", "Organization", "Country"), "eased sanctions on"),
    "DESIGNATES": (3, ("Country", "Organization"), ("Organization", "Group", "Person"), "designated"),
    "NEGOTIATES_WITH": (5, ("Country", "Person"), ("Country", "Person", "Group"), "held talks with"),
    "MEETS_WITH": (7, ("Person", "Country"), ("Person", "Country"), "met"),
    "OFFERS": (2, ("Country", "Person"), ("Person", "Country", "Group"), "made an offer to"),
    "AGREES_WITH": (2, ("Country", "Organization"), ("Country", "Organization"), "signed an agreement with"),
    "SUPPORTS": (6, ("Person", "Country", "Organization"), ("Person", "Country", "Group"), "backed"),
    "COOPERATES_WITH": (4, ("Country", "Organization"), ("Country", "Organization"), "cooperated with"),
    "AIDS": (2, ("Country", "Organization"), ("Country", "Group"), "sent aid to"),
    "DEMANDS": (3, ("Country", "Person", "Group"), ("Country", "Person"), "demanded concessions from"),
    "REJECTS": (2, ("Country", "Person"), ("Country", "Person"), "rejected a proposal from"),
    "ACCUSES": (8, ("Country", "Person", "Organization"), ("Person", "Country", "Organization"), "accused"),
    "DENIES": (2, ("Person", "Country"), ("Person", "Country", "Organization"), "denied claims by"),
    "PROTESTS": (2, ("Group", "Person"), ("Country", "Organization"), "protested against"),
    "THREATENS": (3, ("Country", "Person"), ("Country", "Person", "Group"), "threatened"),
    "COERCES": (3, ("Country",), ("Vessel", "Aircraft", "Person", "Organization"), "seized"),
    "MOBILIZES_AGAINST": (1, ("Country", "Group"), ("Country", "Group"), "mobilised forces against"),
    "ATTACKS": (2, ("Country", "Group"), ("Vessel", "Group", "Country"), "attacked"),
    "INVESTIGATES": (4, ("Country", "Organization"), ("Person", "Organization"), "opened an inquiry into"),
    "LEADS": (4, ("Person",), ("Organization", "Country", "Group"), "leads"),
    "HOLDS_POSITION": (6, ("Person",), ("Organization", "Country"), "holds office in"),
    "MEMBER_OF": (5, ("Person", "Organization"), ("Organization", "Group"), "is a member of"),
    "ASSOCIATED_WITH": (12, ("Person", "Organization", "Vessel", "Aircraft"), ("Person", "Organization"),
                        "is linked to"),
    "FAMILY_OF": (1, ("Person",), ("Person",), "is a relative of"),
}
STATUS_MIX = {"asserted": 50, "reported": 30, "alleged": 10, "denied": 4, "hypothetical": 3, "negated": 3}
DATE_FROM = dt.date(2015, 1, 1)
DATE_DAYS = (dt.date(2026, 10, 31) - DATE_FROM).days
ZIPF_EXPONENT = 1.05
HUB_SHARE = 0.6  # share of endpoints drawn by Zipf rank; the rest uniformly, so few actors stay isolated


def _word(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi))).capitalize()


def _name(rng: random.Random, kind: str) -> str:
    if kind == "Person":
        return f"{_word(rng, 2, 3)} {_word(rng, 2, 4)}"
    if kind == "Organization":
        return f"{_word(rng, 2, 3)} {rng.choice(ORG_FORMS)}"
    if kind == "Country":
        return rng.choice(("Republic of ", "Kingdom of ", "", "", "")) + _word(rng, 2, 4) + rng.choice(
            ("ia", "stan", "land", "a", ""))
    if kind == "Group":
        return f"{_word(rng, 2, 3)} {rng.choice(GROUP_FORMS)}"
    if kind == "Vessel":
        return f"{rng.choice(('MV', 'MT', 'SS'))} {_word(rng, 2, 3)} {rng.randint(1, 99)}"
    return f"{rng.choice(('YV', 'EP', 'RA', 'XA'))}-{rng.randint(1000, 9999)} {_word(rng, 2, 2)}"


@dataclass
class _Pool:
    """Actor indexes of one kind with cumulative Zipf weights: a Zipf/uniform mix, heavy-tailed."""

    members: list[int] = field(default_factory=list)
    cum: list[float] = field(default_factory=list)

    def finish(self, rng: random.Random) -> None:
        rng.shuffle(self.members)  # hub rank independent of generation order
        self.cum = list(accumulate(1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(self.members))))

    def pick(self, rng: random.Random) -> int:
        if rng.random() >= HUB_SHARE:
            return rng.choice(self.members)
        return self.members[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]


class SyntheticGraph:
    """Iterable as ``actors, relations, documents = synthetic_graph(...)``; each part a fresh generator."""

    def __init__(self, n_actors: int, n_relations: int, seed: int = 0) -> None:
        if n_actors < 20:
            raise ValueError("n_actors must be at least 20")
        self.n_actors, self.n_relations, self.seed = n_actors, n_relations, seed
        self.n_documents = max(1, min(5_000, n_relations // 100))
        rng = random.Random(seed)
        n_countries = min(N_COUNTRIES, max(2, n_actors // 50))
        kinds = ["Country"] * n_countries
        rest = n_actors - n_countries
        for kind, share in KIND_SHARE.items():
            kinds += [kind] * (round(rest * share) if kind != "Aircraft" else rest - len(kinds) + n_countries)
        self.kinds: list[str] = kinds
        self.names: list[str] = []
        self.ids: list[str] = []
        seen: set[str] = set()
        for kind in kinds:
            name = _name(rng, kind)
            aid = actor_id(kind, name)
            while aid in seen:  # syllable names collide now and then: add a distinguishing word
                name = f"{name} {_word(rng, 1, 2)}"
                aid = actor_id(kind, name)
            seen.add(aid)
            self.names.append(name)
            self.ids.append(aid)
        self.pools: dict[str, _Pool] = {}
        for i, kind in enumerate(kinds):
            self.pools.setdefault(kind, _Pool()).members.append(i)
        for kind in sorted(self.pools):
            self.pools[kind].finish(rng)
        self.outlet_ids = [actor_id("Organization", o) for o in OUTLETS]

    def __iter__(self) -> Iterator[Iterator[Actor] | Iterator[Relation] | Iterator[Document]]:
        return iter((self.actors(), self.relations(), self.documents()))

    def hub_ids(self, kind: str = "Country", n: int = 10) -> list[str]:
        """The most connected actors of a kind (the heads of the Zipf ranking)."""
        return [self.ids[i] for i in self.pools[kind].members[:n]]

    def document_id(self, i: int) -> str:
        return "doc:" + hashlib.sha256(f"synthetic/{self.seed}/{i}".encode()).hexdigest()[:32]

    def actors(self) -> Iterator[Actor]:
        rng = random.Random(self.seed + 1)
        for outlet in OUTLETS:
            yield Actor(name=outlet, kind="Organization", description="news outlet (synthetic)")
        for i, (kind, name) in enumerate(zip(self.kinds, self.names, strict=True)):
            aliases = [name.split()[-1]] if kind == "Person" and rng.random() < 0.3 else []
            ext = [f"synthetic:{i}"] if kind in ("Vessel", "Aircraft") or rng.random() < 0.05 else []
            props: dict[str, str | int | float | bool] = {"synthetic": True}
            if kind == "Vessel":
                props["imo"] = 9_000_000 + i
            yield Actor(id=self.ids[i], name=name, kind=kind, aliases=aliases, external_ids=ext,
                        properties=props)

    def documents(self) -> Iterator[Document]:
        rng = random.Random(self.seed + 2)
        for i in range(self.n_documents):
            published = DATE_FROM + dt.timedelta(days=rng.randrange(DATE_DAYS))
            outlet = rng.choice(OUTLETS)
            yield Document(id=self.document_id(i), title=f"{_word(rng, 2, 3)} {_word(rng, 2, 4)} report {i}",
                           url=f"https://news.example/{i}", source=outlet, published=published,
                           path=f"synthetic/{i}.txt")

    def relations(self) -> Iterator[Relation]:
        rng = random.Random(self.seed + 3)
        types = list(TYPE_MIX)
        type_cum = list(accumulate(TYPE_MIX[t][0] for t in types))
        statuses = list(STATUS_MIX)
        status_cum = list(accumulate(STATUS_MIX.values()))
        offsets = [0] * self.n_documents  # each document's sentences follow one another
        for _ in range(self.n_relations):
            rtype = rng.choices(types, cum_weights=type_cum)[0]
            _, src_kinds, dst_kinds, verb = TYPE_MIX[rtype]
            src = self.pools[rng.choice(src_kinds)].pick(rng)
            dst = self.pools[rng.choice(dst_kinds)].pick(rng)
            while dst == src:
                dst = self.pools[rng.choice(dst_kinds)].pick(rng)
            status = rng.choices(statuses, cum_weights=status_cum)[0]
            doc = min(int(rng.paretovariate(1.2)) - 1, self.n_documents - 1) if rng.random() < 0.2 \
                else rng.randrange(self.n_documents)
            day = DATE_FROM + dt.timedelta(days=rng.randrange(DATE_DAYS))
            sentence = f"{self.names[src]} {verb} {self.names[dst]} on {day:%d %B %Y}, according to officials."
            start = offsets[doc]
            offsets[doc] += len(sentence) + 1
            attributed = rng.choice(self.outlet_ids) if status in ("reported", "alleged") else None
            yield Relation(
                source=self.ids[src], type=rtype, target=self.ids[dst], date=day, status=status,
                attributed_to=attributed, confidence=round(rng.uniform(0.5, 1.0), 2),
                evidence=Evidence(document_id=self.document_id(doc), sentence=sentence, start=start,
                                  end=start + len(sentence)))

    def mentions(self) -> Iterator[tuple[str, str, int]]:
        """(document id, actor id, count) for every actor a document's relations name."""
        counts: dict[tuple[str, str], int] = {}
        for rel in self.relations():
            for aid in (rel.source, rel.target):
                key = (rel.evidence.document_id, aid)
                counts[key] = counts.get(key, 0) + 1
        for (doc, aid), n in counts.items():
            yield doc, aid, n


def synthetic_graph(n_actors: int, n_relations: int, seed: int = 0) -> SyntheticGraph:
    """Describe a synthetic graph; unpack as ``actors, relations, documents``."""
    return SyntheticGraph(n_actors, n_relations, seed)


def load_synthetic(store: GraphStore, n_actors: int, n_relations: int, seed: int = 0,
                   batch_size: int = 5_000, mentions: bool = True) -> SyntheticGraph:
    """Load a synthetic graph through the batched upserts (actors, documents, relations, mentions)."""
    graph = synthetic_graph(n_actors, n_relations, seed)
    store.upsert_actors(graph.actors(), batch_size=batch_size)
    store.upsert_documents(graph.documents(), batch_size=batch_size)
    store.upsert_relations(graph.relations(), batch_size=batch_size, check_endpoints=False)
    if mentions:
        store.upsert_mentions(graph.mentions(), batch_size=batch_size)
    return graph
