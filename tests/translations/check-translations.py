#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when the translations are not complete for the sources as they are now.

Runs lupdate on the source folders into temporary copies of the .ts files (the committed files are
never touched), then lists, per file and with context and source text:
  - strings in the sources that the .ts file lacks (lupdate adds them as unfinished),
  - unfinished entries, and entries whose translation is empty,
  - obsolete entries (strings no longer in the sources: lupdate marks them vanished/obsolete),
  - translations whose placeholders (%1..%99, %n) differ from the source's,
  - tr() wrappers (QCoreApplication::translate("Context", text) with a variable text) whose context
    lupdate never files a string under: their messages would never be translated.

    check-translations.py LUPDATE TS_FILE... -- SOURCE_DIR...
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
WRAPPER = re.compile(r'translate\(\s*"([^"]+)"\s*,\s*(?!")[A-Za-z_]')


def parse_args(argv):
    if len(argv) < 4 or "--" not in argv:
        sys.exit(__doc__)
    split = argv.index("--")
    return argv[1], [Path(p) for p in argv[2:split]], [Path(p) for p in argv[split + 1:]]


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def describe(context, message):
    source = message.findtext("source", "")
    return f"  [{context}] {source!r}"


def translation_texts(message):
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def check(lupdate, original, sources, workdir):
    copy = workdir / original.name
    shutil.copyfile(original, copy)
    before = {(c, m.findtext("source", ""), m.findtext("comment", "")) for c, m in messages(original)}
    result = subprocess.run([lupdate, "-locations", "none", "-extensions", "cpp,h", *map(str, sources), "-ts", str(copy)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return [f"lupdate failed on {original.name}:\n{result.stdout}{result.stderr}"]

    missing, unfinished, empty, obsolete, placeholders = [], [], [], [], []
    for context, message in messages(copy):
        key = (context, message.findtext("source", ""), message.findtext("comment", ""))
        kind = (message.find("translation").get("type") if message.find("translation") is not None else None)
        if kind in ("vanished", "obsolete"):
            obsolete.append(describe(context, message))
            continue
        if key not in before:
            missing.append(describe(context, message))
            continue
        if kind == "unfinished":
            unfinished.append(describe(context, message))
            continue
        texts = translation_texts(message)
        if not texts or any(not t.strip() for t in texts):
            empty.append(describe(context, message))
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source", ""))))
        for text in texts:
            got = sorted(set(PLACEHOLDER.findall(text)))
            if got != wanted and not (message.get("numerus") == "yes" and set(got) <= set(wanted)):
                placeholders.append(f"{describe(context, message)} -> {text!r}: placeholders {got}, source has {wanted}")
                break

    problems = []
    for title, items in (("strings in the sources missing from the file (run the update_translations target, then translate)", missing),
                         ("unfinished translations", unfinished),
                         ("empty translations", empty),
                         ("obsolete entries (no longer in the sources: remove them)", obsolete),
                         ("placeholders differ from the source", placeholders)):
        if items:
            problems.append(f"{original.name}: {len(items)} {title}:\n" + "\n".join(items))
    return problems


def classes_with_own_tr(sources):
    """Contexts whose members call their own static tr(): Q_OBJECT classes and Q_DECLARE_TR_FUNCTIONS."""
    own = set()
    for folder in sources:
        for path in folder.rglob("*"):
            if path.suffix not in (".cpp", ".h"):
                continue
            text = path.read_text(errors="replace")
            own.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
            for name in re.findall(r"\b(?:class|struct)\s+(\w+)[^;{]*\{(?:(?!\n\};).)*?\bQ_OBJECT\b", text, re.S):
                own.update({name, "nss::" + name})
    return own


def check_wrappers(lupdate, sources, workdir):
    """lupdate cannot follow a wrapper such as `QString tr(const char *t) { return translate("Ctx", t); }`:
    it files each literal under the class of the calling member, or under the enclosing namespace for a
    free function. Where that differs from the wrapper's context the message is never translated."""
    located = workdir / "located.ts"
    subprocess.run([lupdate, "-locations", "absolute", "-extensions", "cpp,h", *map(str, sources), "-ts", str(located)],
                   capture_output=True, text=True)
    filed = {}  # source file -> [(context, source text)]
    for context, message in messages(located):
        for location in message.findall("location"):
            path = (workdir / location.get("filename")).resolve()
            filed.setdefault(path, []).append((context, message.findtext("source", "")))
    own_tr = classes_with_own_tr(sources)
    wrong = []
    for folder in sources:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            wrappers = set(WRAPPER.findall(path.read_text(errors="replace")))
            if len(wrappers) != 1:
                continue
            wrapper = wrappers.pop()
            lost = {}
            for context, source in filed.get(path.resolve(), []):
                if context != wrapper and context not in own_tr:
                    lost.setdefault(context, set()).add(source)
            for context, texts in sorted(lost.items()):
                wrong.append(f"  {path}: {len(texts)} message(s) that lupdate files under \"{context}\" are looked up "
                             f"under \"{wrapper}\" by the file's tr() wrapper, e.g. {sorted(texts)[0]!r}")
    if wrong:
        return ["tr() wrappers whose messages are never translated (free functions in namespace nss: use "
                "\"nss\"; class members: give the class Q_DECLARE_TR_FUNCTIONS(nss::Class)):\n" + "\n".join(wrong)]
    return []


def main():
    lupdate, ts_files, sources = parse_args(sys.argv)
    problems = []
    with tempfile.TemporaryDirectory(prefix="nss-ts-") as tmp:
        for ts in ts_files:
            problems += check(lupdate, ts, sources, Path(tmp))
        problems += check_wrappers(lupdate, sources, Path(tmp))
    if problems:
        print("\n\n".join(problems))
        print(f"\nFAIL: the translations do not match the sources ({len(problems)} problem list(s) above).\n"
              "To fix: cmake --build --preset ci --target update_translations (adds new strings, drops\n"
              "obsolete ones), then translate every entry marked type=\"unfinished\" in translations/nss_*.ts\n"
              "(Qt Linguist, or by hand: write the translation, remove the type attribute), as a native\n"
              "speaker would: keep %1/%n placeholders, & accelerators (zh_CN/hi: \"Text(&X)\") and shortcuts.")
        return 1
    count = sum(1 for _ in messages(ts_files[0])) if ts_files else 0
    print(f"OK: {len(ts_files)} translation files, {count} strings each, complete and up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
