"""Text clean-up before parsing: HTML to plain text, and headline case folding.

Both keep what the user sees intact: evidence is always cut from the original text, so
`fold_headline_case` only changes letter case and never the length of the text.
"""
from __future__ import annotations

import html
import re
import unicodedata

_TAG = re.compile(r"<[^>]{0,2000}>")
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)\b[^>]*>",
                    re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")

#: Words that stay lower case in title-case headlines; their presence does not count
#: against a line being a headline.
_MINOR = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
          "or", "over", "the", "to", "via", "vs", "with", "after", "amid", "its", "is"}


#: A wire dateline: "SEOUL (Reuters) - ", "TOKYO -- ", "SEOUL, April 11 (Reuters) - ",
#: "WASHINGTON (AP) — ", "PARIS (AFP) - ".
_DATELINE = re.compile(r"([A-Z][A-Z.'’-]+(?:[ ,/]+[A-Z][A-Z.'’-]+)*)(?:,\s*[A-Z][a-z]{2,}\.? \d{1,2})?"
                       r"\s*(?:\([A-Za-z .&-]{2,30}\)\s*)?(?:--|[-—–])\s+(?=\S)")
#: A run-in heading in capitals: "APPOINTMENTS Celia Drummond ...", "DEVELOPERS Bexhill ...".
_CAPS_HEADING = re.compile(r"([A-Z]{4,}(?: [A-Z&]{2,})*) (?=[A-Z][a-z])")
#: Capitals that begin a company's name rather than a heading ("NVIDIA Corp said ...").
_COMPANY_WORD = re.compile(r"(?:Corp|Inc|Ltd|Co|Group|Holdings|Labs|Technologies|Systems|AI)\b")


def clean_text(raw: str | None) -> str:
    """Plain text from feed HTML or text: tags out, entities decoded, whitespace tidy,
    control characters gone, one paragraph per line."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFC", str(raw))
    if "<" in text and ">" in text:
        text = _SCRIPT.sub(" ", text)
        text = _BLOCK.sub("\n", text)
        text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _CONTROL.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def is_headline(line: str) -> bool:
    """Title Case lines (headlines, section headings) without a final full stop."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)
    if len(words) < 3 or line.rstrip().endswith((".", "!", "\"", "”")):
        return False
    major = [w for w in words if w.lower() not in _MINOR]
    if len(major) < 2:
        return False
    return sum(w[0].isupper() for w in major) / len(major) >= 0.8


def fold_headline_case(text: str, protected: list[tuple[int, int]]) -> str:
    """Lower-case the words of Title Case lines, except the first word and protected
    character spans (gazetteer names), so the tagger reads 'Revokes' as a verb."""
    out = list(text)
    pos = 0
    for line in text.split("\n"):
        if is_headline(line):
            for m in re.finditer(r"[A-Za-z][A-Za-z'’\-]*", line):
                start, end = pos + m.start(), pos + m.end()
                if m.start() == 0 or any(s < end and start < e for s, e in protected):
                    continue
                word = m.group(0)
                if word.isupper() and len(word) > 1:  # acronyms stay
                    continue
                low = word.lower()
                if len(low) == len(word):
                    out[start:end] = low
        pos += len(line) + 1
    return "".join(out)


def run_in_headings(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Where a section heading runs into its sentence ("Deal Off Amazon and iRobot said
    ..."): the offset of the first known name when every word before it on the line is
    Title Case and the line reads as a sentence. Returns those offsets."""
    breaks = []
    pos = 0
    for line in text.split("\n"):
        caps = None if _DATELINE.match(line) else _CAPS_HEADING.match(line)
        lead = _DATELINE.match(line) or caps
        if lead and not (caps and any(s < pos + lead.end() and pos < e for s, e in protected)) and \
                not _COMPANY_WORD.match(line, lead.end()):
            # "SEOUL (Reuters) - Mirinae Telecom ...", "APPOINTMENTS Celia Drummond ...": a
            # dateline or a capitals heading is no part of the sentence (nor a name in it).
            breaks.append(pos + lead.end())
            pos += len(line) + 1
            continue
        stripped = line.rstrip()
        if stripped.endswith((".", "!", "?", "\"", "”")):
            names = sorted(s for s, e in protected if pos <= s < pos + len(line))
            if names:
                head = text[pos:names[0]]
                words = re.findall(r"\S+", head)
                if 2 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _MINOR for w in words) \
                        and words[0][:1].isupper() and not re.search(r"[,;:()\"“”'’]", head) \
                        and words[-1].lower() not in _MINOR:  # "Nest Labs, the Google-owned ..." is no heading
                    breaks.append(names[0])
        pos += len(line) + 1
    return breaks
