"""Pick the Russian name of a Russian GeoNames place from its untagged
`alternatenames` column.

GeoNames' names for places in Russia are BGN/PCGN romanizations of the Russian
name.  Each Cyrillic alternate name that uses only the Russian alphabet is
romanized the same way and compared with the place's own name; the one that
matches is taken.  When several match (other Cyrillic-script languages, old
spellings, reverse-transliteration artefacts), tie-breakers that follow modern
Russian spelling choose one, or the place is left without a Russian name.
"""
import difflib
import re
import unicodedata

RU_ONLY = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё\- ]*$")

BGN = {
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z',
    'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
    'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
    'щ': 'shch', 'ъ': "'", 'ы': 'y', 'ь': "'", 'э': 'e', 'ю': 'yu', 'я': 'ya'}
VOWELS = set('аеёиоуыэюя')

# Letter sequences that modern Russian spelling does not use: word-final hard sign
# (pre-1918 / Church Slavonic), hard sign not before е/ё/ю/я (Caucasian languages),
# "ць" and "-ськ" (Ukrainian/Belarusian), soft sign after a vowel.
NOT_RU = re.compile(r"ъ(?![еёюя])|ць|ськ|[аеёиоуыэюя]ь|ьо|тс\b")


def translit(s):
    """BGN/PCGN romanization, lower case, soft/hard signs as apostrophes."""
    s = s.lower()
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else ' '
        if ch in 'её' and (not prev.isalpha() or prev in VOWELS or prev in 'йъь'):
            out.append('ye' if ch == 'е' else 'yë')
        elif ch == 'ё':
            out.append('ë')
        else:
            out.append(BGN.get(ch, ch))
    return ''.join(out)


def variants(s):
    """Romanizations to compare: BGN, and ё after ж/ч/ш/щ written o (Chornoye)."""
    t = translit(s)
    return {t, re.sub(r"(?<=zh|ch|sh)ë", "o", t)}


def fold(s):
    s = unicodedata.normalize('NFKD', s.replace('ë', 'yo').replace('Ë', 'Yo'))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def strict(s):
    """Exact-spelling key: drop apostrophes and the ye/yo ambiguity of ё only."""
    s = fold(s)
    s = re.sub(r"['’ʹʺ\"`·]", "", s)
    s = s.replace('yyo', 'ye').replace('yo', 'e').replace('ye', 'e')   # ё is often written е
    s = re.sub(r"(?:yy|iy)\b", "y", s)                      # -ый/-ий often romanized -y
    return re.sub(r"[\s-]+", "-", s).strip('-')


def loose(s):
    """Loose key: also level y/i/j spelling variants and spacing."""
    s = re.sub(r"[^a-z]", "", strict(s))
    s = s.replace("ts", "c")
    for a, b in (("iy", "i"), ("yy", "y"), ("ij", "i"), ("j", "y"), ("ii", "i"), ("yi", "i")):
        s = s.replace(a, b)
    return s


def _tiebreak(name, asciiname, alts, hits):
    hits = sorted(set(hits))
    # -ый/-ий adjective ending kept vs dropped (Радужный/Радужны): keep it
    low = {h.lower() for h in hits}
    hits = [h for h in hits if h.lower() + 'й' not in low]
    # 0. romanization equal to the ASCII name letter for letter (Е/Э, ye/e)
    exact = lambda s: re.sub(r"['’ʹ\"]", "", fold(s.replace('ë', 'e')))
    keep = [h for h in hits if exact(translit(h)) in (exact(asciiname), exact(name))]
    hits = keep or hits
    # 1. spellings modern Russian does not use
    keep = [h for h in hits if not NOT_RU.search(h.lower())]
    hits = keep or hits
    # 2. all-capitals variants
    keep = [h for h in hits if not (h.isupper() and len(h) > 3)]
    hits = keep or hits
    # 3. reverse-transliteration artefacts: шч for щ; тс/ц decided by the other
    #    Cyrillic names of the place (e.g. Ukrainian Братськ supports Братск)
    low = {h.lower() for h in hits}
    hits = [h for h in hits if not ('шч' in h.lower() and h.lower().replace('шч', 'щ') in low)]
    pairs = [h for h in hits if 'тс' in h.lower() and h.lower().replace('тс', 'ц') in low]
    if pairs:
        cyr = [a.lower() for a in alts if re.search('[а-яё]', a.lower())]
        for h in pairs:
            i = h.lower().index('тс')
            stem = h.lower()[:i]
            ts = sum(1 for a in cyr if a.startswith(stem + 'тс') and a not in low)
            ts_ = sum(1 for a in cyr if a.startswith(stem + 'ц') and a not in low)
            if ts > ts_:
                hits = [x for x in hits if x.lower() != h.lower().replace('тс', 'ц')]
            elif ts_ > ts or re.search(r"[ия]тск", h.lower()):
                # no evidence either way: -итск-/-ятск- is rare in Russian, -ицк-/-яцк- common
                hits = [x for x in hits if x != h]
    # 3b. е vs э after a consonant (Belarusian-style Туапсэ, Мцэнск): е
    low = {h.lower() for h in hits}
    hits = [h for h in hits if not ('э' in h.lower()[1:] and
                                    re.sub(r'(?<=[бвгджзклмнпрстфхцчшщ])э', 'е', h.lower()) in low)]
    # 4. hyphen/space pattern as in the GeoNames name
    pat = lambda s: re.sub(r"[^\s-]", "", s.strip())
    keep = [h for h in hits if pat(h) == pat(name)]
    hits = keep or hits
    # 5. initial capital as in the GeoNames name
    keep = [h for h in hits if h[:1].isupper() == name[:1].isupper()]
    hits = keep or hits
    # 6. ё vs е spellings of one name: the ё form, which is the more precise one
    if len({h.lower().replace('ё', 'е') for h in hits}) == 1 and len(hits) > 1:
        keep = [h for h in hits if 'ё' in h.lower()]
        hits = keep or hits

    # 7. forms differing only by soft/hard signs (Казань/Казан, Норильск/Норилск,
    #    Смоленск/Смоленьск).  A sign is kept when the GeoNames name writes it;
    #    a word-final or separating sign when a Latin name attests it (Kazan');
    #    otherwise when the place's other Cyrillic names (Ukrainian, Belarusian...)
    #    write the sign in that spot more often than not.
    if len({re.sub('[ьъ]', '', h.lower()) for h in hits}) == 1 and len(hits) > 1:
        apos = {fold(a).replace('’', "'").replace('ʹ', "'")
                for a in alts + [name, asciiname]}
        nm = fold(name).replace('’', "'").replace('ʹ', "'")
        others = [a.lower() for a in alts if re.search('[а-яё]', a.lower()) and a not in hits]

        def votes(h):
            hl = h.lower()
            for m in re.finditer('[ьъ]', hl):
                i = m.start()
                prev, nxt = hl[i - 1:i], hl[i + 1:i + 2]
                if nxt in ('', ' ', '-'):
                    yes = sum(1 for a in others if re.search(re.escape(prev) + '[ьъ](?![а-яё])', a))
                    no = sum(1 for a in others if re.search(re.escape(prev) + '(?![а-яёьъ])', a))
                else:
                    yes = sum(1 for a in others if prev + hl[i] + nxt in a)
                    no = sum(1 for a in others if prev + nxt in a)
                if yes <= no:
                    return False
            return True

        def trusted(h):
            if translit(h) == nm:
                return True
            hl = h.lower()
            internal = re.search(r"[ьъ](?=[^\sяеёюи-])", hl)
            if not internal and translit(h) in apos:
                return True
            return votes(h)

        signed = [h for h in hits if re.search('[ьъ]', h) and trusted(h)]
        plain = [h for h in hits if not re.search('[ьъ]', h)]
        if len(signed) == 1:
            hits = signed
        elif not signed and len(plain) == 1:
            hits = plain
    return hits


def pick(name, asciiname, alts):
    """Return (russian_name or None, reason)."""
    cands = [a.strip() for a in alts if RU_ONLY.match(a.strip())]
    if not cands:
        return None, 'no-cyrillic'
    for tier, fn in (('strict', strict), ('loose', loose)):
        primary = {fn(name), fn(asciiname)}
        hits = [c for c in cands if any(fn(v) in primary for v in variants(c))]
        if not hits:
            continue
        if len(set(hits)) > 1:
            hits = _tiebreak(name, asciiname, alts, hits)
        if len(set(hits)) == 1:
            return hits[0], tier
        return None, 'ambiguous'
    # last resort: one candidate clearly closest to the name (misspelt GeoNames names
    # such as Krasnogvargeisky for Красногвардейский)
    target = loose(asciiname)
    scored = sorted(((difflib.SequenceMatcher(None, loose(translit(c)), target).ratio(), c)
                     for c in set(cands) if not NOT_RU.search(c.lower())), reverse=True)
    if (scored and scored[0][0] >= 0.85 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.1)
            and loose(translit(scored[0][1]))[-2:] == target[-2:]):   # same ending: Жуков is not Zhukovo
        return scored[0][1], 'fuzzy'
    return None, 'no-match'
