"""The language of each line of a bot message, so screen readers use the right voice.

The chat widget is Dutch (`lang="nl"`), but some answers are not (WCAG 2.1, 3.1.2 Language
of Parts). The REST channel sends a hint with each such message, computed here from:

- the response's metadata in domain.yml: `metadata: {lang: en}` for a response written in
  English, and `value_lang: {lijst: nl}` when a placeholder is filled with text in another
  language (the help lines come from the Dutch referral map);
- a line in parentheses that starts with a language's name, "(English: ...)" or
  "(Nederlands: ...)", which is in that language whatever the response around it.

The hint holds language codes only, never text: `{"lang": "en", "lines": ["en", "nl", ...]}`
with one code per line of the text ("lines" only when some line differs from "lang").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeGuard

DEFAULT_LANGUAGE = "nl"
# The names a labelled line starts with, "(English: ...)", and their language codes.
LINE_LABELS = {"English": "en", "Nederlands": "nl"}

_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_LABELLED = re.compile(r"^\s*\((" + "|".join(map(re.escape, LINE_LABELS)) + r"):")


def is_language_code(value: Any) -> TypeGuard[str]:
    """A short BCP 47 tag such as "nl", "en" or "en-GB"."""
    return isinstance(value, str) and len(value) <= 35 and bool(_CODE.match(value))


def _find_lines(lines: list[str], block: list[str]) -> int:
    """Where `block` stands as whole lines in `lines`, or -1."""
    for start in range(len(lines) - len(block) + 1):
        if lines[start : start + len(block)] == block:
            return start
    return -1


def line_languages(
    text: str, lang: str = DEFAULT_LANGUAGE, values: Mapping[str, str] | None = None
) -> list[str]:
    """One language code per line of `text`: `lang`, unless a value or a label says otherwise.

    `values` maps a text filled into the response to its language; it counts where it stands
    on whole lines of its own."""
    lines = text.split("\n")
    languages = [lang] * len(lines)
    for value, value_lang in (values or {}).items():
        block = value.strip("\n").split("\n")
        start = _find_lines(lines, block) if value.strip() else -1
        if start >= 0:
            languages[start : start + len(block)] = [value_lang] * len(block)
    for i, line in enumerate(lines):
        match = _LABELLED.match(line)
        if match:
            languages[i] = LINE_LABELS[match.group(1)]
    return languages


def language_hint(
    text: str, metadata: Any = None, filled: Mapping[str, Any] | None = None
) -> dict[str, Any] | None:
    """The hint for one message, or None when it is Dutch throughout and says nothing else.

    `metadata` is the response's metadata from domain.yml; `filled` the values its
    placeholders were filled with (the keyword arguments of the action's utter_message)."""
    meta = metadata if isinstance(metadata, Mapping) else {}
    declared = meta.get("lang")
    lang = declared if is_language_code(declared) else DEFAULT_LANGUAGE
    values: dict[str, str] = {}
    value_lang = meta.get("value_lang")
    if isinstance(value_lang, Mapping):
        for name, code in value_lang.items():
            value = (filled or {}).get(name)
            if isinstance(value, str) and is_language_code(code):
                values[value] = code
    languages = line_languages(text, lang, values)
    if declared != lang and all(code == lang for code in languages):
        return None
    hint: dict[str, Any] = {"lang": lang}
    if any(code != lang for code in languages):
        hint["lines"] = languages
    return hint


def clean_hint(raw: Any, text: str) -> dict[str, Any] | None:
    """A hint from elsewhere (Rasa's answer) reduced to what is valid for `text`, or None."""
    if not isinstance(raw, Mapping) or not is_language_code(raw.get("lang")):
        return None
    hint: dict[str, Any] = {"lang": raw["lang"]}
    lines = raw.get("lines")
    if (
        isinstance(lines, list)
        and len(lines) == text.count("\n") + 1
        and all(is_language_code(code) for code in lines)
    ):
        hint["lines"] = list(lines)
    return hint
