"""Lone interface labels, table-driven: certain boilerplate in any language; story lines of the same look stay."""
import pytest

from ingest.clean.labels import label_rule


@pytest.mark.parametrize("line,rule", [
    ("READ ALSO: Pier closure frustrates fishermen", "structure:related-link"),
    ("Czytaj także: Schroniska pękają w szwach", "structure:related-link"),
    ("Baca juga: BMKG peringatkan cuaca ekstrem", "structure:related-link"),
    ("Läs också: Så påverkas ditt bolån", "structure:related-link"),
    ("Mainos", "structure:ad-label"),
    ("Hirdetés", "structure:ad-label"),
    ("Udostępnij", "structure:interface-label"),
    ("Jaa artikkeli", "structure:interface-label"),
    ("Haberi paylaş", "structure:interface-label"),
    ("Reply", "structure:interface-label"),
    ("Artikel anhören (3 Minuten)", "structure:player-label"),
    ("WhatsApp  Facebook  X  Telegram  Copiar link", "structure:share-bar"),
    ("Copyright © ANTARA 2025", "structure:rights-notice"),
    ("[Spike] [Send to story] [Print] [Email to editor]", "structure:interface-label"),
    ("（c）一般社団法人共同通信社　無断転載・複製を禁じます", "structure:rights-notice"),
    ("جميع الحقوق محفوظة لوكالة الأنباء الأردنية (بترا) © 2025", "structure:rights-notice"),
    ("Facebook Twitter LinkedIn Email", "structure:share-bar"),
    ("Listen to this article (4 min)", "structure:player-label"),
    ("Écouter cet article (2 min)", "structure:player-label"),
])
def test_labels_are_removed(line, rule):
    assert label_rule(line) == rule


@pytest.mark.parametrize("line", [
    "More: the council will vote again in June.",  # "More:" also heads copy
    "Follow the money",  # a subhead: no platform named
    "Share prices fell 4% in afternoon trading.",
    "Read the full ruling, the judge said, before deciding.",
    "Download counts fell 30% in March.",
    "Advertising revenue fell sharply at the group last year.",
    "Watch: the moment the bridge reopened",
    "The ferry crossing takes longer now (45 minutes).",  # a sentence of copy
    "Harbour rescue (4 min)",  # neither a control nor the platform named
    "Facebook and X fined over data transfers",  # a headline about the networks: other words between
    "“Every page was stamped © 2025 and marked confidential,” the clerk said.",  # reported speech quoting a mark
    "[1] [2]",  # footnote marks, not buttons
])
def test_story_lines_of_the_same_look_stay(line):
    assert label_rule(line) is None
