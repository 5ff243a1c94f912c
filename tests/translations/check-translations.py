#!/usr/bin/python3
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


def check_wrappers(ts_file, sources):
    """lupdate cannot follow a wrapper's variable text; it files the wrapper's callers' literals under
    their class, or under the enclosing namespace for free functions. A wrapper whose context holds no
    string at all is translating under a context that does not exist."""
    contexts = {context for context, _ in messages(ts_file)}
    wrong = []
    for folder in sources:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                for context in WRAPPER.findall(line):
                    if context not in contexts:
                        wrong.append(f"  {path}:{number}: translates under \"{context}\", which lupdate never fills "
                                     f"(it has: {', '.join(sorted(contexts))})")
    if wrong:
        return [f"tr() wrappers whose messages are never translated:\n" + "\n".join(wrong)]
    return []


def main():
    lupdate, ts_files, sources = parse_args(sys.argv)
    problems = []
    with tempfile.TemporaryDirectory(prefix="nss-ts-") as tmp:
        for ts in ts_files:
            problems += check(lupdate, ts, sources, Path(tmp))
        if ts_files:
            problems += check_wrappers(Path(tmp) / ts_files[0].name, sources)
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
