#!/usr/bin/env python3
"""Write a large synthetic corpus of news articles for benchmarks.

The articles are the four bundled examples (examples/nato-2025) turned into
templates: their names, places, dates and figures are slots, filled per story
from fixed pools by a small deterministic LCG, so the same arguments always
write the same bytes. Four sources cover each story (one per bundled article)
and some of them deviate from the story (another summit month, another title,
another figure), which gives the checker real contradictions to find.

A file starts with one bundled article (its headline, date line or front
matter) and is lengthened to its share of the requested size with the body
paragraphs of the story's other articles, then with "related coverage" from
the next stories.

    python3 scripts/make-corpus.py target/corpus              # ~40 MB in 4000 files
    python3 scripts/make-corpus.py target/corpus --size-mb 4 --files 400

Standard library only.
"""

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ["brief.txt", "overview.md", "roundup.txt", "wire.txt"]

# Literal text of the bundled articles and the slot it becomes, most specific first.
SLOTS = [
    ("2025-04-03", "{PUB_BRIEF}"),
    ("2025-04-04", "{PUB_WIRE}"),
    ("2025-04-05", "{PUB_ROUNDUP}"),
    ("2025-12-03", "{PUB_OVERVIEW}"),
    ("December 3, 2025", "{UPDATED}"),
    ("April 3-4, 2025", "{MEET_MDY}"),
    ("3\u20134 April 2025", "{MEET_DMY}"),
    ("4 April 2025", "{MEET_END}"),
    ("June 2025", "{SUMMIT}"),
    ("July 2025", "{SUMMIT}"),
    ("July summit", "{SUMMIT_MONTH} summit"),
    ("U.S. Senator", "{ENVOY_TITLE}"),
    ("Mark Rutte", "{CHIEF}"),
    ("Rutte", "{CHIEF_LAST}"),
    ("Marco Rubio", "{ENVOY}"),
    ("Rubio", "{ENVOY_LAST}"),
    ("Annalena Baerbock", "{MIN_DE}"),
    ("Kaja Kallas", "{HR}"),
    ("Kallas", "{HR_LAST}"),
    ("Andrii Sybiha", "{MIN_UA}"),
    ("The Hague", "{SUMMIT_CITY}"),
    ("the Netherlands", "{SUMMIT_COUNTRY}"),
    ("Brussels", "{HOST}"),
    ("3.7%", "{CHIEF_PCT}%"),
    ("north of 3%", "north of {CHIEF_FLOOR}%"),
    ("5% of GDP", "{US_PCT}% of GDP"),
    ("5 percent", "{US_PCT} percent"),
    ("2% of GDP", "{GUIDE_PCT}% of GDP"),
    ("2 percent", "{GUIDE_PCT} percent"),
    ("20 billion", "{AID_BN} billion"),
    ("\u20ac130 million ($140 million)", "\u20ac{EUR_M} million (${USD_M} million)"),
    ("5,000 soldiers", "{TROOPS} soldiers"),
    ("32 member", "{MEMBERS} member"),
    ("75th", "{ANNIVERSARY}"),
    ("2025", "{YEAR}"),
]

FIRST = """Anna Piotr Elena Jonas Sofia Mateus Ingrid Tomas Laura Henrik Marta Viktor Claire Dmytro Ines Karel
Nadia Oskar Paula Rafael Sanna Teodor Ursula Pavel Greta Lukas Mirela Ansgar Beatriz Emil""".split()
LAST = """Kowalczyk Lindqvist Moreau Varga Petrescu Haugland Novotny Castellano Oberhauser Dimitrov Kask
Bergstrom Laine Jankauskas Ferreira Halvorsen Zielinski Marchetti Vermeulen Szabo Andersen Kovac Papadakis
Rasmussen Ozturk Lambert Nieminen Horvat Brennan Sorensen Valdes Keller Mazur Ionescu Eriksen Delacroix
Wojcik Strand Aalto Ferrante""".split()
CITIES = [
    ("Lisbon", "Portugal"), ("Madrid", "Spain"), ("Vilnius", "Lithuania"), ("Warsaw", "Poland"),
    ("Rome", "Italy"), ("Paris", "France"), ("Oslo", "Norway"), ("Helsinki", "Finland"),
    ("Prague", "Czechia"), ("Vienna", "Austria"), ("Copenhagen", "Denmark"), ("Stockholm", "Sweden"),
    ("Athens", "Greece"), ("Ankara", "Turkey"), ("Riga", "Latvia"), ("Tallinn", "Estonia"),
    ("Bucharest", "Romania"), ("Sofia", "Bulgaria"), ("Budapest", "Hungary"), ("Bratislava", "Slovakia"),
    ("Ljubljana", "Slovenia"), ("Zagreb", "Croatia"), ("Dublin", "Ireland"), ("Ottawa", "Canada"),
    ("London", "the United Kingdom"), ("Brussels", "Belgium"), ("The Hague", "the Netherlands"),
    ("Luxembourg", "Luxembourg"), ("Reykjavik", "Iceland"), ("Tirana", "Albania"),
]
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
MASK = (1 << 64) - 1


class Lcg:
    """Knuth's MMIX LCG: deterministic and the same on every platform."""

    def __init__(self, seed):
        self.state = (seed ^ 0x9E3779B97F4A7C15) & MASK
        self.next()

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK
        return self.state >> 33

    def range(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def pick(self, items):
        return items[self.next() % len(items)]

    def chance(self, one_in):
        return self.next() % one_in == 0


def ordinal(n):
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def person(lcg):
    last = lcg.pick(LAST)
    return f"{lcg.pick(FIRST)} {last}", last


def story(seed, index):
    """The values one story fixes: who, where, when and the agreed figures."""
    lcg = Lcg(seed * 1_000_003 + index)
    year = lcg.range(2019, 2030)
    month = lcg.range(1, 8)
    start = dt.date(year, month, lcg.range(1, 18))
    start += dt.timedelta(days=(3 - start.weekday()) % 7)  # a Thursday
    end = start + dt.timedelta(days=1)
    host = lcg.pick(CITIES)
    summit_city = lcg.pick(CITIES)
    while summit_city == host:
        summit_city = lcg.pick(CITIES)
    summit_month = month + lcg.range(1, 3)
    updated = start + dt.timedelta(days=lcg.range(150, 260))
    chief, envoy, hr = person(lcg), person(lcg), person(lcg)
    chief_pct = lcg.range(26, 34)
    eur = lcg.range(2, 50) * 10
    troops = lcg.range(2, 18) * 500
    slots = {
        "PUB_BRIEF": start.isoformat(),
        "PUB_WIRE": end.isoformat(),
        "PUB_ROUNDUP": (end + dt.timedelta(days=1)).isoformat(),
        "PUB_OVERVIEW": updated.isoformat(),
        "UPDATED": f"{MONTHS[updated.month - 1]} {updated.day}, {updated.year}",
        "MEET_MDY": f"{MONTHS[month - 1]} {start.day}-{end.day}, {year}",
        "MEET_DMY": f"{start.day}\u2013{end.day} {MONTHS[month - 1]} {year}",
        "MEET_END": f"{end.day} {MONTHS[month - 1]} {year}",
        "ENVOY_TITLE": "U.S. Secretary of State",
        "CHIEF": chief[0],
        "CHIEF_LAST": chief[1],
        "ENVOY": envoy[0],
        "ENVOY_LAST": envoy[1],
        "MIN_DE": person(lcg)[0],
        "HR": hr[0],
        "HR_LAST": hr[1],
        "MIN_UA": person(lcg)[0],
        "SUMMIT_CITY": summit_city[0],
        "SUMMIT_COUNTRY": summit_city[1],
        "HOST": host[0],
        "CHIEF_PCT": f"{chief_pct // 10 + 1}.{chief_pct % 10}",
        "CHIEF_FLOOR": str(chief_pct // 10 + 1),
        "US_PCT": lcg.pick(["3.5", "4", "5"]),
        "GUIDE_PCT": lcg.pick(["1.5", "2", "2.5"]),
        "AID_BN": str(lcg.range(5, 60)),
        "EUR_M": str(eur),
        "USD_M": str(eur * 108 // 100),
        "TROOPS": f"{troops:,}",
        "MEMBERS": str(lcg.range(28, 36)),
        "ANNIVERSARY": ordinal(lcg.range(40, 90)),
        "YEAR": str(year),
        "SUMMIT_MONTH_NUMBER": summit_month,
    }
    return slots


def fill(template, slots, lcg):
    """A template filled with the story's values and this source's deviations."""
    values = dict(slots)
    month = values.pop("SUMMIT_MONTH_NUMBER") + (1 if lcg.chance(5) else 0)
    values["SUMMIT"] = f"{MONTHS[month - 1]} {values['YEAR']}"
    values["SUMMIT_MONTH"] = MONTHS[month - 1]
    if lcg.chance(4):
        values["ENVOY_TITLE"] = "U.S. Senator"
    if lcg.chance(6):
        values["AID_BN"] = str(int(values["AID_BN"]) + 5)
    for slot, value in values.items():
        template = template.replace("{" + slot + "}", value)
    return template


def body_paragraphs(text, markdown):
    """The prose paragraphs of an article: no date line, headline, front matter, heading, list or code."""
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    out = []
    for i, block in enumerate(blocks):
        first = block.lstrip()
        if not first or (i == 0 and not markdown):
            continue
        if first.startswith(("---", "#", "- ", "```", "<", "Last updated", "title:", "date:")):
            continue
        out.append(block)
    return out


def templates(examples):
    out = []
    for name in ARTICLES:
        text = (examples / name).read_text(encoding="utf-8")
        for literal, slot in SLOTS:
            text = text.replace(literal, slot)
        out.append((name, text))
    return out


def article(templates, seed, index, per_story, target):
    """File `index`: its lead article, lengthened to about `target` bytes."""
    lcg = Lcg(seed * 7_919 + index)
    story_index = index // per_story
    lead = index % len(templates)
    name, template = templates[lead]
    slots = story(seed, story_index)
    parts = [fill(template, slots, lcg).rstrip("\n")]
    size = len(parts[0].encode("utf-8"))
    related = 0
    while size < target:
        # The story's other articles first, then related coverage of the next stories.
        pool_story = story_index + related
        pool_slots = slots if related == 0 else story(seed, pool_story)
        others = [t for k, t in enumerate(templates) if related > 0 or k != lead]
        if related > 0:
            parts.append("Related coverage")
        for other_name, other in others:
            for paragraph in body_paragraphs(fill(other, pool_slots, lcg), other_name.endswith(".md")):
                if size >= target:
                    break
                parts.append(paragraph)
                size += len(paragraph.encode("utf-8")) + 2
        related += 1
    text = "\n\n".join(parts) + "\n"
    ext = "md" if name.endswith(".md") else "txt"
    return f"{index // 100:03d}/story{story_index:05d}-{name.split('.')[0]}-{index:05d}.{ext}", text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the corpus into (created)")
    parser.add_argument("--size-mb", type=float, default=40.0, help="total size in MB (10^6 bytes), default 40")
    parser.add_argument("--files", type=int, default=4000, help="number of article files, default 4000")
    parser.add_argument("--per-story", type=int, default=4, help="sources per story, default 4")
    parser.add_argument("--seed", type=int, default=1, help="LCG seed, default 1")
    parser.add_argument("--examples", type=Path, default=ROOT / "examples" / "nato-2025", help="bundled articles")
    args = parser.parse_args()
    if args.files < 1 or args.size_mb <= 0 or args.per_story < 1:
        parser.error("--files, --size-mb and --per-story must be positive")
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty: remove it first")

    tmpl = templates(args.examples)
    total_target = int(args.size_mb * 1_000_000)
    written = 0
    jitter = Lcg(args.seed)
    for index in range(args.files):
        remaining = args.files - index
        share = (total_target - written) / remaining
        target = max(1, int(share * jitter.range(70, 130) / 100)) if remaining > 1 else max(1, int(share))
        path, text = article(tmpl, args.seed, index, args.per_story, target)
        full = args.out / path
        full.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        full.write_bytes(data)
        written += len(data)
    print(f"{args.out}: {args.files} files, {written} bytes ({written / 1e6:.1f} MB), "
          f"{(args.files + args.per_story - 1) // args.per_story} stories", file=sys.stderr)


if __name__ == "__main__":
    main()
