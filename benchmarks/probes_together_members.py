"""Membership told in a relative clause with a co-member: "A and B, which together with C form the Y", "A, which
along with B and C makes up the Y" -> each of them MEMBER_OF Y; a clause whose co-member is no state or body, or
whose verb is no verb of forming, tells no membership."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODY = "Coastal States Union"
_CLAUSES = (
    "Ghana and Togo, which together with Benin form the {body}, protested on Monday.",
    "Ghana and Togo, which along with Benin make up the {body}, issued a joint statement.",
    "Ghana, which together with Togo and Benin formed the {body} in 2023, protested on Monday.",
    "Ghana and Togo, which with Benin make up the {body}, expressed solidarity with Niger.",
)

PROBES = [
    Probe("co-members in a relative clause", clause.format(body=_BODY), (member, "MEMBER_OF", _BODY))
    for clause in _CLAUSES for member in ("Ghana", "Togo", "Benin")
] + [
    Probe("co-members in a relative clause", text, ("", "", ""),
          forbidden=(("Ghana", "MEMBER_OF", _BODY), ("Benin", "MEMBER_OF", _BODY)))
    for text in (
        f"Ghana and Togo, which together with Benin oppose the {_BODY}, protested on Monday.",
        f"Ghana, which together with Benin criticised the {_BODY}, protested on Monday.",
    )
]
