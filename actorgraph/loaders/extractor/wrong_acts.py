"""Wrongful acts a report can impute, beyond reported.py's first list (round 28): force and destruction, incursions,
arms kept or supplied, punishment and silencing of others, harm done to relations or rules. "X said Y had torched the
village", "said Y's units had crossed into the district", "said Y was punishing its own drivers", "said Y had been
storing weapons in the market" -> X ACCUSES Y. Each entry is a verb with its objects where the bare verb is also
neutral ("supplying fuel", "storing grain", "blocking a vote" are no wrongs)."""

from __future__ import annotations

_W = r"(?:[\w\-]+\s+){0,2}?"  # up to two words between a verb and its object noun ("supplying modern weapons")
_ARMS = r"(?:weapons|arms|ammunition|explosives|rockets|missiles|drones|mortars|munitions|guns|rifles)"
_VICTIMS = (r"(?:civilians|protesters|demonstrators|marchers|students|journalists|reporters|detainees|prisoners|"
            r"migrants|refugees|villagers|residents|worshippers|critics|dissidents|opponents|activists|minorities|"
            r"hospitals|schools|homes|aid\s+workers|medics|farmers|fishermen|families)")

MORE_WRONGS = (
    # force and destruction: "had torched homes", "were stripping the seabed", "opened fire on", "stormed the embassy"
    r"torch(?:es|ed|ing)|set(?:ting)?\s+fire\s+to|destroy(?:s|ed|ing)|demolish(?:es|ed|ing)|raz(?:es|ed|ing)|"
    r"strip(?:s|ped|ping)|burn(?:s|ed|t|ing)\s+(?:down\s+)?" + _W + r"(?:homes|houses|villages|crops|fields|churches|"
    r"mosques|schools|shops|markets)|"
    r"open(?:s|ed|ing)?\s+fire|fir(?:es|ed|ing)\s+" + _W + r"(?:rounds|ammunition|bullets|shots|tear\s+gas)\s+(?:at|on|into)|"
    r"sh(?:oot|oots|ot|ooting)\s+(?:at\s+)?(?:unarmed\s+)?" + _VICTIMS + r"|"
    r"beat(?:s|en|ing)\s+(?:up\s+)?" + _VICTIMS + r"|"
    r"rap(?:ed|ing)|assassinat(?:e|es|ed|ing)|murder(?:s|ed|ing)|ambush(?:es|ed|ing)|"
    r"storm(?:s|ed|ing)(?!\s+(?:out|off)\b)|raid(?:s|ed|ing)|invad(?:e|es|ed|ing)|annex(?:es|ed|ing)|"
    r"occup(?:y|ies|ied|ying)(?!\s+(?:the\s+|a\s+)?(?:post|position|seat|office|role|chair|presidency|floor|top)|"
    r"\s+(?:army|armies|forces|power|powers|troops|soldiers|authorit))|"
    # (not the participle of goods seized: "to return seized funds", "the seized cargo")
    r"(?<!return\s)(?<!returning\s)(?<!release\s)(?<!the\s)(?<!its\s)(?<!their\s)(?<!of\s)seiz(?:e|es|ed|ing)|"
    r"hijack(?:s|ed|ing)|"
    # incursions: "had crossed into the district", "had moved troops into", "repeated incursions"
    r"cross(?:es|ed|ing)\s+(?:the\s+(?:border|frontier|line)\s+)?into|incursions?|"
    r"(?:moved|moving|sent|sending|deployed|deploying)\s+" + _W + r"(?:troops|soldiers|forces|units|tanks|warships)\s+"
    r"(?:in)?to|"
    # arms supplied, kept or hidden, fighters recruited: "was supplying weapons to", "had been storing weapons"
    r"suppl(?:y|ies|ied|ying)\s+" + _W + _ARMS + r"|"
    r"(?:stor(?:e|es|ed|ing)|hid(?:e|es|den|ing)?|cach(?:e|es|ed|ing)|stash(?:es|ed|ing)?)\s+" + _W + _ARMS + r"|"
    r"recruit(?:s|ed|ing)\s+" + _W + r"(?:children|child\s+soldiers|minors|mercenaries|fighters|militants)|"
    r"harbou?r(?:s|ed|ing)|shelter(?:s|ed|ing)\s+" + _W + r"(?:militants|terrorists|fighters|rebels|insurgents|"
    r"fugitives|criminals|them|him)|"
    # others harmed, punished or silenced: "was punishing its own drivers", "is starving the city", "blocked aid"
    r"punish(?:es|ed|ing)|starv(?:e|es|ed|ing)|"
    r"block(?:s|ed|ing)\s+" + _W + r"(?:aid|humanitarian|deliveries|convoys|food|medicine|medical|access\s+to)|"
    r"target(?:s|ed|ing)\s+" + _W + _VICTIMS + r"|"
    r"silenc(?:e|es|ed|ing)|muzzl(?:e|es|ed|ing)|censor(?:s|ed|ing)|suppress(?:es|ed|ing)|stifl(?:e|es|ed|ing)|"
    r"crack(?:s|ed|ing)?\s+down\s+on|"
    # harm to relations and rules: "had gravely damaged relations", "was undermining the truce", "had ignored the
    #   ruling", "was inventing enemies abroad", "had provoked the clashes"
    r"damag(?:es|ed|ing)|undermin(?:e|es|ed|ing)|betray(?:s|ed|ing)|provok(?:e|es|ed|ing)|"
    r"escalat(?:es|ed|ing)|ignor(?:es|ed|ing)\s+" + _W + r"(?:rulings?|laws?|courts?|orders?|agreements?|ceasefire|"
    r"truce|treaty|treaties|resolutions?|warnings?)|"
    r"fabricat(?:e|es|ed|ing)|invent(?:s|ed|ing)\s+" + _W + r"(?:enemies|evidence|charges|stories|pretexts?|threats?)|"
    # coercion told as a figure (round 30): "was holding our country hostage with visas", "was criminalising dissent",
    #   "was holding an election at gunpoint"
    #   (not one held hostage by others: "after its sailors were taken hostage")
    r"(?:hold(?:s|ing)?|tak(?:e|es|ing)|took|keep(?:s|ing)?|(?<!been\s)(?<!were\s)(?<!was\s)(?<!are\s)(?<!is\s)"
    r"(?:held|taken|kept))\s+(?:[\w\-]+\s+){0,3}?hostage|"
    r"criminali[sz](?:e|es|ed|ing)|at\s+gunpoint"
)
