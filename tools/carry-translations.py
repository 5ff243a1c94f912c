#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations across a move of strings between classes (translation contexts).

lupdate keys a translation by its context (the class) and source text, so a string that moves
to another class comes back unfinished and its old entry is dropped. Run this after
`cmake --build --preset ci --target update_translations`, giving the .ts files as they were before
(for example `git show HEAD:translations/nss_de.ts > /tmp/old_de.ts`): every unfinished entry whose
source text (and disambiguation comment) had a finished translation in any context gets it back.

    tools/carry-translations.py OLD.ts NEW.ts [OLD.ts NEW.ts ...]
"""
import sys
import xml.etree.ElementTree as ET


def finished(path):
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        key = (message.findtext("source"), message.findtext("comment"))
        found[key] = message
    return found


def carry(old_path, new_path):
    old = finished(old_path)
    tree = ET.parse(new_path)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = old.get((message.findtext("source"), message.findtext("comment")))
        if source is None:
            continue
        message.remove(translation)
        message.append(source.find("translation"))
        carried += 1
    ET.indent(tree, space="  ")  # the committed files' layout, so diffs show only what changed
    text = ET.tostring(tree.getroot(), encoding="unicode")
    with open(new_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n")
    print(f"{new_path}: {carried} translations carried over")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or len(args) % 2:
        sys.exit(__doc__)
    for i in range(0, len(args), 2):
        carry(args[i], args[i + 1])
