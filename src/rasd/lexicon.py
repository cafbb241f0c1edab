"""Validation of every language data file rasd ships (``rasd lexicon check``)."""
from __future__ import annotations


def check_all() -> list[str]:
    """Load and validate every data file; raise :class:`~rasd.errors.LexiconError` (file, line)
    on the first error, else return one line of counts per resource."""
    from rasd.actors.kb import KnowledgeBase
    from rasd.events.cameo import CameoTable
    from rasd.events.lexicon import TriggerLexicon
    from rasd.geo import Gazetteer
    from rasd.grammar import Grammar
    from rasd.text.clean import ClutterWords
    from rasd.time import load_lexicon

    kb = KnowledgeBase.load()
    cameo = CameoTable.load()
    lex = TriggerLexicon.load(cameo=cameo)
    Grammar.load()
    ClutterWords.load()
    load_lexicon()
    gaz = Gazetteer.load()
    from rasd.outlets import Outlets

    outlets = Outlets.load()
    stats = kb.stats()
    return [
        f"actors    ok: {stats['country']} countries, {stats['org']} organizations, {stats['role']} role nouns, "
        f"{stats['person']} people ({stats['roles']} dated roles)",
        f"triggers  ok: {len(lex.entries)} entries, {len(lex.matcher)} surface forms, {len(cameo.codes)} CAMEO codes",
        f"places    ok: {len(gaz.places)} places",
        f"grammar, syntax, clutter, dates ok; {len(outlets.by_name)} outlet names",
    ]
