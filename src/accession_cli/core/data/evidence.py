"""Reading a grade's evidence: does it qualify the grade, does it name the
provision or the article's offence or power?

Both are heuristics behind warnings (``check`` ACC606, ACC607): they flag a
quotation for a person to re-read, they never decide a grade. Evidence is
compared without case or accents, so "Acceso ilícito" matches "acceso".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Words that make a correspondence less than full, in the languages the
#: sources are written in (English, Spanish, Portuguese, French).
QUALIFIERS: tuple[str, ...] = (
    # English
    "largely",
    "partially",
    "partly",
    "in part",
    "to a certain extent",
    "to some extent",
    "to a large extent",
    "some",
    "most",
    "mostly",
    "except",
    "exception",
    "nearly",
    "almost",
    "broadly",
    "not fully",
    "limited",
    # Spanish
    "en parte",
    "parcialmente",
    "parcial",
    "en cierta medida",
    "en gran medida",
    "mayormente",
    "salvo",
    "excepto",
    "con excepcion",
    "casi",
    # Portuguese
    "em parte",
    "exceto",
    "com excecao",
    "quase",
    # French
    "partiellement",
    "en partie",
    "sauf",
    "a l'exception",
    "presque",
)

#: Word stems naming each article's offence or power, matched at the start
#: of a word: the article's title (``ARTICLE_TITLES``) and its usual
#: renderings in Spanish, Portuguese and French.
_COOPERATION = ("cooperat", "co-operat", "cooperac", "assist", "asistencia", "mutu")
ARTICLE_WORDS: dict[int, tuple[str, ...]] = {
    2: ("acces", "acced", "acess", "intrus", "hack"),
    3: ("intercep",),
    4: ("data", "dato", "dado", "donnee", "interfer", "alter", "damag", "dano", "delet", "destru"),
    5: ("system", "sistema", "systeme", "interfer", "sabota", "hinder", "obstac", "obstru"),
    6: ("misuse", "device", "dispositiv", "abus", "mecanism", "mechanism", "tool", "password"),
    7: ("forg", "falsif", "falsi"),
    8: ("fraud", "estafa", "defraud", "escroquer"),
    9: ("child", "pornog", "infantil", "menor", "minor", "crianca", "enfant", "sexual"),
    10: ("copyright", "intellectual", "intelectual", "author", "autor", "related rights", "pirac"),
    11: ("attempt", "aid", "abet", "tentativ", "complic", "instig", "accomplic"),
    12: ("corporat", "legal person", "juridic", "company", "compan", "liabil", "responsab"),
    13: ("sanction", "sancion", "penalt", "measure", "imprison", "prision", "fine", "multa"),
    14: ("procedur", "procesal", "processual", "scope"),
    15: ("safeguard", "salvaguard", "condition", "garant", "warrant"),
    16: ("preserv", "conserv", "expedit", "stored", "almacenad"),
    17: ("preserv", "conserv", "traffic", "trafico", "trafego", "disclos"),
    18: ("production", "produc", "order", "orden", "exhib", "entreg"),
    19: ("search", "seiz", "registr", "allanam", "incaut", "secuestr", "busca", "apreens"),
    20: ("real-time", "real time", "tiempo real", "tempo real", "traffic", "trafico", "collect"),
    21: ("intercep", "content", "contenido", "conteudo", "comunicac"),
    22: ("jurisdic",),
    23: _COOPERATION,
    24: ("extradi",),
    25: _COOPERATION,
    26: ("spontaneous", "espontan", "spontan"),
    27: _COOPERATION,
    28: ("confidential", "confidencial", "limitation on use"),
    29: ("preserv", "conserv", *_COOPERATION),
    30: ("disclos", "traffic", "trafico", *_COOPERATION),
    31: ("access", "acceso", "stored", *_COOPERATION),
    32: ("trans-border", "transborder", "transfronter", "consent", "publicly available"),
    33: ("real-time", "real time", "tiempo real", "traffic", "trafico", *_COOPERATION),
    34: ("intercep", "content", "contenido", *_COOPERATION),
    35: ("24/7", "point of contact", "contact point", "punto de contacto", "network"),
}


def fold(text: str) -> str:
    """Lower case without accents: "Acceso ILÍCITO" -> "acceso ilicito"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    words = sorted((fold(q) for q in QUALIFIERS), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def qualifier(evidence: str) -> str | None:
    """The first qualifying word or phrase in the evidence, as written there."""
    folded = fold(evidence)
    match = _qualifier_pattern().search(folded)
    if match is None:
        return None
    # folding keeps the length of most text; quote the original when it does
    if len(folded) == len(evidence):
        return evidence[match.start() : match.end()]
    return match.group(0)


#: A number in a provision's name: "2", "154-A", "342.1", "202a", "1030(a)(2)".
_NUMBER = re.compile(r"\d+")


def provision_numbers(provision: str) -> tuple[str, ...]:
    """The numbers a provision is named by ("arts. 3 and 4" -> 3, 4)."""
    return tuple(dict.fromkeys(_NUMBER.findall(provision)))


def names_provision_or_article(evidence: str, provision: str, article: int) -> bool:
    """Whether the evidence names one of the provision's numbers, or a word
    of the article's offence or power."""
    folded = fold(evidence)
    for number in provision_numbers(provision):
        if re.search(rf"(?<![\d]){number}(?![\d])", folded):
            return True
    return any(
        re.search(rf"(?<!\w){re.escape(stem)}", folded) for stem in ARTICLE_WORDS.get(article, ())
    )
