#!/usr/bin/env python3
"""Fills the English plural forms of plotbench_en.ts from the source texts.

Source strings spell plurals as "%n row(s)" or "%n match(es)"; English needs "1 row" and "2 rows".
Run after `cmake --build build --target update_translations` (lupdate). Messages whose forms
cannot be derived from a "(s)"/"(es)" marker are left for a person to write.
Usage: translations/fill-english-plurals.py [translations/plotbench_en.ts]
"""
import html
import re
import sys
from pathlib import Path

MARKER = re.compile(r"\((e?s)\)")
# One numerus message whose translation is unfinished, in lupdate's own layout (kept byte for byte).
UNFINISHED = re.compile(
    r'(<message numerus="yes">(?:(?!</message>).)*?<source>(?P<source>(?:(?!</source>).)*)</source>'
    r'(?:(?!</message>).)*?)(?P<indent>[ ]*)<translation type="unfinished">(?:(?!</translation>).)*</translation>',
    re.S)


def forms(source):
    if not MARKER.search(source):
        return None
    return MARKER.sub("", source), MARKER.sub(lambda m: m.group(1), source)


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("plotbench_en.ts"))
    filled = 0

    def fill(match):
        nonlocal filled
        derived = forms(html.unescape(match.group("source")))
        if derived is None:
            return match.group(0)
        filled += 1
        indent = match.group("indent")
        numerus = "".join(f"{indent}    <numerusform>{html.escape(form, quote=False)}</numerusform>\n" for form in derived)
        return f"{match.group(1)}{indent}<translation>\n{numerus}{indent}</translation>"

    text = UNFINISHED.sub(fill, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {filled} plural message(s) filled")


if __name__ == "__main__":
    main()
