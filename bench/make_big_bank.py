"""Write a large, valid bank (every kind, scenarios) for the loader benchmark."""

from __future__ import annotations

import sys
from pathlib import Path


def question(i: int) -> str:
    kind = ("single", "multiple", "truefalse", "order", "match", "spot")[i % 6]
    head = (
        f"  - id: q-{i:05d}\n"
        f"    kind: {kind}\n"
        f'    prompt: "Question number {i}: which of these offers would you check before you'
        f' reply, and why would you check it first?"\n'
        f'    explanation: "Pay far above normal for work that needs no experience is a classic'
        f' lure; check the agency on the official list and talk to someone you trust ({i})."\n'
        f"    difficulty: {1 + i % 3}\n"
        f"    tags: [jobs-abroad, red-flags]\n"
        f"    source: article\n"
    )
    if i % 5 == 0:
        head += (
            '    scenario:\n      style: chat\n      sender: "Dream Jobs Europe"\n'
            '      lines:\n        - "Hi! We saw your profile. Want to earn EUR 3000 a month?"\n'
            '        - "Only 3 places left, send a passport photo!"\n'
        )
    if kind in ("single", "multiple"):
        return head + (
            "    choices:\n"
            '      - text: "Ask for the licence and check it with the ministry"\n'
            "        correct: true\n"
            '      - text: "Send a copy of your passport so they can book the ticket"\n'
            '        feedback: "Never hand over documents before checking who you deal with."\n'
            '      - text: "Pay the registration fee to keep your place"\n'
            + ("        correct: true\n" if kind == "multiple" else "")
            + '      - text: "Keep it secret from your family until you leave"\n'
        )
    if kind == "truefalse":
        return head + "    answer: false\n"
    if kind == "order":
        return head + (
            "    steps:\n"
            '      - "Check the agency on the licence list"\n'
            '      - "Read the contract in your language"\n'
            '      - "Leave a copy of your passport with family"\n'
            '      - "Agree check-in times and a code word"\n'
        )
    if kind == "match":
        return head + (
            "    pairs:\n"
            '      - ["Passport kept by the boss", "Keeping identity documents"]\n'
            '      - ["A debt that keeps growing", "Debt bondage"]\n'
            '      - ["Wages kept safe for you", "Withheld wages"]\n'
            '      - ["Not allowed to leave", "Restricted movement"]\n'
        )
    return head + (
        "    message:\n"
        '      sender: "Modelling scout"\n'
        "      parts:\n"
        '        - "Hi gorgeous! "\n'
        '        - flag: "You could earn EUR 5000 a month in Milan, no experience needed."\n'
        '          why: "Pay far above normal for work that needs no experience is a lure."\n'
        '        - " We have already placed many young people from your town. "\n'
        "        - flag: \"Don't tell your parents yet, it's a surprise.\"\n"
        '          why: "Asking you to keep it secret cuts you off from people who would check."\n'
    )


def write_big_bank(path: Path, count: int = 10_000) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(
            'format: 1\nid: big-bank\nlanguage: en\ntitle: "Big bank"\n'
            'sources:\n  article: "BelTA, 30 July 2018"\nquestions:\n'
        )
        for i in range(count):
            out.write(question(i))
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "big-bank.en.yaml")
    write_big_bank(target)
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")
