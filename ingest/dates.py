"""Resolve date expressions ("on Tuesday", "last month", "Jan. 24, 2013") against the
publication date. Pure functions: (text, anchor) -> ResolvedDate | None.

News reports past events, so a bare weekday or month is taken as the latest one on or
before the publication date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "iso"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I), "mdy"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)", re.I), "md"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I), "dm"),
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I), "my"),
    (re.compile(rf"\b(?:early|mid|late|end of|beginning of)[\s-]+{_MONTH}\b", re.I), "m"),
    (re.compile(rf"\b(?:in|since|during|by|of|early|mid|late)[\s-]+{_MONTH}\b", re.I), "m"),
    (re.compile(rf"\b(?:in|during|of|early|mid|late|since|by|around|from)[\s-]+{_YEAR}\b", re.I), "y"),
    (re.compile(rf"^{_YEAR}$"), "y"),
    (re.compile(r"^(?P<month>January|February|March|April|June|July|August|September|October|"
                r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$"), "m"),
]
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "a few": 3}


@dataclass(frozen=True)
class ResolvedDate:
    date: date
    precision: str  # day | week | month | year

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def parse_anchor(published: str | date | datetime | None) -> date | None:
    """The publication date as a date; None when absent or unreadable."""
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return datetime.fromisoformat(str(published).strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", str(published))
        return date(*map(int, m.groups())) if m else None


def _before(anchor: date | None, y: int, m: int, d: int | None, future: bool = False) -> date:
    """A month/day without a year: this year's, or last year's if that lies after the
    anchor — unless the sentence speaks of the future ("will start on July 9")."""
    candidate = date(y, m, d or 1)
    if anchor and candidate > anchor and not future:
        candidate = date(y - 1, m, d or 1)
    return candidate


def _month_start(d: date, back: int = 0) -> date:
    month = d.month - back
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def resolve_relative(text: str, anchor: date) -> ResolvedDate | None:
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:on|in|during|since|from|by|as of|as early as)\s+", "", t)
    if t in ("today", "this morning", "this afternoon", "this evening", "tonight", "now"):
        return ResolvedDate(anchor, "day")
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon"):
        return ResolvedDate(anchor - timedelta(days=1), "day")
    if t == "the day before":
        return ResolvedDate(anchor - timedelta(days=1), "day")
    words = [w for w in t.split() if w not in ("morning", "afternoon", "evening", "night")]
    if words and words[-1] in WEEKDAYS and len(words[-1]) > 3 and " ".join(words[:-1]) in (
            "", "last", "this", "this past", "earlier this", "late", "early", "on"):
        back = (anchor.weekday() - WEEKDAYS[words[-1]]) % 7
        if words[0] == "last" and back == 0:
            back = 7
        return ResolvedDate(anchor - timedelta(days=back), "day")
    if t in ("this week", "earlier this week", "this past week", "in the past week"):
        return ResolvedDate(anchor - timedelta(days=anchor.weekday()), "week")
    if t in ("last week", "the previous week", "the week before", "late last week",
             "earlier last week", "a week ago"):
        start = anchor - timedelta(days=anchor.weekday() + 7)
        return ResolvedDate(start, "week")
    if t in ("this month", "earlier this month", "so far this month"):
        return ResolvedDate(_month_start(anchor), "month")
    if t in ("last month", "the previous month", "earlier last month", "late last month",
             "a month ago", "the month before"):
        return ResolvedDate(_month_start(anchor, 1), "month")
    if t in ("this year", "earlier this year", "so far this year", "this past year"):
        return ResolvedDate(date(anchor.year, 1, 1), "year")
    if t in ("next month", "later this month"):
        return ResolvedDate(_month_start(anchor, -1) if t == "next month" else _month_start(anchor), "month")
    if t in ("next week",):
        return ResolvedDate(anchor - timedelta(days=anchor.weekday()) + timedelta(days=7), "week")
    if t in ("next year",):
        return ResolvedDate(date(anchor.year + 1, 1, 1), "year")
    if t in ("last year", "the previous year", "a year ago", "late last year", "earlier last year",
             "the year before"):
        return ResolvedDate(date(anchor.year - 1, 1, 1), "year")
    m = re.fullmatch(r"(\w+(?: few)?) (day|week|month|year)s? ago", t)
    if m and (m.group(1) in _NUMBER_WORDS or m.group(1).isdigit()):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return ResolvedDate(anchor - timedelta(days=n), "day")
        if unit == "week":
            d = anchor - timedelta(weeks=n)
            return ResolvedDate(d - timedelta(days=d.weekday()), "week")
        if unit == "month":
            return ResolvedDate(_month_start(anchor, n), "month")
        return ResolvedDate(date(anchor.year - n, 1, 1), "year")
    return None


def resolve_date(text: str, anchor: date | None = None, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression; None for durations ("two years"), ages and noise."""
    text = text.strip()
    if not text or len(text) > 60:
        return None
    if anchor:
        rel = resolve_relative(text, anchor)
        if rel:
            return rel
    for pattern, kind in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        try:
            if kind == "iso":
                return ResolvedDate(date(int(g["year"]), int(g["m"]), int(g["d"])), "day")
            month = MONTHS[g["month"].lower().rstrip(".")] if g.get("month") else None
            if kind in ("mdy", "dmy"):
                return ResolvedDate(date(int(g["year"]), month, int(g["day"])), "day")
            if kind in ("md", "dm"):
                if anchor is None:
                    return None
                return ResolvedDate(_before(anchor, anchor.year, month, int(g["day"]), future), "day")
            if kind == "my":
                return ResolvedDate(date(int(g["year"]), month, 1), "month")
            if kind == "m":
                if anchor is None:
                    return None
                return ResolvedDate(_before(anchor, anchor.year, month, None, future), "month")
            if kind == "y":
                return ResolvedDate(date(int(g["year"]), 1, 1), "year")
        except (ValueError, KeyError):
            return None
    return None


def date_interval(iso: str | None, precision: str, reported: str | None = None) -> tuple[date, date]:
    """The span of days a dated event may lie in; an undated one lies before its report."""
    start = parse_anchor(iso)
    if start is None or precision == "unknown":
        end = parse_anchor(reported) or date.max
        return date.min, end
    if precision == "day":
        return start, start
    if precision == "week":
        return start, start + timedelta(days=6)
    if precision == "month":
        return start, date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start, date(start.year, 12, 31)


def dates_compatible(a: tuple[str | None, str, str | None], b: tuple[str | None, str, str | None],
                     slack_days: int = 14) -> bool:
    """Could two (date, precision, reported) triples be the same real-world moment?"""
    a0, a1 = date_interval(*a)
    b0, b1 = date_interval(*b)
    slack = timedelta(days=slack_days)
    lo = max(a0, b0)
    hi = min(a1, b1)
    try:
        return lo <= hi + slack
    except OverflowError:
        return True


PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
