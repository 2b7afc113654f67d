#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Kaiwa's Qt Linguist files.

usage: check_translations.py LUPDATE SOURCE_DIR

1. Up to date: lupdate runs over src/ and ui/ into a scratch copy of each .ts file. A string in
   the code that the committed file lacks shows up there as new.
2. Japanese is complete: no unfinished, empty or missing message (new strings from step 1
   included). Other languages: unfinished messages are counted and listed as a note.
3. Every finished translation, in every language, keeps what the program fills in or acts on:
   the same %1..%99 placeholders, %n in each plural form of a plural message, a keyboard
   accelerator (&X) where the source has one, the same HTML tags, and the right number of
   plural forms for the language.
Exit status 1 lists every problem with its source text.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

STRICT = {"ja"}  # languages that must be complete
PLURAL_FORMS = {"ja": 1, "ko": 1, "de": 2, "pt": 2, "en": 2}

PLACEHOLDER = re.compile(r"%(\d{1,2})")
ACCELERATOR = re.compile(r"&(?!&)\S")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b")


def messages(path):
    """Yields (context, source, translation element, numerus) for every message."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation"), (
                message.get("numerus") == "yes")


def forms(translation, numerus):
    if numerus:
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def check_forms(lang, source, texts, numerus):
    problems = []
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for text in texts:
        if sorted(set(PLACEHOLDER.findall(text))) != wanted:
            problems.append("placeholders differ: %r" % text)
        if numerus and "%n" in source and "%n" not in text:
            problems.append("a plural form without %%n: %r" % text)
        if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
            problems.append("accelerator (&) lost: %r" % text)
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append("HTML tags differ: %r" % text)
    if numerus and lang in PLURAL_FORMS and len(texts) != PLURAL_FORMS[lang]:
        problems.append("%d plural forms, %s needs %d" % (len(texts), lang, PLURAL_FORMS[lang]))
    return problems


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    ts_dir = os.path.join(root, "translations")
    files = sorted(f for f in os.listdir(ts_dir) if re.fullmatch(r"kaiwa_\w+\.ts", f))
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in files:
            lang = name[len("kaiwa_"):-len(".ts")].split("_")[0]
            copy = os.path.join(scratch, name)
            shutil.copyfile(os.path.join(ts_dir, name), copy)
            # ui/ holds Designer files when there are any (git keeps no empty folder).
            folders = [os.path.join(root, d) for d in ("src", "ui")
                       if os.path.isdir(os.path.join(root, d))]
            run = subprocess.run(
                [lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h,ui"]
                + folders + ["-ts", copy],
                capture_output=True, text=True)
            if run.returncode != 0:
                failures.append("%s: lupdate failed: %s" % (name, run.stderr.strip()))
                continue
            new = re.search(r"\((\d+) new and", run.stdout)
            if new and int(new.group(1)) and lang != "en":
                failures.append("%s: %s string(s) in the code are not in the file; run the "
                                "update_translations target and translate them" % (name, new.group(1)))
            unfinished = []
            for context, source, translation, numerus in messages(copy):
                if translation is None:
                    continue
                texts = forms(translation, numerus)
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                if translation.get("type") == "unfinished" or not any(t.strip() for t in texts):
                    unfinished.append("%s: %r" % (context, source))
                    continue
                if lang == "en":
                    continue
                for problem in check_forms(lang, source, texts, numerus):
                    failures.append("%s: %s %r: %s" % (name, context, source, problem))
            if lang in STRICT:
                failures += ["%s: unfinished: %s" % (name, u) for u in unfinished]
            elif lang != "en":
                print("%s: %d unfinished message(s)" % (name, len(unfinished)))
    for failure in failures:
        print("FAIL " + failure)
    print("%d file(s) checked, %d problem(s)" % (len(files), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
