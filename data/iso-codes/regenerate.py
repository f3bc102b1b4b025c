#!/usr/bin/env python3
"""Regenerates iso_3166-1.tsv from Debian's iso-codes package (apt-get install iso-codes).

The build reads only the TSV, so it needs no Debian package. One line per form: the ISO 3166-1
alpha-2 code, the field (name, official_name, common_name), the language of the translation
("en" for the English of the standard itself) and the form as iso-codes spells it.

    python3 data/iso-codes/regenerate.py [ISO_CODES_JSON_DIR [LOCALE_DIR]]
"""
import gettext
import json
import os
import subprocess
import sys

FIELDS = ("name", "official_name", "common_name")

here = os.path.dirname(os.path.abspath(__file__))
json_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
locale_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale"

with open(os.path.join(json_dir, "iso_3166-1.json"), encoding="utf-8") as f:
    entries = json.load(f)["3166-1"]

try:
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout.strip()
except (OSError, subprocess.CalledProcessError):
    version = "unknown"

languages = sorted(d for d in os.listdir(locale_dir)
                   if os.path.isfile(os.path.join(locale_dir, d, "LC_MESSAGES", "iso_3166-1.mo")))

rows = []
for e in entries:
    for field in FIELDS:
        if field in e:
            rows.append((e["alpha_2"], field, "en", e[field]))
for lang in languages:
    with open(os.path.join(locale_dir, lang, "LC_MESSAGES", "iso_3166-1.mo"), "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for e in entries:
        for field in FIELDS:
            form = catalog.get(e.get(field))
            if form and form.strip():
                rows.append((e["alpha_2"], field, lang, " ".join(form.split())))

rows.sort(key=lambda r: (r[0], FIELDS.index(r[1]), r[2] != "en", r[2]))
with open(os.path.join(here, "iso_3166-1.tsv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("# ISO 3166-1 names and their translations from iso-codes %s (LGPL-2.1-or-later, see COPYING);\n" % version)
    out.write("# regenerate with data/iso-codes/regenerate.py. code\tfield\tlanguage\tform\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
print("%d forms in %d languages" % (len(rows), len(languages) + 1))
