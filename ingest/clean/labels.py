"""Interface labels standing alone on a line: certain boilerplate in any language, by their shape and the vocabulary.

- a related-link line: a "read also" label of any language, a colon, and a headline
  ("Czytaj także: Schroniska pękają w szwach", "Baca juga: ...", "READ ALSO: ...");
- an ad label alone ("Advertisement", "Mainos", "Hirdetés", "Iklan");
- buttons in square brackets ("[Spike] [Send to story] [Print]");
- a mail's legal footer ("This e-mail ... is confidential ... received it in error");
- a note that the story is still being written ("This story will be updated");
- a photo credit by its label in another script ("写真：共同", "사진=연합뉴스", "ขอบคุณภาพ:");
- an editor's comment exported with a shared document ("[a]Priya Raman: is 212 final?");
- a note to the desk by its label ("Notes to editors: pictures available");
- a newsletter's closing line ("That's it for today.", "See you tomorrow.");
- a rights notice: a line with the copyright sign or two of a notice's words, unless it reports or quotes someone;
- a share bar: two or more networks' names with only interface words between ("WhatsApp Facebook X Copiar link");
- a player's or reading time's label with its length in brackets ("Artikel anhören (3 Minuten)");
- a control: one call-to-action verb alone ("Sdílet", "Udostępnij", "Reply"), or two or three words
  opening or closing with one and naming the platform ("Del artikel", "Jaa artikkeli", "Haberi paylaş");
- a related box pasted whole ("BERITA TERKAIT Tarif Air ...") or its label alone, which opens a section: the
  engine takes the headlines or links under it, as it does a page survey's buttons ("Was this page helpful?") and
  a consent notice's after the story (SECTION_LABELS);
- a release's embargo line with its time ("Sperrfrist: Mittwoch, 4. März, 17.00 Uhr MEZ");
- an aggregator's note that it ran a feed's copy unedited, in any wording;
- a paywall's meter of free articles and its "already a subscriber? log in";
- a mailing list's footer saying why its mail came, a writethru's note to the desk, a post's reactions and
  hashtags, a share prompt, an advertisement's "continues below", a photo credit with its mark.

Story lines do not take these shapes: a subhead has no "read also" label, and a story sentence has more
than three words or ends like a sentence. Each removal is recorded like any other.
"""
from __future__ import annotations

import re

import ahocorasick

from ingest.vocabulary import (
    AD_LABELS, CALL_TO_ACTION_VERBS, CHANNEL_NOUNS, PLATFORM_NOUNS, SECOND_PERSON, THIRD_PERSON, agency_name,
)
from ingest.vocabulary.gates import SearchGate
from ingest.vocabulary.signals import (
    ACCOUNT_GATE, ACCOUNT_LOANWORD_GATE, ADVICE_GATE, AUTHOR_GATE, BECAUSE_GATE, COMMENTING_GATE, COMMENT_POLICY_GATE, FREE_ARTICLE_GATE,
    INBOX_CADENCE_GATE, INBOX_GATE,
    LIST_MEMBERSHIP_GATE, NOTIFICATION_ALLOWING_GATE, NOTIFICATION_GATE, MAIL_DISCLAIMER_SELF_GATE, MAIL_GATE,
    NEWSLETTER_GATE, NOT_NECESSARILY_GATE, OFFER_GATE,
    QUOTED_RUN, RECEIVE_GATE, RELATED_HEADINGS, RELATED_LINE_GATE, RELATED_RUN_GATE, SUBSCRIBER_GATE, SUBSCRIBING_GATE,
    UPDATE_NOTICE_GATE, VIEW_GATE, collapsed, line_atoms, line_signals, lower_words, rights_notice_wording, search_line,
)
from ingest.vocabulary.words import COPYRIGHT_MARK, LABEL_COLONS, is_ad_label, is_related_label, uncased as _uncased
from ingest.vocabulary.words import (
    ALREADY_WORDS, ASSET_TAGS, BROWSING_STEMS, CAPTION_WITH_CREDIT, CHANNEL_BRANDS, COMMENTS_CLOSED_WORDS,
    COMMENTS_NO_LONGER_POSSIBLE,
    COMMENT_ACTIONS, CONSENT_STEMS, CONTACT_STEMS, CONTINUES_STEMS, COOKIE_STEMS, DESK_NOTE_LABEL, DISCLOSURE_LABEL,
    EMBARGO_LINE,
    FEED_STEMS, FORWARD_STEMS, FRIEND_STEMS, GAMBLING_AGE, GOOGLE_NEWS_NAMES, HELPFUL_STEMS, LENGTH_IN_MINUTES,
    LISTEN_VERBS, MAIL_DISCLAIMER_TERMS, MORE_NEWS_PHRASES, NEGATION, NEWSLETTER_SIGN_OFF, PAGE_NOUNS, PHOTO_CREDIT_LABEL,
    PLAYER_CLOCK, PLEASE_WORDS, RATE_STEMS, RESPONSIBLY_STEMS, SCROLL_STEMS, SHARE_BUTTONS, SHARE_VERBS,
    SPONSOR_LABEL, SPONSOR_NOUNS, SPONSORED_SELF,
    SPONSORING_STEMS, LIVE_BADGE,
    SUBSCRIPTION_NOUNS, TAG_LABELS, TIP_MARKS, TIP_PROMPT, THIS_UNSPACED, THIS_WORDS, UNEDITED_STEMS, WORD, WRITETHRU_NOTE, YES_NO_WORDS,
    PAGE_REFERENCE, SIGN_OFF_CODE, UPDATING_STEM,
)

# A related label that only ever heads a link, a colon or a mark, and a headline (signals.RELATED_LINE: searched
# through a gate of the line's one literal pass, as it opens with "^" its search is its match).
_RELATED_LINE = RELATED_LINE_GATE
# Two or more short labels each in square brackets and nothing else: an editing system's or a page's buttons.
_BRACKETED_BUTTONS = re.compile(r"^(?:\[[^\[\]\d]{1,25}\]\s*){2,}$")
# An editor's comment or suggestion exported with a shared document: "[a]Priya Raman: is 212 final?" (the comment
# and its anchor letter), "Suggested edit — Priya Raman: tighten the next graf".
_DOCUMENT_COMMENT = re.compile(r"^\[[a-z]{1,2}\]\s*[^\W\d_][^:]{1,40}:\s+\S|^suggested edit\s*[—–:-]\s*[^:]{1,40}:\s+\S",
                               re.IGNORECASE)
_COPYRIGHT_MARK = COPYRIGHT_MARK
# The networks a share bar names, each a button ("Facebook", "X", "WhatsApp", "E-mail").
_NETWORKS = frozenset({
    "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "messenger", "reddit", "pinterest", "threads",
    "bluesky", "mastodon", "flipboard", "viber", "line", "zalo", "vk", "email", "e-mail", "mail", "sms",
    # as the scripts that spell them write them: Arabic, Persian, Hebrew, Cyrillic
    "فيسبوك", "فيس", "بوك", "إكس", "اكس", "تويتر", "واتساب", "واتس", "لينكد", "إن", "تلغرام", "تيليجرام", "تلگرام",
    "פייסבוק", "וואטסאפ", "טוויטר", "טלגרם", "фейсбук", "твиттер", "телеграм", "вконтакте", "вк", "однокласники",
    # Hebrew with "in" prefixed, and its "link" ("שתפו בוואטסאפ | שתפו בפייסבוק | העתיקו קישור")
    "בפייסבוק", "בוואטסאפ", "בטוויטר", "בטלגרם", "קישור",
    # Serbian Cyrillic, and the networks a bar lists to follow as well as to share
    "фејсбук", "вајбер", "икс", "твитер", "youtube", "instagram", "tiktok",
})
_WORD = WORD  # a word of any script, its vowel signs inside it
_ENDS_SENTENCE = re.compile(r"[.!?…]$")
_NUMBERS = re.compile(r"\d+")


# Each half of a prompt is a set of word beginnings (signals.stem_pattern: "komentē" -> komentētu), searched through a
# gate of the line's one literal pass (signals.search_line): the pattern runs only on a line holding one of its stems.
_COMMENTING, _ACCOUNT = COMMENTING_GATE, ACCOUNT_GATE
# A pronoun both lists hold speaks to the reader in a prompt as often as it narrates: German "Sie" is the polite "you"
# ("Um Artikel kommentieren zu können, müssen Sie sich anmelden oder registrieren."), as is Italian "Lei"; and French
# "il" is Italian's article ("il primo mese a 1 euro"). Only the others narrate.
_NARRATING_ONLY = THIRD_PERSON - SECOND_PERSON - {"il", "lei"}


def _holds_any(folded: str, stems: tuple[str, ...]) -> bool:
    """Whether a case-folded line holds one of the stems anywhere (a few short lists, searched only in lines that
    reached the label asking for them): `any(stem in folded for stem in stems)`, in one Aho-Corasick pass over the
    line (in C) instead of a search per stem and a Python step between them (the list's automaton, built on first use)."""
    known = _STEM_AUTOMATA.get(id(stems))
    if known is None or known[0] is not stems:
        known = _STEM_AUTOMATA[id(stems)] = (stems, _automaton_of(stems))
    for _ in known[1].iter(folded):
        return True  # (the first occurrence of any stem is enough)
    return False


_STEM_AUTOMATA: dict[int, tuple[tuple[str, ...], ahocorasick.Automaton]] = {}  # (each holds its tuple: its id stays its own)


def _automaton_of(stems: tuple[str, ...]) -> ahocorasick.Automaton:
    assert all(stems), "an empty stem is in every line"
    automaton = ahocorasick.Automaton()
    for stem in stems:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


_ASCII_DIGIT = re.compile(r"[0-9]")


def _holds_digit(line: str) -> bool:
    """`any(c.isdigit() for c in line)`: an ASCII line's digits are 0 to 9, found by one search in C; another line's
    characters are each asked `isdigit` (its superscripts and circled figures are digits too, as `\\d` does not say)."""
    if line.isascii():
        return _ASCII_DIGIT.search(line) is not None
    return any(map(str.isdigit, line))


def _reports_or_narrates(line: str) -> bool:
    """Copy's marks, which no platform prompt has: reported speech, a quotation, or narration of others (a
    third-person word that is not also the reader's "you", in a line not addressed to the reader). A name in quotes
    is no quotation: a prompt quotes its newsletter's or channel's name ("Jetzt den kostenlosen Newsletter „Freiburg
    am Morgen“ abonnieren")."""
    signals = line_signals(line)
    # ("he" or "she" beside the reader's "you" is no narration: Icelandic "er" (is) is German "er" (he) in "Þú færð
    # þennan póst þar sem netfangið þitt er á fjölmiðlalista ...")
    return bool(signals["reported_speech"] or signals["quotation"] and not _quotes_only_names(line)
                or signals["third_person"] and not signals["second_person"]
                and not _NARRATING_ONLY.isdisjoint(lower_words(line)))


# A name's joiners in lower case between its capitalised words ("am", "de", "la", "van der", "of the").
_NAME_JOINER = re.compile(r"^[^\W\d_]{1,3}$")


def _caseless_letter(char: str) -> bool:
    """A letter of a script without capitals (Arabic, Persian, Hebrew, Thai, CJK): a name there has no capital."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _quotes_only_names(line: str) -> bool:
    """Every quoted run is a name, not speech: at most six words, each capitalised or a short joiner, and no
    sentence's stop or comma inside („Leipzig am Morgen“, «Bern am Morgen», "The Morning Brief"). "“We will rebuild
    the bridge,” the mayor said" is speech."""
    runs = [m.group(1).strip() for m in QUOTED_RUN.finditer(line)]
    return bool(runs) and all(
        len(words := run.split()) <= 6 and not re.search(r"[.!?,;:…]", run)
        and all(w[:1].isupper() or w[:1].isdigit() or _NAME_JOINER.match(w) or _caseless_letter(w[:1]) for w in words)
        for run in runs)


def _prompt_naming(line: str, words: int, fewest: int, most: int, first: SearchGate, second: SearchGate,
                   also=lambda signals, words: False) -> bool:
    """A short line naming both halves of a platform's prompt (commenting and an account, a newsletter and signing
    up) that asks: the reader addressed, an imperative, the outlet's voice, "please", or what `also` accepts. Copy
    reporting the same things ("Residents must register to comment at the hearing") reports, quotes or speaks of
    others, and stays."""
    if not fewest <= words <= most or not search_line(first, line) or not search_line(second, line):
        return False
    if _reports_or_narrates(line):
        return False
    signals = line_signals(line)
    return bool(signals["second_person"] or signals["imperative_opening"] or signals["outlet_voice"]
                or not PLEASE_WORDS.isdisjoint(lower_words(line)) or also(signals, words))


def _is_comment_gate(line: str, words: int) -> bool:
    """The platform's gate on its comments: "Lai komentētu, lūdzu, piesakieties vai reģistrējieties.", "Log in to
    comment" (six words or fewer ask by themselves, and ten or fewer with no sentence's stop, as a link's words run:
    "Inicie sesión o regístrese para publicar comentarios"; copy telling of the same ends on its stop)."""
    return _prompt_naming(line, words, 1, 16, _COMMENTING, _ACCOUNT,
                          also=lambda signals, words: words <= 6 or words <= 10 and not _ENDS_SENTENCE.search(line))


# A commenting word with the rest of its word ("coment" -> "comentarios", "bình luận"), taken out of a short line to
# see what else it holds.
_COMMENTING_WORD = re.compile(rf"(?:{COMMENTING_GATE.pattern.pattern})\w*", re.IGNORECASE)
_COUNT = re.compile(r"[(\[]?\d[\d.,]*[)\]]?")


def _is_comments_heading(line: str, words: int) -> bool:
    """The comment section's heading or button, in any language: "Comentarios", "0 comentarios", "Hozzászólások (0)",
    "Bình luận (3)", "Deja tu comentario", "Jetzt kommentieren", "Afegeix un comentari nou". Four words at most, one
    of them commenting, a count, and what a button asks (a call to action, "you", "new", "first"; articles of two
    letters). "Public comment period" or "Comentarios del alcalde" name something else, and a sentence is no label."""
    if words > 6 or _ENDS_SENTENCE.search(line) or len(WORD.findall(line)) > 4 or not search_line(_COMMENTING, line):
        return False  # (four words, the separators and counts between them aside)
    rest = _COUNT.sub(" ", _COMMENTING_WORD.sub(" ", line))  # (the heading and its button: "Komentāri (0) · Pievienot
    # komentāru")
    others = [w.lower() for w in WORD.findall(rest)]
    if len(others) >= words:  # the commenting stem sat inside another word ("Kommentator")
        return False
    return all(len(w) <= 2 or w in CALL_TO_ACTION_VERBS or w in SECOND_PERSON or w in COMMENT_ACTIONS for w in others)


def _is_comment_policy(line: str, words: int, at_story_end: bool) -> bool:
    """The comment section's policy, in any language: its comments moderated, the writers' own responsibility, its
    rules ("Comments are moderated by Viafoura and may take up to an hour to appear.", "Os comentários são de
    responsabilidade exclusiva de seus autores e não representam a opinião deste site."). A commenting word and a
    policy's word, after the story's last paragraph (where the comment section sits), never reported, quoted or
    narrated ("The council said public comments would be moderated." reports)."""
    if not at_story_end or not 3 <= words <= 60 or not search_line(_COMMENTING, line) \
            or not search_line(COMMENT_POLICY_GATE, line):
        return False
    return not _reports_or_narrates(line)


# English's own small words: an English line is left to the lists, which hold English's prompts ("Follow us on ...")
# and cannot tell "Noem saw the Twitter reaction and ... doubled down" (copy) by a pronoun.
_ENGLISH_GRAMMAR_WORDS = frozenset({"the", "and", "with", "our", "your", "you", "we", "for", "from", "this", "that",
                                    "was", "were", "has", "have", "his", "her", "their"})
# English's small words: an English line about comments is left to the lists ("... did not respond to a request for
# comment." closes many stories).
_ENGLISH_LINE_WORDS = _ENGLISH_GRAMMAR_WORDS | {"to", "how", "a", "of", "on", "in", "is", "not"}


# English's small words that other languages write too: Portuguese, Spanish and Italian "a", Italian, Dutch and German
# "in", French, Finnish and Estonian "on".
_SHARED_SMALL_WORDS = frozenset({"a", "in", "on"})


def _reads_as_english(line: str) -> bool:
    """One of English's own small words ("the", "at"... as `_ENGLISH_LINE_WORDS` lists them), or two of those other
    languages share: one shared word alone is another language's as often ("Seja o primeiro a comentar.")."""
    english = _ENGLISH_LINE_WORDS.intersection(lower_words(line))
    return bool(english - _SHARED_SMALL_WORDS) or len(english) >= 2


def _is_comment_section_line(line: str, words: int) -> bool:
    """After the story, a short line of the comment section in a language whose policy words no list holds: "Komanter
    ki ofansan oubyen ki napa lyen avek lartik pou ganny efase." (Seychellois Creole: offensive comments are deleted),
    "Pa ankor annan komanter. Ekri premye!", "Komentary su k tutomu nastawkej zawrjene." A commenting word, three to
    twenty words, no figure, name, quotation or report, not English, not a script written without spaces (its words
    are not counted). Counted over every case before use: 173 such lines are boilerplate, none copy."""
    if not 3 <= words <= 20 or not search_line(_COMMENTING, line) or _UNSPACED_SCRIPT.search(line):
        return False
    if _reads_as_english(line):
        return False
    label = LABEL_BEFORE_COLON.match(line)
    if label and len(label["label"].split()) <= 3 and search_line(_COMMENTING, label["label"]):
        return False  # "संपादक-टिप्पणी: रवि दिन फॉलो-अप करब।": the editor's note to the desk, under its label
    signals = line_signals(line)
    if signals["figures"] or signals["names_inside"] or signals["quotation"] or signals["reported_speech"]:
        return False
    return not _reports_or_narrates(line)


def _is_account_prompt(line: str) -> bool:
    """A short line asking for an account by the words other languages borrow for it ("Mag-login para makakomento.",
    "Комментарий ньиэдэ: Войти эле регистрация.", "Raiz saml (2): Raiz saml gvaq, login gonq."), not English (the
    lists word English's prompts, and English copy may tell of logging in), never a quotation or reported speech."""
    if not search_line(ACCOUNT_LOANWORD_GATE, line) or not _ENGLISH_LINE_WORDS.isdisjoint(lower_words(line)):
        return False
    signals = line_signals(line)
    return not (signals["quotation"] or signals["reported_speech"])


def _is_comments_closed(line: str, words: int) -> bool:
    """The outlet closing the comments on its page: "Comments are closed on this story.", "Kommenteerimine on selle
    artikli juures suletud.", "Comments are closed." (a commenting word, a word for closed or off, and the page's noun
    or five words at most). Copy reporting a closed comment period ("Public comment on the plan closed Friday, the
    clerk said") names no page, or reports."""
    if words > 14 or not search_line(_COMMENTING, line):
        return False
    lowered = lower_words(line)
    folded = line.lower()
    closed = not COMMENTS_CLOSED_WORDS.isdisjoint(lowered) or any(phrase in folded for phrase in COMMENTS_NO_LONGER_POSSIBLE)
    if not closed or (words > 5 and PAGE_NOUNS.isdisjoint(lowered)):
        return False
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"] or signals["names_inside"])


# A price: "$1 a week", "€ 1 per week", "R$ 1,90", "1 krone", "1 € le premier mois", "5,99 euro"; and a rate alone.
_PRICE = re.compile(r"(?:[$€£¥₹]|R\$|kr\.?|CHF|Fr\.)\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|£|euros?\b|kr\b|kroner?\b|krone\b|kronor\b|"
                    r"zł|Kč|lei\b|Ft\b|TL\b|franken\b|francs?\b|cents?\b|¢|p\b|pence\b|"
                    # Bulgarian lev, Serbian and Macedonian dinar and denar, hryvnia, rouble, tenge, lari, dram, manat
                    r"лв\.?|дин\.?|ден\.?|грн\.?|руб\.?|₽|₴|₸|₾|֏|₼)", re.IGNORECASE)
_RATE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, RATE_STEMS)) + r")(?!\w)", re.IGNORECASE)


def _is_subscription_offer(line: str, words: int, at_story_end: bool = False) -> bool:
    """The outlet's offer to subscribe, become a member or give, in any language: "You have 2 free articles left this
    month. Subscribe now for unlimited access – just €1 for your first month.", "Assine o Diário Paulistano e tenha
    acesso ilimitado ...", "Bli abonnent – første måned for 1 krone.", "Word abonnee voor € 1 per week". Both halves
    (a subscriber word and the offer's terms or a price), asked of the reader, never reported, quoted or narrated:
    "The Gazette raised its digital subscription to $25 a month, the publisher said." reports, and "l'abbonamento
    mensile ... scenderà da 98 a 68 euro" asks nothing."""
    if not 3 <= words <= 70 or not search_line(SUBSCRIBER_GATE, line):
        return False
    offer = search_line(OFFER_GATE, line)
    folded = line.casefold()
    # "Abonelik için lütfen iletişime geçiniz.": an agency's offer after its copy whose only terms are to ask for the
    # subscription, politely ("Subscribers who want a refund should contact the company, please note" names none)
    contact = at_story_end and not PLEASE_WORDS.isdisjoint(lower_words(line)) \
        and _holds_any(folded, CONTACT_STEMS) and _holds_any(folded, SUBSCRIPTION_NOUNS)
    if not (offer or contact or _PRICE.search(line) or _RATE.search(line)):
        return False
    if _reports_or_narrates(line):
        return False
    signals = line_signals(line)
    # The offer asks: an imperative opening a sentence ("Become a member from $5 a month") or a question ("Enjoyed
    # this article?"), or, with its terms, "you" ("You have 2 free articles left"). A price with "you" is a review's
    # advice ("you can sign up for a free 7-day trial ... $6.99 per month"), "we" a writer's own story.
    asks = bool(signals["imperative_opening"] or "?" in line or contact)
    # Or the subscriber word opens a line that is no sentence, as a button's verb does, before the offer's terms and
    # its price ("Abbonati a La Voce delle Valli: il primo mese a 1 euro, poi 5,99 euro al mese"); copy's sentence
    # ends ("Members get unlimited rides for $30 a month under the new plan.")
    asks = asks or bool(offer and not _ENDS_SENTENCE.search(line) and _PRICE.search(line)
                        and SUBSCRIBER_GATE.pattern.match(line))
    return asks or bool(offer and signals["second_person"])


def _is_article_meter(line: str, words: int) -> bool:
    """A paywall's meter, in any language: the free articles read or left, counted ("You have read 3 of 5 free
    articles this month.", "Hai letto 4 dei 5 articoli gratuiti di questo mese", "Nog 2 gratis artikels deze maand.").
    A short line with the free articles and a figure, never reported or quoted: "The Ledger allows five free
    articles a month before asking readers to pay, its editor said." reports on one."""
    if not 3 <= words <= 25 or not _holds_digit(line) or not search_line(FREE_ARTICLE_GATE, line):
        return False
    return not _reports_or_narrates(line)


def _is_subscriber_login(line: str, words: int) -> bool:
    """A paywall's question to those who already pay, with its button: "Already a subscriber? Log in", "Sei già
    abbonato? Accedi", "Bereits abonniert? Anmelden", "¿Ya eres suscriptor? Inicia sesión". A few words, a question,
    a subscriber word and "already"; a longer question with no button after it may be copy's ("Are you already a
    member of the club?")."""
    if not 2 <= words <= 10 or not ("?" in line or "？" in line) or not search_line(SUBSCRIBER_GATE, line):
        return False
    if words > 5 and line.rstrip()[-1:] in "?？":
        return False
    return not ALREADY_WORDS.isdisjoint(lower_words(line))


# What every feed stem holds, for a test of the raw line before the stems are searched in its folded text.
_FEED_MARKS = ("feed", "फीड", "फ़ीड", "ফিড")
assert all(any(mark in stem for mark in _FEED_MARKS) for stem in FEED_STEMS)


def _is_feed_note(line: str, words: int) -> bool:
    """An aggregator's note that the copy came from a feed and nobody edited it, in any wording: "Disclaimer: This story
    is published from a syndicated feed of India Science Wire and has not been edited by Vigyan Samachar Today staff.",
    "डिस्क्लेमर: यह आईएएनएस न्यूज़ फीड से सीधे पब्लिश हुई खबर है। इसके साथ हमारी टीम ने किसी तरह की कोई एडिटिंग नहीं की
    है।" A feed and "not edited", never reported or quoted."""
    if not 6 <= words <= 80:
        return False
    folded = line.casefold()
    if not (_holds_any(folded, FEED_STEMS) and _holds_any(folded, UNEDITED_STEMS)):
        return False
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"])


def _is_standing_notice(line: str, words: int) -> bool:
    """An opinion page's standing notice, in any language: the views are the author's and do not necessarily reflect
    the outlet's ("Las opiniones expresadas por los columnistas ... no necesariamente reflejan la postura editorial de
    MILENIO."). A view word, the author and "not necessarily", never reported or quoted: "The findings do not
    necessarily reflect the ministry's view, she said." reports."""
    if not 5 <= words <= 70 or not search_line(NOT_NECESSARILY_GATE, line) or not search_line(VIEW_GATE, line) \
            or not search_line(AUTHOR_GATE, line):
        return False
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"])


def _is_disclaimer(line: str, words: int) -> bool:
    """A platform's standing disclaimer: a line telling the reader the piece is no investment advice, labelled or
    not ("Dit artikel is geen beleggingsadvies.", "Zastrzeżenie: ... nie stanowi rekomendacji inwestycyjnej",
    "इसे निवेश सलाह न समझें"), or an advertising disclosure by its label ("Divulgación publicitaria: Algunos de los
    productos ..."). Never reported or quoted: "The fund's note was not investment advice, its chairman said" is
    copy."""
    if words > 90:
        return False
    if not DISCLOSURE_LABEL.match(line) and not (search_line(ADVICE_GATE, line) and NEGATION.search(line)):
        return False
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"])


def _is_tip_prompt(line: str, words: int) -> bool:
    """The newsroom asking for tips and saying how to reach it ("Got a news tip? Email newsdesk@... or message us on
    Facebook.", "HBN 제보하기"): a tip request (TIP_PROMPT) with contact details, a link, the reader addressed or, for a
    button, nothing more than the outlet's name beside it. Never reported or quoted."""
    if not 2 <= words <= 40 or not _holds_any(line.casefold(), TIP_MARKS) or not TIP_PROMPT.search(line):
        return False
    signals = line_signals(line)
    if signals["reported_speech"] or signals["quotation"] and not _quotes_only_names(line):
        return False
    # (or the line opens by asking it: "Got a tip about housing in Suva? Just reply to this email.")
    return bool(signals["contact_details"] or signals["has_link"] or signals["second_person"] or words <= 3
                or _ASKS_FOR_A_TIP.match(line))


_ASKS_FOR_A_TIP = re.compile(r"(?i)(?:got|have)\s+(?:you\s+)?(?:a|any)\s+(?:news\s+)?(?:tip|story idea)s?\b[^?]{0,40}\?")


def _is_gambling_notice(line: str, words: int) -> bool:
    """A betting or fantasy-game widget's warning: the age limit and the plea to play responsibly or its risk ("+18 |
    Aposte com responsabilidade | Apostas envolvem risco financeiro ...", "This game may be habit-forming or
    financially risky. Play responsibly. T&C apply. For 18+ only."). Copy about the law on betting reports it."""
    if not 3 <= words <= 60 or not GAMBLING_AGE.search(line):
        return False
    folded = line.casefold()
    if not _holds_any(folded, RESPONSIBLY_STEMS):
        return False
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"])


_SENTENCE_STOPS = (".", "!", "?", "…")
# The small words a credit's names may hold: "Devon McAllister / The Hall County Ledger", "Thu Hằng/TTXVN".
_CREDIT_JOINERS = frozenset({"of", "the", "for", "via", "and", "de", "del", "da", "di", "do", "van", "von", "der", "la",
                             "le", "y", "e", "et", "und", "&", "/", "-", "–", "|", ","})


def _is_caption_with_credit(line: str) -> bool:
    """A picture's caption with its credit run on after it: a closed sentence, a photo label, and names only
    ("... on Friday.Photo: Lancashire Police"). A paragraph of copy never ends on a credit."""
    if line.endswith(_SENTENCE_STOPS):
        return False  # the credit closes every match and holds none of these (`[^.!?…]{2,90}$`): most copy ends so
    match = CAPTION_WITH_CREDIT.match(line)
    if not match:
        return False
    words = match.group("credit").replace("/", " / ").split()
    return 0 < len(words) <= 10 and all(w[:1].isupper() or w.lower() in _CREDIT_JOINERS or w[:1].isdigit() for w in words)


# A photo's credit line as agencies set it, with or without its colon: "Fot. PAP/Agnieszka Szymczak-Lis", "Foto Belga /
# Jef Mertens-Aerts", "Ilustrační foto Foto: ČTK/Zuzana Bártová".
_PHOTO_WORD = re.compile(r"^(?:(?:ilustrační|illustrative|archive|archiv|file)\s+)?(?:foto|fot\.|photo|photos|fotó|kuva|bild|"
                         r"zdjęcie|fotografía|fotografia|picture|image|"
                         # the photos' plural and credit labels: Finnish "Kuvat", Slovenian "Fotografija", Portuguese and
                         # Spanish "Crédito fotográfico", Dutch "Beeld", Norwegian and Danish "Foto", Croatian "Snimio"
                         r"kuvat|fotografija|fotografije|cr[ée]dito\s+fotogr[áa]fico|cr[ée]ditos?\s+(?:de\s+)?(?:la\s+)?foto|"
                         r"beeld|snimio|snimila|fotos?\s+y\s+textos?|bilder|pics|pictures|"
                         # and in scripts without capitals or other alphabets: Kyrgyz, Kazakh, Khmer, Gujarati, Marathi,
                         # Hindi, Bengali, Tamil, Xhosa, Sinhala, Georgian, Armenian, Macedonian/Serbian, Greek
                         r"сүрөт|сурет|រូបថត|તસવીર|छायाचित्र|फोटो|ছবি|படம்|umfanekiso|ඡායාරූපය|ფოტო|լուսանկարը|фото|φωτ\.?|φωτογραφία|"
                         # Zulu, Yoruba, Hausa, Swahili, Latvian, Lithuanian, Estonian, Mongolian, Nepali, Punjabi,
                         # Telugu, Kannada, Burmese, Lao, Pashto, Sorani
                         r"isithombe|àwòrán|hoto|picha|attēls|nuotrauka|pilt|зураг|तस्बिर|ਤਸਵੀਰ|ఫోటో|ಚಿತ್ರ|ဓာတ်ပုံ|ພາບ|انځور|وێنە)"
                         r"(?:\s+(?:foto|photo))?\s*[:.៖]?\s+(?:foto\s*:\s*)?",
                         re.IGNORECASE)


def _is_photo_credit_line(line: str) -> bool:
    """A photo word and its mark, then only its credit's names: capitalised words, an agency, slashes ("Fot. PAP/Eryk
    Dziedzic"). "Photo finish decides the race" goes on in lower case; "Photo ID Required At Polls" has no mark."""
    match = _PHOTO_WORD.match(line)
    if not match or _ENDS_SENTENCE.search(line):
        return False
    credit = line[match.end():]
    if not (":" in match.group(0) or "." in match.group(0) or "/" in credit or "៖" in match.group(0)):
        return False  # a title in capitals ("Photo ID Required At Polls") has neither a credit's mark nor its slash
    words = credit.replace("/", " / ").split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w.lower() in _CREDIT_JOINERS or w[:1].isdigit() or _caseless_letter(w[:1]) for w in words)


# One word of any language and its colon, then two sides of a slash ("Xifaniso: LMA/Hlulani Ngobeni").
# (a label's letters may carry combining marks: Gitxsan "Hlgu-gwin̓ahl")
_WORD_THEN_SLASHED_PAIR = re.compile(
    rf"^[^\W\d_][\w'’.\u0300-\u036f-]{{0,20}}\s*[{LABEL_COLONS}]\s*(?P<first>[^/]{{2,40}}?)\s*/\s*(?P<second>[^/]{{3,60}})$")
# A word of a name that opens in lower case: a small joining word ("Lesedi la Maseru") or a class prefix run into the
# capitalised name ("yeMpumalanga", Southern Ndebele's "of Mpumalanga")
_NAMES_SMALL_WORD = re.compile(r"^(?:[^\W\d_]{1,3}|[^\W\d_]{1,3}[A-Z][\w'’-]*)$")


def _is_slashed_credit(line: str) -> bool:
    """A picture's credit under a label no list holds: one word and its colon, then a source and a person on the two
    sides of a slash, the source an agency's code or an outlet of up to four capitalised words, the person two to four
    ("Xifaniso: LMA/Hlulani Ngobeni", Tsonga; "Ja: KJA/Seydou Kone", Bambara; "Litratu: Marianas Wire/Joaquin
    Mendiola", Chamorro; the other way round, "Foto: Nadège Désir / Lavwa Nò"; a name's small word or prefixed word
    inside, "Setšoantšo: Tšepo Lebona/Lesedi la Maseru", "Isithombe: Iindaba Agency yeMpumalanga / Lindiwe Msiza").
    Whatever the label's language, only a credit names a source and a person that way; a route or a score has no
    second name ("Route: Suva/Savusavu"), copy runs on in lower case."""
    shape = _WORD_THEN_SLASHED_PAIR.match(line)
    if not shape or _ENDS_SENTENCE.search(line):
        return False
    first, second = shape["first"].split(), shape["second"].split()

    def capitalised(words: list[str]) -> bool:
        return all(w[:1].isupper() or _caseless_letter(w[:1]) or 0 < at < len(words) - 1 and _NAMES_SMALL_WORD.match(w)
                   or at == len(words) - 1 and at > 0 and w[:1].islower() and any(c.isupper() for c in w)
                   for at, w in enumerate(words))

    def a_person(words: list[str]) -> bool:  # (two to four names, none of them a small word)
        return 2 <= len(words) <= 4 and all(w[:1].isupper() or _caseless_letter(w[:1]) for w in words)

    return (capitalised(first) and capitalised(second) and 1 <= len(first) <= 4 and 1 <= len(second) <= 4
            and (a_person(first) or a_person(second)))


def _is_photo_download_note(line: str) -> bool:
    """A release's note on its pictures: the photo label with its colon, then where to fetch them ("Photos:
    High-resolution images at https://...", "Bilder: Druckfähige Bilder unter https://...", "Kuvat: ... osoitteessa
    https://..."). The address says it is the issuer's service to the desk, not a caption of the story's own."""
    match = _PHOTO_WORD.match(line)
    return bool(match) and ":" in match.group(0) and bool(line_signals(line)["has_link"])


def _is_bracketed_credit(line: str) -> bool:
    """A picture's credit alone in brackets, agency and photographer on either side of a slash ("(THE CANADIAN
    PRESS/Marie-Ève Tremblay-Ross)", "(AP Photo/Jane Doe)", "(Owen Humphreys/PA)"): one side an agency, with or
    without its photo word, the other a person's names only. "(Reuters/Ipsos poll)" and "(AP/NORC)" name no one."""
    parts = [part.strip() for part in line[1:-1].split("/")]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return False
    agency_at = [i for i, part in enumerate(parts)
                 if agency_name(re.sub(r"(?i)\s+(?:photo|foto|pool|file)$", "", part)) or part.lower() in ("photo", "file")]
    if not agency_at:
        return False
    others = [part for i, part in enumerate(parts) if i not in agency_at]
    return bool(others) and all(
        2 <= len(part.split()) <= 5 and all(w[:1].isupper() or w.lower() in _CREDIT_JOINERS for w in part.split())
        for part in others)


def _is_inbox_pitch(line: str, words: int) -> bool:
    """A newsletter's pitch, in any language: the reader's inbox and when or how it comes ("Get the Dispatch in
    your inbox", "... free in your inbox every Friday. Sign me up", "... elke oggend in jou inkassie"). "Watch for
    phishing e-mails in your inbox that claim to be from the tax office." names no delivery, and a report stays."""
    if not 4 <= words <= 45 or not search_line(INBOX_GATE, line) or not search_line(INBOX_CADENCE_GATE, line):
        return False
    return not _reports_or_narrates(line)


_SPONSOR_NOUNS = frozenset(SPONSOR_NOUNS)
_SPONSORED_SELF_OPENINGS = frozenset(phrase.split()[0] for phrase in SPONSORED_SELF)  # "this", "dës", "diese", ...
_SPONSOR_NOTE_WORDS = _SPONSORED_SELF_OPENINGS | _SPONSOR_NOUNS  # a line holding neither holds none of these: one test


def _is_sponsor_note(line: str) -> bool:
    """A newsletter's or an edition's sponsor named in a sentence of its own (vocabulary SPONSORING_STEMS): the
    sponsoring verb, and the edition speaking of itself or a sponsor beside the outlet's "our". "The festival is
    supported by the city council, its organisers said." reports; a festival's sponsors are no edition's."""
    words = lower_words(line)
    # the edition's own words first, by the line's words (a set test): most lines hold neither
    if _SPONSOR_NOTE_WORDS.isdisjoint(words):
        return False
    folded = line.casefold()
    if not any(stem in folded for stem in SPONSORING_STEMS):
        return False
    own = any(phrase in folded for phrase in SPONSORED_SELF) \
        or not _SPONSOR_NOUNS.isdisjoint(words) and line_signals(line)["outlet_voice"] > 0
    return own and not _reports_or_narrates(line)


def _is_notification_prompt(line: str, words: int) -> bool:
    """A browser's or app's push-notification prompt, in any language: notifications and allowing them, asked of the
    reader or in a short line with its buttons ("Golleri anında öğrenin! Karadeniz Manşet bildirimlerine izin verin,
    maç anlarını kaçırmayın. İzin ver Daha sonra", "Turn on notifications to get breaking news first. Allow Not now").
    Copy about an app's notifications reports, quotes or narrates ("The ministry said users could turn off the alerts
    in the app's notification settings"); a sentence of copy ends with its stop, a prompt with its buttons or a call
    ("Notifications were enabled for all staff phones last year." narrates)."""
    return _prompt_naming(line, words, 2, 40, NOTIFICATION_GATE, NOTIFICATION_ALLOWING_GATE,
                          also=lambda signals, words: signals["call_to_action"] > 0 or words <= 30 and (
                              "!" in line or not line.endswith((".", "。", "।", "۔"))))


_NEWSLETTER, _SUBSCRIBING = NEWSLETTER_GATE, SUBSCRIBING_GATE


def _is_newsletter_prompt(line: str, words: int) -> bool:
    """The outlet asking the reader to sign up to its newsletter, in any language: "Elke ochtend het belangrijkste
    nieuws in je mailbox? Schrijf je gratis in voor de nieuwsbrief van Noordelijk Dagblad.", "Jetzt den kostenlosen
    Newsletter abonnieren und keine Nachricht verpassen!" (a question or an exclamation asks too). "The council will
    launch a newsletter residents can subscribe to, the mayor said." asks nothing."""
    return _prompt_naming(line, words, 3, 30, _NEWSLETTER, _SUBSCRIBING,
                          also=lambda signals, words: bool(signals["question_or_exclamation"]))


def _is_forward_prompt(line: str) -> bool:
    """A newsletter asking to be passed on (forwarding and a friend or someone), or telling a reader it was forwarded
    to where to sign up ("Forwarded this email? Sign up ...", "Doorgestuurd gekregen? Meld je hier gratis aan ...").
    Copy about forwarded mail reports or narrates ("She forwarded the email to a friend, police said")."""
    folded = line.casefold()
    if not _holds_any(folded, FORWARD_STEMS):
        return False
    signals = line_signals(line)
    if signals["reported_speech"] or signals["quotation"] or signals["figures"]:
        return False
    if _holds_any(folded, FRIEND_STEMS):
        # asked where a sentence or slot opens, or of the reader ("they" is the friend: "Forward it to a friend – they
        # can sign up at ..."); "Smith forwarded the invoice to a colleague in March." tells of others
        return bool(_FORWARD_OPENING.search(folded) or signals["second_person"])
    return "?" in line and bool(search_line(_SUBSCRIBING, line)) and not _reports_or_narrates(line)


# Forwarding where an imperative stands: at the line's start, or after a sentence's or slot's end.
_FORWARD_OPENING = re.compile(r"(?:^|[.?!:|–—]\s*)(?:" + "|".join(map(re.escape, FORWARD_STEMS)) + ")")


_MAIL, _LIST_MEMBERSHIP = MAIL_GATE, LIST_MEMBERSHIP_GATE


def _is_mailing_list_footer(line: str, words: int) -> bool:
    """A mailing list telling the reader why the mail came and how to leave: "Du får denne e-posten fordi du abonnerer
    på NTB Varsling. Endre varslingsinnstillinger eller meld deg av", "You are receiving this email because you
    subscribed to the Morning Briefing"."""
    if _prompt_naming(line, words, 4, 60, _MAIL, _LIST_MEMBERSHIP):
        # the reader addressed, not the outlet's "we" or a writer's "I" ("I clicked “unsubscribe” on every newsletter")
        return bool(line_signals(line)["second_person"])
    return _says_why_the_mail_came(line, words) or _links_the_way_off_the_list(line, words)


# A slot labelling a web address: "Unsubscribe: https://...", "Адпісацца: https://...", "(https://...)".
_LABELLED_LINK = re.compile(r"[:：]\s*<?https?://|\(\s*https?://")


def _links_the_way_off_the_list(line: str, words: int) -> bool:
    """A list's footer that gives its way off as a link, whatever it calls its mail ("You are receiving The Breeze
    because you signed up at islandcurrent.example. Unsubscribe: https://...", "Вы атрымалі гэты ліст, бо
    падпісаліся на рассылку ... Адпісацца: https://..."): leaving or joining the list names a web address it labels.
    Copy citing a list's address reports or quotes; it does not label a link after a colon."""
    if not 2 <= words <= 60 or "http" not in line or not _LABELLED_LINK.search(line) \
            or not search_line(_LIST_MEMBERSHIP, line) or _reports_or_narrates(line):
        return False
    return not line_signals(line)["quotation"]


def _says_why_the_mail_came(line: str, words: int) -> bool:
    """Receiving, the mail and a "because", in any language, whatever words its list uses for joining or leaving:
    "Получавате това съобщение, защото сте абонат на новинарската услуга на БТА.", "קיבלת הודעה זו משום שכתובתך
    רשומה בשירות המבזקים", "Recibiste este correo porque te suscribiste al boletín". Copy about a mail people got
    ("Residents received the message because the county's alert system misfired, officials said") reports or
    narrates others, and speaks of "the" mail: a footer says "this" one, or "you". The mail may go by its list's
    name, with how the reader joined it ("You are receiving The Breeze because you signed up at ...")."""
    if not 4 <= words <= 60 or not search_line(RECEIVE_GATE, line) \
            or not (search_line(_MAIL, line) or search_line(_LIST_MEMBERSHIP, line)) \
            or not search_line(BECAUSE_GATE, line) or _reports_or_narrates(line):
        return False
    return bool(line_signals(line)["second_person"] or not THIS_WORDS.isdisjoint(lower_words(line))
                or any(this in line for this in THIS_UNSPACED))


# A pictograph an outlet sets before its prompts ("📲", "📢", "▶️", "👉"): the emoji and symbol blocks.
_PICTOGRAPH = re.compile("[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


# "Don't" before a closing imperative, in the languages that close with it: Hindi "न", "मत", Urdu "نہ", "مت", Persian "نه".
_DONT_WORDS = frozenset({"न", "मत", "नहीं", "نہ", "مت", "نه", "نکنید"})
# Languages that join case endings to a word ("செயலியைப்", the app as an object, "ചാനലിൽ", in the channel) name the app
# or the call to action at the word's start; scripts written without spaces (Thai, Lao, Khmer, Burmese, Japanese,
# Chinese) anywhere in the run of words ("ดาวน์โหลดแอปเมืองเก่ารายวันได้แล้ววันนี้"). Stems of three letters or more,
# outside Latin script (a Latin word's start is another word: "app" opens "apply").
class _Stems:
    """Stems a word may begin with or, in a script written without spaces, hold. `begins(word)` is
    `word.startswith(stems)`, asking only the stems that share the word's first character: a stem begins no word
    that opens with another character, and `startswith` of the whole tuple compares the word with each of two hundred."""

    __slots__ = ("all", "_by_first")

    def __init__(self, stems):
        self.all = tuple(sorted(stems))
        assert all(self.all), "an empty stem begins every word"
        self._by_first: dict[str, tuple[str, ...]] = {}
        for stem in self.all:
            self._by_first[stem[0]] = self._by_first.get(stem[0], ()) + (stem,)

    def begins(self, word: str) -> bool:
        return word.startswith(self._by_first.get(word[:1], ()))

    def occur_in(self, text: str) -> bool:
        """Whether any stem stands anywhere in `text` (one Aho-Corasick pass): a word that begins with a stem or holds
        one holds it, so words joined by spaces that hold none have no such word."""
        return _holds_any(text, self.all)


_CALL_STEMS = _Stems(verb for verb in CALL_TO_ACTION_VERBS if not verb.isascii() and len(verb) >= 3)
_CHANNEL_STEMS = _Stems(noun for noun in CHANNEL_NOUNS if not noun.isascii() and len(noun) >= 3)
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def _names_any(words: list[str], vocabulary: frozenset[str], stems: _Stems) -> bool:
    """Whether the line's words hold a word of `vocabulary`: as a word, as the start of an inflected word outside
    Latin script, or inside a run of a script written without spaces."""
    if not vocabulary.isdisjoint(words):
        return True
    joined = " ".join(words)
    if joined.isascii() or not stems.occur_in(joined):
        return False  # the stems are asked only of words outside ASCII, and only a word holding one can name it
    return any(not word.isascii() and (stems.begins(word) or _UNSPACED_SCRIPT.match(word)
                                      and any(stem in word for stem in stems.all))
               for word in words)


_PLURAL_YOU_IMPERATIVE = frozenset({"ẹ", "ku"})  # Yoruba and Hausa set "you (all)" before an imperative


# The networks an outlet asks its readers to follow or share on, by their brand names (not "x", "line" or "mail",
# which are words too).
_NETWORK_BRANDS = frozenset({"facebook", "instagram", "whatsapp", "telegram", "tiktok", "youtube", "twitter", "messenger",
                             "linkedin", "viber", "threads", "bluesky", "mastodon",
                             # as Ethiopic writes them (Amharic, Tigrinya): Facebook, Telegram, YouTube, Instagram,
                             # TikTok, Twitter, WhatsApp
                             "ፌስቡክ", "ቴሌግራም", "ዩቱብ", "ኢንስታግራም", "ቲክቶክ", "ትዊተር", "ዋትስአፕ",
                             # and Cyrillic, with the case endings the languages that write it add ("Телеграмд",
                             # "Инстаграмда", "Фејсбуку"): counted over every case first, 7 more prompts and no copy
                             "телеграм", "инстаграм", "фейсбук", "фејсбук", "ютуб", "тикток", "вконтакте", "ватсап",
                             "вотсап"})


_NETWORK_BRAND_PREFIXES = tuple(sorted(_NETWORK_BRANDS))


def _names_a_network(word: str) -> bool:
    """The word is a network's name, or one with its case ending or suffix on it, as languages that join them write
    it ("Facebookimi", Greenlandic "on Facebook"; "Telegram-каналан", Chechen; "ፌስቡክን", Tigrinya). (`startswith` of
    the tuple: each brand compared in C, not a generator step per brand.)"""
    return word.startswith(_NETWORK_BRAND_PREFIXES)


def _names_the_outlets_networks(line: str, words: list[str]) -> bool:
    """A short line naming a network, in a language whose "follow" or "share" no list holds ("Tattiyi i Marianas Wire
    gi Facebook yan Instagram.", Chamorro; "Mû tënë sô na âkamarade ti mo na WhatsApp.", Sango; "Kplɔ mí ɖo le
    Facebook kple WhatsApp.", Ewe). On every case the repository holds, a line of three to fourteen words naming one
    is the outlet's prompt unless it reports ("The governor said in a statement posted on Facebook:"), quotes or
    narrates; copy about a network runs longer or gives figures. Not an English line (`_ENGLISH_GRAMMAR_WORDS`)."""
    # (the English words first: one set test, where a network's name is asked of each word)
    if not 3 <= len(words) <= 14 or not _ENGLISH_GRAMMAR_WORDS.isdisjoint(words) or not any(map(_names_a_network, words)):
        return False
    if "|" in line or "·" in line or "•" in line:
        return False  # a list between separators is the share bar's rules' to read ("Sources: Facebook | company filings")
    return not line_signals(line)["figures"] and not _reports_or_narrates(line)


def _is_channel_prompt(line: str, words: list[str]) -> bool:
    """The outlet asking the reader to follow it on a network, its channel or its app, in any language: "हमारे
    WhatsApp चैनल से जुड़ें।", "ہماری ایپ ڈاؤن لوڈ کریں", "எங்கள் யூடியூப் சேனலை சப்ஸ்கிரைப் செய்யுங்கள்", "Danna nan
    domin shiga tasharmu ta WhatsApp", "Pakua programu ya KNA ...". A call to action and a channel, asked by the
    outlet's voice, an imperative opening, a link, a store's "Google Play | App Store" or a
    pictograph before it. Copy about a scam on WhatsApp or a ministry's app reports, quotes or narrates, and stays."""
    # Google News is a channel of two words ("Síguenos en Google News", "Obserwuj nas w Google News")
    # (a script written without spaces counts no words: its line's length says it is a prompt's)
    spaced = 3 <= len(words) <= 30 or _UNSPACED_SCRIPT.search(line) and 10 <= len(line) <= 200
    if not spaced or not _names_any(words, CALL_TO_ACTION_VERBS, _CALL_STEMS) or (
            not _names_any(words, CHANNEL_NOUNS, _CHANNEL_STEMS) and not any(w.startswith(CHANNEL_BRANDS) for w in words)
            and not _holds_any(" ".join(words), GOOGLE_NEWS_NAMES)):
        return False
    signals = line_signals(line)
    if signals["reported_speech"] or signals["quotation"] and not _quotes_only_names(line) or signals["third_person"]:
        return False
    # an imperative opening with a figure and no one addressed is a sentence about downloads ("Download counts for the
    # app fell 30% in March."); "Watch in the app or on your smart TV.", "send JOIN to 071 555 0123" ask
    asks = signals["imperative_opening"] and (
        not signals["figures"] or signals["second_person"] or signals["contact_details"])
    # or an imperative closing it, as languages that set the verb last ask ("... واٹس ایپ چینل جوائن کریں۔", "... የቴሌግራም
    # ቻናል ይቀላቀሉ።", "... در تلگرام، ایتا و اینستاگرام دنبال کنید."): the call to action among its last two words
    # (in a script other than Latin's: a Latin line's last words are its object, "... i App Store och Google Play")
    # A "don't" before it warns, not asks: "... लोग अनजान व्हाट्सएप ग्रुप से न जुड़ें।" (police advice, reported)
    asks = asks or not signals["figures"] and _names_any([w for w in words[-2:] if not w.isascii()], CALL_TO_ACTION_VERBS,
                                                        _CALL_STEMS) and _DONT_WORDS.isdisjoint(words[-3:])
    # ... or closing the prompt before a dash, the promise after it ("Telegram kanalimizga obuna boʻling — eng
    # soʻnggi yangiliklar birinchi bizda": "subscribe to our channel — the latest news first with us")
    if not asks and not signals["figures"] and re.search(r"\s[—–]\s", line):
        clause = lower_words(re.split(r"\s[—–]\s", line, maxsplit=1)[0])
        asks = _names_any([w for w in clause[-2:] if not w.isascii()], CALL_TO_ACTION_VERBS, _CALL_STEMS) \
            and _DONT_WORDS.isdisjoint(clause)
    # an issuer's "our" beside its number is practical information ("You can follow updates on the Water Board
    # Facebook page or call our 24-hour line on 023 555 0100.")
    speaks = signals["outlet_voice"] and not signals["contact_details"]
    # or the plural "you" before the call, as Yoruba words its imperative ("Ẹ darapọ̀ mọ́ ìkànnì WhatsApp wa ...":
    # "you all join our WhatsApp channel ..."); "you" opening a sentence of copy is its subject, no call after it
    asks = asks or len(words) > 1 and words[0] in _PLURAL_YOU_IMPERATIVE and words[1] in CALL_TO_ACTION_VERBS
    return bool(speaks or asks
                or signals["has_link"] or signals["chrome_joined"] or "t.me/" in line or _PICTOGRAPH.search(line))


def _is_related_run(line: str, words: int) -> bool:
    """A related box pasted as one line, its label and its headlines run together ("Habari Zinazohusiana Bei ya majani
    chai yapanda ... Wakulima wa Nyamira walalamikia ...", "Læs også Havnen i Esbjerg får ny terminal til øfærgerne
    Rederi vil sejle med elfærge fra 2028"). Headlines: the rest opens as a title does (no lower-case letter) and the
    line ends on no sentence's stop. A sentence that opens with the words ("Related costs rose 5% in March.") ends
    like one, or goes on in lower case, or reports."""
    if not 4 <= words <= 70 or _ENDS_SENTENCE.search(line) or line.endswith((":", ",", ";")):
        return False
    match = search_line(RELATED_RUN_GATE, line)
    if not match or match.group("rest")[0].islower():
        return False
    return not line_signals(line)["reported_speech"]


_LABEL_THEN_REST = re.compile(r"^(?P<label>[^\W\d_][\w'’]*(?:\s+[\w'’]+){0,2})\s*:\s+(?P<rest>\S.*)$")


def _is_cognate_related_line(line: str) -> bool:
    """A "read also" label as a neighbouring language spells it, its colon, then a headline: "Llei tamién: El bus
    nocherniegu ente Avilés y Xixón estrena horariu" (Asturian, beside Spanish "lee también")."""
    shape = ":" in line and _LABEL_THEN_REST.match(line)  # (the colon first: every match holds it, most lines do not)
    return bool(shape) and len(shape["rest"].split()) >= 2 and is_related_label(shape["label"])


# A "read also" label no list holds, by its shape: a capitalised verb and a short adverb in lower case ("Kenkan bio",
# "Baco pulo", "Czëtôj téż", "Basaen met"), or both in capitals ("READ MAIR"), its colon, then a headline.
_TWO_WORD_LABEL_THEN_TITLE = re.compile(
    rf"^(?P<verb>[^\W\d_][\w'’]*)\s+(?P<adverb>[^\W\d_]{{1,6}})\s*[{LABEL_COLONS}]\s+(?P<rest>\S.*)$")
_URL_OR_ADDRESS = re.compile(r"@|https?://|www\.", re.IGNORECASE)
# A label of up to sixty characters, its colon, the rest (the engine's labelled link reads the same shape).
LABEL_BEFORE_COLON = re.compile(rf"^(?P<label>[^{LABEL_COLONS}]{{1,60}}?)\s*[{LABEL_COLONS}]\s+(?P<rest>\S.*)$", re.DOTALL)


def is_unlisted_related_line(line: str) -> bool:
    """A pointer to another of the outlet's stories whose label no list holds, read by its shape: a label of two
    words, the first capitalised and the second a short word in lower case (or both in capitals), a colon, and a
    headline of three to sixteen words opening with a capital and ending without a stop. In every language the
    rounds brought, that label is a verb and "also" ("Kenkan bio: Polisifo kyere akwantufo 12 wɔ Ejisu kwan so",
    Twi; "Kalan fana: ...", Bambara; "READ MAIR: ...", Scots). What the shape leaves out, by design: a label of one
    word or of two capitalised words ("Verbraucherschützer: Wechsel kann sich trotzdem lohnen", "Dubai Metro: Red
    Line service suspended ...": subheads of the copy), a contact or source ("Media contact: ...@..."), a sentence
    (its stop), reported speech or a quotation; scripts without capitals are read apart (_is_uncased_label_then_title)."""
    shape = _TWO_WORD_LABEL_THEN_TITLE.match(line)
    if shape:
        verb, adverb, rest = shape["verb"], shape["adverb"], shape["rest"]
        label_in_capitals = verb.isupper() and adverb.isupper()
        if label_in_capitals or verb[0].isupper() and adverb.islower():
            return _reads_as_a_headline(rest) and not _reports_or_narrates(line)
    return _is_lower_case_label_then_title(line) or _is_uncased_label_then_title(line)


# A label's word: letters, with an apostrophe or a hyphen inside ("Sonday-aq", "n'ebi", "ullart'asma").
_LABEL_WORD = r"[^\W\d_](?:[\w'’ʼ-]*[^\W\d_])?"
# Two or three such words, their colon, the rest; a wiki-style link's brackets around the whole ("[[Xiquitta no: ...]]").
_LABEL_OF_WORDS_THEN_TITLE = re.compile(
    rf"^\[*(?P<label>{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{1,2}})\s*[{LABEL_COLONS}]\s+(?P<rest>\S.*?)\]*$")


def _in_lower_case(word: str) -> bool:
    """A word in lower case, the palochka inside it aside: the Caucasus's Cyrillic writes it as a capital letter in
    every word ("цIалая", Avar; "кIела", Lezgian), Latin "I" on most keyboards, "Ӏ" by the standard."""
    return word.replace("I", "").replace("Ӏ", "").islower() if word[:1] not in ("I", "Ӏ") else word.islower()


def _is_lower_case_label_then_title(line: str) -> bool:
    """The same pointer under a label of two or three words, the first capitalised and the others in lower case, of
    any length and with an apostrophe or a hyphen inside ("Sonday-aq oqıń:", Karakalpak; "Tet xagana gurra:", Afar;
    "Ukhamarak ullart'asma:", Aymara; "Shoma n'ebi:", Runyankole), then a headline with no figure, colon or
    semicolon. Counted over every case before use: 56 such lines are boilerplate, and one is copy, a fact box's
    title over its list ("Με μια ματιά: Ο σεισμός στη Χαλκιδική"; the engine reads what follows). English is left
    to the lists: its labelled copy has the same shape ("Yellow rain warning: North Norfolk coast ...")."""
    shape = _LABEL_OF_WORDS_THEN_TITLE.match(line)
    if not shape:
        return False
    first, *others = shape["label"].split()
    rest = shape["rest"]
    if not (first[0].isupper() and all(_in_lower_case(word) and len(word) <= 12 for word in others)):
        return False
    if any(mark in rest for mark in ":;") or any(ch.isdigit() for ch in rest) \
            or not _ENGLISH_GRAMMAR_WORDS.isdisjoint(lower_words(line)):
        return False
    return _reads_as_a_headline(rest) and not _reports_or_narrates(line)


# Two words and their colon (Ethiopic's word space "፡" too, which writers set as one), then the rest.
_TWO_WORDS_THEN_REST = re.compile(rf"^\[*(?P<label>\S+\s+\S+)\s*[{LABEL_COLONS}፡]\s+(?P<rest>\S.*?)\]*$")


def _is_uncased_label_then_title(line: str) -> bool:
    """The same pointer in a script without capitals, where no case tells the label's verb and "also" from a subhead
    ("იკითხით ხოლო: ...", Mingrelian; "ክምሰልሁ አንብቡ፦ ...", Tigre; "ᐊᒻᒪᓗ ᐅᖃᓕᒫᕐᓗᒍ: ...", Inuktitut): a label of two
    words, then a headline of four to sixteen words with no figure, no stop at its end and no comma or separator
    (a fact box's "label: value, value" item has them). Counted over every case before use: 33 such lines are
    boilerplate, 1 is copy (a Korean fact list's item, "제보 방법: ... 또는 ...", which the engine reads as a list)."""
    shape = _TWO_WORDS_THEN_REST.match(line)
    if not shape:
        return False
    label, rest = shape["label"].split(), shape["rest"]
    if not all(_uncased(word) for word in (*label, rest.split()[0])):
        return False
    if any(mark in rest for mark in ":;፡፦,،、·|") or any(ch.isdigit() for ch in rest):
        return False
    return 4 <= len(rest.split()) <= 16 and not rest.rstrip().endswith((".", "。", "።", "!", "?", "؟", "।"))


def _reads_as_a_headline(rest: str, shortest: int = 3) -> bool:
    """A headline after a label: `shortest` to sixteen words, a capital first, no stop at its end, no address."""
    return (shortest <= len(rest.split()) <= 16 and rest[0].isupper() and not _ENDS_SENTENCE.search(rest)
            and not rest.endswith((";", ":")) and not _URL_OR_ADDRESS.search(rest))


def is_emphasised_related_line(line: str) -> bool:
    """The same pointer set off by its markup, the whole paragraph in bold or italics (the engine checks the
    markup): a label of one to three words of any shape ("Vhalani-vho:", Venda), then a headline of five words or
    more holding a word in lower case. A fact box's title ("Fakta: Vargen i Sverige", "Info: Der Hafen in Zahlen")
    is shorter, and an editor's credit ("Edição: Renato Bittencourt Lobo") names only people."""
    shape = LABEL_BEFORE_COLON.match(line)
    if not shape or not 1 <= len(shape["label"].split()) <= 3:
        return False
    rest = shape["rest"]
    return (_reads_as_a_headline(rest, shortest=5) and any(word.islower() for word in rest.split())
            and not _reports_or_narrates(line))


def is_related_heading(line: str) -> bool:
    """A related box's label alone on its line ("BERITA TERKAIT", "Lea también", "Notícies relacionades:", "【関連記事】"):
    the headlines under it go with it (engine: a section). The labels that also head copy ("More", "Watch") do not."""
    label = line.strip(" \t:：-–—|»›>►▶→[]【】()<>")
    return len(line) <= 40 and (label.casefold() in RELATED_HEADINGS or bool(_ALSO_IN_THE_PUBLICATION.fullmatch(label)))


# A newsletter's label over its other stories, naming itself: "ALSO IN THE DISPATCH", "Elsewhere in this issue",
# "More from The Ledger" (English: its lists hold no label that names the publication).
_ALSO_IN_THE_PUBLICATION = re.compile(
    r"(?i:also|elsewhere|more)\s+(?i:in|from)\s+(?i:the|this|today['’]s)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
    r"|(?i:also|elsewhere)\s+(?i:this)\s+(?i:week|issue|month|edition)")  # ("ALSO THIS WEEK" over the links)


def _is_share_prompt(line: str, words: list[str]) -> bool:
    """The outlet asking its reader to share the story: "Share this article with your friends!", "Shiriki habari hii",
    "Ndajeni këtë artikull me miqtë tuaj!", "ይህን ዜና ለወዳጆችዎ ያጋሩ". A share verb and a page noun in a line of three
    words or more (two are a button, "Jaa artikkeli", an interface label) that asks: a button's few words, an
    imperative, "you", an exclamation. "Share this story with your MP, the campaign urged" reports, and "Readers can
    share the article on the council's website" asks nothing."""
    if not 3 <= len(words) <= 12 or SHARE_VERBS.isdisjoint(words) or PAGE_NOUNS.isdisjoint(words) \
            or _reports_or_narrates(line):
        return False
    signals = line_signals(line)
    # (or the share verb among its last words, as languages that set the verb last ask: "... سره شریک کړئ")
    return bool(len(words) <= 5 or signals["imperative_opening"] or signals["second_person"] or line.endswith("!")
                or not SHARE_VERBS.isdisjoint(w for w in words[-2:] if not w.isascii()))


def _is_share_bar(line: str, words: list[str]) -> bool:
    """A share bar's buttons as one line: two networks or more, and otherwise only interface words ("WhatsApp Facebook
    X Telegram Copiar link"), or with the bar's own label of a few words before them ("Compartí esta nota WhatsApp
    Facebook Copiar link", "Beitrag teilen Mastodon Per E-Mail Link kopieren"): no sentence, no figure."""
    if not 2 <= len(words) <= 10 or sum(w in _NETWORKS for w in words) < 2:
        return False
    others = [w for w in words if not (w in _NETWORKS or w in CALL_TO_ACTION_VERBS or w in PLATFORM_NOUNS or w in SHARE_VERBS)]
    if not others:
        return True
    # three networks or more under a one-word label in any language ("Կիսվել՝ Facebook | Telegram | X")
    if len(others) == 1 and sum(w in _NETWORKS for w in words) >= 3 and not _ENDS_SENTENCE.search(line):
        return True
    # the bar's label: a share verb or a call to action among its words, no more than three words besides
    labelled = any(w in SHARE_VERBS or w in CALL_TO_ACTION_VERBS for w in words)
    return labelled and len(others) <= 3 and not _ENDS_SENTENCE.search(line) and not _holds_digit(line)


def _is_labelled_network_list(line: str) -> bool:
    """A bar's label of any words and language, its colon, then the networks it lists between separators, one
    button besides them at most: "Подели: Фејсбук | Икс | Вајбер | Копирај линк", "Qhia rau koj cov phooj ywg:
    Facebook · YouTube · WhatsApp". The separators and the names are the bar's, whatever the label says."""
    label, colon, rest = line.replace("：", ":").partition(":")
    items = [item.strip() for item in re.split(r"\s*[|·•]\s*", rest) if item.strip()]
    networks = sum(item.casefold() in _NETWORKS for item in items)
    return bool(colon) and len(label.split()) <= 6 and len(items) >= 2 and networks >= max(2, len(items) - 1) \
        and all(len(item.split()) <= 3 for item in items) and not _holds_digit(line)


def _is_page_survey(line: str) -> bool:
    """The page asking whether it helped, with its buttons: "Was this page helpful? Yes No", "هل كانت هذه الصفحة مفيدة؟
    نعم لا", "¿Le ha resultado útil esta página? Sí No". A question, then nothing but yes and no."""
    question, mark, answers = max(line.rpartition("?"), line.rpartition("؟"), key=lambda parts: len(parts[0]))
    words = answers.casefold().replace("/", " ").replace("|", " ").split()
    return bool(mark) and 2 <= len(question.split()) <= 12 and 2 <= len(set(words)) <= 3 \
        and all(w in YES_NO_WORDS for w in words)  # both answers: "Is it true? Yes" is a question and its answer


def _is_consent_notice(line: str, words: int) -> bool:
    """A cookie consent notice in any language, pasted after the story (label_rule asks only there: stories about
    consent banners use the same words): the cookies and the reader's consent ("Este site utiliza cookies ... Ao
    continuar navegando, você concorda ...", "يستخدم هذا الموقع ملفات تعريف الارتباط ... فإنك توافق"). Copy about
    cookies reports or narrates ("The regulator said the site set cookies without consent.") and stays."""
    if not 5 <= words <= 90:
        return False
    folded = line.casefold()
    if not _holds_any(folded, COOKIE_STEMS) or not _holds_any(folded, CONSENT_STEMS):
        return False
    signals = line_signals(line)
    # the reader addressed or the outlet speaking, or (a notice in the passive, "Using this site means ...") the site
    # or browsing named: "Customers who accept the offer get free cookies" names neither
    return not (signals["reported_speech"] or signals["quotation"]) and bool(
        signals["second_person"] or signals["outlet_voice"] or _holds_any(folded, BROWSING_STEMS))


# A count as a post's chrome writes it: "1.3K", "842", "61.4K", "2,4 mil".
_SOCIAL_COUNT = re.compile(r"^\d[\d.,]*[KkMm]?$")


def _is_engagement_line(line: str) -> bool:
    """A post's reactions, views or hashtags pasted with it: "😢 1.3K 🙏 842 😱 211 👍 96", "👁 61.4K edited 15:07",
    "#סערה #שיטפונות #נגב": pictographs and counts, or hashtags, with at most two other words (a time, "edited")."""
    if "#" not in line and not _PICTOGRAPH.search(line):
        return False  # (most lines: one scan in C, before the tokens are read)
    tokens = line.split()
    if not 2 <= len(tokens) <= 24:
        return False
    if all(token.startswith("#") and len(token) > 1 for token in tokens):
        return True
    pictographs = sum(1 for token in tokens if _PICTOGRAPH.match(token))
    counts = sum(1 for token in tokens if _SOCIAL_COUNT.match(token))
    others = len(tokens) - pictographs - counts
    return pictographs >= 1 and counts >= 1 and others <= 2 and not _ENDS_SENTENCE.search(line)


_TAG_LINE = re.compile(r"^(?:" + "|".join(map(re.escape, TAG_LABELS)) + r")\s*[:：]\s*(?P<tags>.*)$", re.IGNORECASE)


def _tag_line(line: str) -> str | None:
    """ "structure:tags" for a page's tags after their label ("Tags: STF câmeras corporais"), TAGS for the label alone
    (its tags follow one a line), None for anything else: a sentence after the label is copy."""
    match = _TAG_LINE.match(line)
    if not match or _ENDS_SENTENCE.search(line) or len(match.group("tags").split()) > 15:
        return None
    return "structure:tags" if match.group("tags") else TAGS


def is_page_survey_question(line: str) -> bool:
    """The survey's question alone on its line, its buttons on the lines under it (the engine takes them with it, as a
    section): "Was this page helpful?", "هل كانت هذه الصفحة مفيدة؟". Helpful and "this" or a page noun, asked."""
    if not line.endswith(("?", "؟", "？")) or not 2 <= line.count(" ") + 1 <= 10:
        return False
    words = lower_words(line)
    return _holds_any(line.casefold(), HELPFUL_STEMS) and not (THIS_WORDS.isdisjoint(words) and PAGE_NOUNS.isdisjoint(words))


def _is_ad_continuation(line: str, words: list[str]) -> bool:
    """The line an advertisement leaves in copy: "Article continues below advertisement", "A cikk a hirdetés után
    folytatódik", "Gulir ke bawah untuk melanjutkan membaca": an ad's label or scrolling, and the story going on."""
    if not 2 <= len(words) <= 12:
        return False
    folded = line.casefold()
    if AD_LABELS.isdisjoint(words) and not _holds_any(folded, SCROLL_STEMS):
        return False
    return _holds_any(folded, CONTINUES_STEMS) and not _reports_or_narrates(line)


_BRACKETED_LINE = re.compile(r"^[\[<【(（].*[\]>】)）]$")
_OPENING_BRACKETS = frozenset("[<【(（")  # what its matches begin with: a line beginning otherwise is not tried


def _has_copyright_mark(line: str) -> bool:
    """`_COPYRIGHT_MARK.search(line)`: searched only in a line holding "©" or a "c" before a closing bracket, which
    every match holds (C's substring search finds those at a tenth of the cost of trying the pattern at each position)."""
    return "©" in line or ("c)" in line or "C)" in line or "c）" in line or "C）" in line) \
        and _COPYRIGHT_MARK.search(line) is not None


# The word "material(s)" as agencies write it in their notices, an internationalism: "materiallarını", "Материалды",
# "материалаш", "materiālu", "materiały", "material".
_MATERIALS = re.compile(r"(?i)materi[aáāą]l|материал|матеріал|матэрыял|materjal|materyal")
# An agency's code: two to five capitals of any cased script, standing alone or with a case ending after a hyphen
# ("YHA-ğa", "ХМА-н", "ЭКА-нь").
_AGENCY_CODE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,5}(?![^\W\d_])")


def names_materials(line: str) -> bool:
    """Whether the line holds the word "material(s)" as agencies' notices write it (read before the dateline's code is)."""
    return _MATERIALS.search(line) is not None


def is_agency_materials_notice(line: str, code: str) -> bool:
    """After the story, the agency's notice on its materials in a language no list holds: the code its dateline gives
    (`code`, "ГХА" from "МАГАС (ГХА) –") and the word "material" ("ГХА материалаш бакъо йоацаш кхыдола меттиге
    дIаязде мегаш дац.", Ingush; "ХМА-н материалмуд зөвшәрлго нийтлх хоригта.", Kalmyk; "... Menba olaraq YHA-ğa
    bağlantı mecburiydir."). Counted over every case before use (any code in capitals): 37 such lines are
    boilerplate, none copy; the dateline's own code makes it the item's agency. Not English (its notices are listed),
    never reported or quoted."""
    words = line.split()
    if not code or not 4 <= len(words) <= 40 or not _MATERIALS.search(line) \
            or not _ENGLISH_LINE_WORDS.isdisjoint(lower_words(line)):
        return False
    if code not in _AGENCY_CODE_WORD.findall(line):
        return False
    signals = line_signals(line)
    return not (signals["quotation"] or signals["reported_speech"]) and not _reports_or_narrates(line)


def _is_rights_notice(line: str, at_story_end: bool, words: int) -> bool:
    """A rights notice: the copyright mark anywhere; or, where notices stand (after the story's last paragraph, or
    a line given wholly in brackets, as agencies tag a photo), a line that forbids or reserves and names rights or
    reuse ("Está expresamente prohibida la redistribución", "[서울시 제공. 재판매 및 DB 금지]"). Copy that reports
    or quotes someone on copyright is reported speech or a quotation, and stays. `words`: the line's word count."""
    if words > 80:
        return False
    if _has_copyright_mark(line):
        count = 0
    else:
        # Elsewhere than where notices stand, the wording cannot make one: not searched.
        bracketed = line[:1] in _OPENING_BRACKETS and _BRACKETED_LINE.match(line)
        if not (bracketed or at_story_end):
            return False
        count, forbids = rights_notice_wording(line)
        if not (forbids and (bracketed or at_story_end and count >= 2)):
            return False
    signals = line_signals(line)
    # "skyddad enligt upphovsrättslagen" ("protected according to the copyright act"): three of a notice's words
    # outweigh an "according to"; a quotation never
    # (a name in quotes is no quotation: "Ghi rõ nguồn “Nông Sản Việt” khi phát hành lại")
    return not (signals["quotation"] and not _quotes_only_names(line) or signals["reported_speech"] and count < 3)


# A label set apart from what follows it by a dash, a middle dot, a bar or a colon: "ANNONS · ...", "SPONSORED — ...".
_LABEL_THEN_SEPARATOR = re.compile(r"^[^\w]*(?P<label>[^\s—–·|:]+)\s*(?:[—–·|:]|--)+\s*\S")


def _is_labelled_advertisement(line: str) -> bool:
    """An advertisement set in copy under its label, in one line: "ANNONS · Apoteket vid Handelsesplanaden:
    influensavaccin ...", "Iklan · Mulai investasi reksa dana ...", "SPONSORED — Bluenose Credit Union: Mortgage rates
    from 4.49%". The label is the advertisement's one word (vocabulary `AD_LABELS`) opening the line, a separator after
    it; copy naming advertising opens with it only in a sentence ("Advertising revenue fell ...") and reports."""
    shape = _LABEL_THEN_SEPARATOR.match(line)
    if not shape or shape["label"].casefold() not in AD_LABELS:
        return False  # (as listed: a cognate with copy after it may be a false friend, "Avertissements : Picard (52e)")
    signals = line_signals(line)
    return not (signals["reported_speech"] or signals["quotation"])


RELATED_HEADING = "structure:related-heading"  # a label that opens a section: the engine takes its headlines with it
PAGE_SURVEY = "structure:page-survey-question"  # the same for a survey's question and its buttons
CONSENT_NOTICE = "structure:consent-notice"  # and for a consent notice and its buttons ("Entendi", "موافق")
TAGS = "structure:tags-heading"  # and for a tags label over its tags
SECTION_LABELS = frozenset({RELATED_HEADING, PAGE_SURVEY, CONSENT_NOTICE, TAGS})
# The controls a parser may set as a heading, a short line it read as a section's label ("Partilhar" over the copy,
# Substack's "READ IN APP", a comment section's "Kommentare"): a button is a button whatever its markup; a subhead is
# never one ("Share prices" names no platform).
CONTROL_LABELS = frozenset({"structure:interface-label", "structure:share-bar", "structure:player-label",
                            "structure:ad-label", "structure:channel-prompt", "structure:comments-heading",
                            "structure:live-badge"})


# The gates a label's first search goes through (each label asking one of these finds nothing, and is not asked, in a
# line where the gate's search cannot pass: SearchGate.may_match), found open or shut once per line by its atoms.
_LABEL_GATES = (SUBSCRIBER_GATE, FREE_ARTICLE_GATE, NOT_NECESSARILY_GATE, MAIL_GATE, LIST_MEMBERSHIP_GATE, RECEIVE_GATE,
                UPDATE_NOTICE_GATE, _COMMENTING, _NEWSLETTER, INBOX_GATE, NOTIFICATION_GATE, RELATED_RUN_GATE,
                ACCOUNT_LOANWORD_GATE)
_EVERY_LABEL_GATE = frozenset(_LABEL_GATES)
_NO_LABEL_GATE: frozenset[SearchGate] = frozenset()
_LABEL_GATE_NEEDS = frozenset().union(*(gate.needs for gate in _LABEL_GATES))  # what any of them needs of a line
assert all(gate.gated for gate in _LABEL_GATES)  # (each shut in a line holding none of its needs)
# A mailing list's footer names its mail, its list or receiving it (`_is_mailing_list_footer`'s three readings).
_MAILING_LIST_GATES = frozenset({MAIL_GATE, LIST_MEMBERSHIP_GATE, RECEIVE_GATE})
_OPEN_BY_ATOMS: dict[frozenset[str], frozenset[SearchGate]] = {}


def _open_gates(line: str) -> frozenset[SearchGate]:
    """Which of `_LABEL_GATES` may pass `search_line` in the (collapsed) line: all of them when the line's atoms are not
    known. Remembered by the atoms (most lines hold none or a few common ones), so a line costs one lookup, where each
    label's own search would cost a call and a lookup of its own (most lines reach all of them and hold none)."""
    atoms = line_atoms(line)
    if atoms is None:
        return _EVERY_LABEL_GATE
    if _LABEL_GATE_NEEDS.isdisjoint(atoms):
        return _NO_LABEL_GATE  # most lines: none of their atoms (if any) is one these gates need
    atoms = atoms & _LABEL_GATE_NEEDS  # (the other atoms open none of them: fewer sets to remember)
    found = _OPEN_BY_ATOMS.get(atoms)
    if found is None:
        if len(_OPEN_BY_ATOMS) >= 4096:
            _OPEN_BY_ATOMS.clear()
        found = _OPEN_BY_ATOMS[atoms] = frozenset(gate for gate in _LABEL_GATES if gate.may_match(atoms))
    return found


# One to three words and a count in brackets, alone on the line: an interface's counter ("Talk yuh talk (2)", "Lok me
# lukwan (4)"; of three words, five such lines over every case, all boilerplate).
_COUNTED_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2} ?\(\d{1,5}\)")
# The same counter with its count bare where nothing has been counted yet: "댓글 0", "Amaswi 0", "Kgalhtawakgat: 0"
# (a reaction's or the comments' button). A heading numbers from one ("Round 2", "Stage 1"). Counted over every case
# before use: 21 such lines, all boilerplate.
_ZERO_COUNTED_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}:? 0")


# A figure of five digits or more led by a zero, in a short line: a hand-built page's visitor counter ("Sei il
# visitatore n. 0048213", "Yu es wisita nambe 004213", "Rįvąą sąąnu: 004512"), a registration number or a postcode
# in a footer, after the words that label it. Copy writes no count so; a date, a time, a decimal or a reference
# number touches another figure or a mark, a sentence is no counter, and a teleprinter's date-time group opens its
# line ("051418 DEC 26"). Counted over every case before use: 10 such lines are boilerplate, none copy.
_ZERO_LED_FIGURE = re.compile(r"(?<![\d.,/:-])0\d{4,}(?![\d.,/:-])")


# A CMS's placeholder left in an export, its own syntax whatever the copy's language: a name in lower case in one or
# two square brackets, with attributes after it ("[[newsletter-signup]]", "[related id=48190 title=\"...\"]"); the
# widget it stands for is the platform's. Copy sets no such line (none in the corpus or the rounds).
_CMS_PLACEHOLDER = re.compile(r"^\[\[?[a-z][\w:-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|\S+))*\s*/?\]\]?$")


# A line wholly in double square brackets, whatever it holds ("[[ENCART_PUB_300x250]]", "[[AD: mpu_top]]", "[[NOTE: jump
# to A4 ...]]"): a CMS's own markup, never printed copy. Counted over every case before use: 11 such lines, all
# boilerplate.
_DOUBLE_BRACKETED = re.compile(r"^\[\[[^\[\]]+\]\]$")


# The marks a link or a button carries in front of or after its words: "En savoir plus →", "▶ 네이버에서 ... 구독하기",
# "Gara olitti deebi'i ↑" (back to the top).
_ARROWS = frozenset("→←↑↓›‹⬆⬇➜➔▶◀»«")


# A count and its unit closing a line, in brackets or after a dash with the unit first: "(4 minit)", "— dakika 3" (not
# "— 3 goals", a subhead's score).
_CLOSING_COUNT = re.compile(r"\s*(?:\(\s*\d{1,2}\s*[^\W\d_]{2,9}\.?\s*\)|[—–-]\s*[^\W\d_]{2,9}\s+\d{1,2})\s*$")


def _is_counted_prompt(line: str) -> bool:
    """A button's words closing on its count or its length, in any language: "Lisen lo dis stori (4 minit)", "▶ Na
    xebere bigoşe (3 deqa)", "Sikiza hii story — dakika 3", "Join the conversation (14 comments)". Three words or more
    before the count, in lower case after the first, as a prompt words them (a title, "Harbour Rescue (4 min)", or
    "Harbour rescue (4 min)" in two words, may be a video's), no sentence's stop. Counted over every case before use:
    10 such lines are boilerplate, none copy."""
    closing = _CLOSING_COUNT.search(line)
    if not closing:
        return False
    words = line[:closing.start()].lstrip("".join(_ARROWS) + " ").split()
    return len(words) >= 3 and all(not word[:1].isupper() for word in words[1:]) \
        and not _ENDS_SENTENCE.search(words[-1])


def _is_arrow_control(line: str) -> bool:
    """A link or a button by its arrow, in any language: six words or fewer opening or closing on an arrow, with three
    letters or more, no figure (a price's "▲" is a ticker's) and no quotation between guillemets ("Pau Riera: «Massa
    rellotges, poca casa»"). Counted over every case before use: 11 such lines are boilerplate, none is copy."""
    if any(ch.isdigit() for ch in line) or "«" in line and "»" in line:
        return False
    return sum(ch.isalpha() for ch in line) >= 3


def label_rule(text: str, *, at_story_end: bool = False) -> str | None:
    """The structural rule a lone interface label matches, or None. `at_story_end`: the line stands after the
    story's last narrative paragraph, or is that paragraph, where an agency's rights notice closes its copy."""
    line = collapsed(text)  # " ".join(text.split()), as the line's rule matching read it
    if not line:
        return None
    # len(line.split()): the collapsed line's words are separated by single spaces, and it holds no other whitespace
    word_count = line.count(" ") + 1
    if len(line) <= 600 and _is_rights_notice(line, at_story_end, word_count):
        return "structure:rights-notice"
    if len(line) <= 800 and search_line(MAIL_DISCLAIMER_SELF_GATE, line) \
            and (terms := len(set(m.group(0).lower() for m in MAIL_DISCLAIMER_TERMS.finditer(line)))) >= 2:
        # "This e-mail and any files transmitted with it are confidential ... If you have received this e-mail in
        # error please notify the sender": a mail's legal footer speaking of itself; copy quoting one reports it.
        # With three of its terms it is the footer whatever short word reads as "said" in another language (French
        # "sa", Swedish's "said", in "... non conforme à sa destination")
        signals = line_signals(line)
        if not (signals["reported_speech"] and terms < 3 or signals["quotation"]):
            return "structure:mail-disclaimer"
    gates = _open_gates(line)  # the prompts' gates whose search can find anything in the line
    # (a newsletter's sign-up with its price is the newsletter prompt's, below)
    if len(line) <= 500 and SUBSCRIBER_GATE in gates and not search_line(_NEWSLETTER, line) \
            and _is_subscription_offer(line, word_count, at_story_end):
        return "structure:subscription-offer"
    if len(line) <= 500 and _is_caption_with_credit(line):
        return "structure:photo-credit"
    # ("ookie" or another script first: an English line without the word cannot be a notice, and C finds it at once)
    if at_story_end and len(line) <= 700 and ("ookie" in line or not line.isascii()) \
            and _is_consent_notice(line, word_count):
        return CONSENT_NOTICE
    if len(line) <= 300 and FREE_ARTICLE_GATE in gates and _is_article_meter(line, word_count):
        return "structure:subscription-offer"
    if len(line) <= 120 and SUBSCRIBER_GATE in gates and _is_subscriber_login(line, word_count):
        return "structure:subscription-offer"
    if len(line) <= 600 and any(mark in line for mark in _FEED_MARKS) and _is_feed_note(line, word_count):
        return "structure:syndication-note"
    if len(line) <= 600 and NOT_NECESSARILY_GATE in gates and _is_standing_notice(line, word_count):
        return "structure:standing-notice"
    if len(line) <= 700 and _is_disclaimer(line, word_count):
        return "structure:standing-notice"
    if len(line) <= 400 and "18" in line and _is_gambling_notice(line, word_count):  # (the age first: no search)
        return "structure:gambling-notice"
    if word_count <= 40 and _is_sponsor_note(line):
        return "structure:sponsor-label"
    if word_count <= 60 and _is_labelled_advertisement(line):
        return "structure:ad-label"  # "ANNONS · Apoteket vid ...: influensavaccin ...", "SPONSORED — Bluenose ...: ..."
    if word_count <= 6 and SPONSOR_LABEL.match(line):
        return "structure:ad-label"  # "Oferecido por ApostaMax": a sponsor's label over its widget
    if word_count <= 3 and LIVE_BADGE.match(line):
        return "structure:live-badge"  # "● LIVE", "DREJTPËRDREJT" over a live page's entries
    if len(line) <= 400 and not gates.isdisjoint(_MAILING_LIST_GATES) and _is_mailing_list_footer(line, word_count):
        return "structure:mailing-list-footer"  # (its links and buttons make it longer than a prompt)
    if len(line) > 200:
        return None
    # Short: a notice is a sentence or two ("Saken oppdateres.", "This is a developing story and will be updated.");
    # copy that reports an updating service runs longer ("Vegvesenet opplyser at meldingene oppdateres fortløpende ...").
    if word_count <= 15 and UPDATE_NOTICE_GATE in gates and search_line(UPDATE_NOTICE_GATE, line):
        # "We're following this story and will add details as crews report back.", "Esta noticia está en
        # desarrollo": the outlet's note that the story is still being written
        signals = line_signals(line)
        if signals["update_notice"] and not (signals["reported_speech"] or signals["quotation"]):
            return "structure:update-notice"
    if word_count <= 25 and EMBARGO_LINE.match(line) and _holds_digit(line) \
            and not line_signals(line)["reported_speech"]:
        return "structure:embargo-notice"  # "Sperrfrist: Mittwoch, 4. März, 17.00 Uhr MEZ": the release's, to the desk
    if _COMMENTING in gates:  # each of the comment section's labels searches for a commenting word first
        if _is_comment_gate(line, word_count):
            return "structure:comment-gate"
        if _is_comments_heading(line, word_count):
            return "structure:comments-heading"
        if _is_comments_closed(line, word_count):
            return "structure:comments-closed"
        if _is_comment_policy(line, word_count, at_story_end):
            return "structure:comment-policy"
        if at_story_end and _is_comment_section_line(line, word_count):
            return "structure:comment-section"
    if word_count <= 4 and SIGN_OFF_CODE.match(line):
        return "structure:sign-off"  # "KPA-hn-ss-mt 09-18-25 1342GMT": the take's filing line
    if word_count <= 6 and PAGE_REFERENCE.search(line) and not _ENDS_SENTENCE.search(line.rstrip(")")) \
            and len(_NUMBERS.findall(line)) == 1:
        # "See BOULDER, Page B4", "(Folytatás a 4. oldalon)": the printed page's, not copy (a document's "page 1 of 2"
        # is left to the lists, which know its words)
        return "structure:jump-line"
    if word_count <= 16 and ACCOUNT_LOANWORD_GATE in gates and _is_account_prompt(line):
        return "structure:account-prompt"
    if word_count <= 14 and UPDATING_STEM.search(line) and not _holds_digit(line) \
            and _ENGLISH_LINE_WORDS.isdisjoint(lower_words(line)):
        # "Ma-update pa ya balita.", "(Zpráva bude aktualizována)" (a date's "Atualizado há 35 minutos" is the page's
        # stamp, which its writers list as neither)
        signals = line_signals(line)
        if not (signals["quotation"] or signals["reported_speech"]):
            return "structure:update-notice"
    if _NEWSLETTER in gates and _is_newsletter_prompt(line, word_count):
        return "structure:newsletter-prompt"
    if INBOX_GATE in gates and _is_inbox_pitch(line, word_count):
        return "structure:newsletter-prompt"
    if NOTIFICATION_GATE in gates and _is_notification_prompt(line, word_count):
        return "structure:notification-prompt"
    if word_count <= 12 and line.startswith("(") and line.endswith(")") and "/" in line and _is_bracketed_credit(line):
        return "structure:photo-credit"  # "(THE CANADIAN PRESS/Marie-Ève Tremblay-Ross)" under a caption
    if word_count <= 10 and _is_photo_credit_line(line):
        return "structure:photo-credit"  # "Fot. PAP/Agnieszka Szymczak-Lis", "Foto Belga / Jef Mertens-Aerts"
    if word_count <= 10 and "/" in line and _is_slashed_credit(line):
        return "structure:photo-credit"  # "Litratu: Marianas Wire/Joaquin Mendiola": its label in no list
    if word_count <= 40 and _is_photo_download_note(line):
        return "structure:photo-credit"  # "Kuvat: Painokelpoiset kuvat ladattavissa osoitteessa https://... (kuva: ...)"
    if PHOTO_CREDIT_LABEL.match(line) and word_count <= 15 and not line_signals(line)["quotation"]:
        return "structure:photo-credit"  # "ขอบคุณภาพ: สำนักงานประชาสัมพันธ์ กทม.", "图片来源：... 摄", "사진=연합뉴스"
    if line.startswith("(") and word_count <= 8 and ASSET_TAGS.match(line):
        return "structure:asset-tags"  # "(Foto) (Vídeo)" alone after EFE's copy: the assets that go with it
    if line.startswith("(") and word_count <= 45 and WRITETHRU_NOTE.match(line):
        return "structure:writethru-note"  # "(Adds company statement in paragraphs 4-5)": the take's note to the desk
    if _DOCUMENT_COMMENT.match(line) and word_count <= 80:
        return "structure:document-comment"  # "[a]Priya Raman: is 212 final?", "Suggested edit — Priya Raman: ..."
    if ":" in line and DESK_NOTE_LABEL.match(line) and word_count <= 60:  # each of its matches holds a colon
        return "structure:note-to-editors"  # "Notes to editors: PA Media pictures available.": the wire to the desk
    if NEWSLETTER_SIGN_OFF.match(line) and word_count <= 30:
        # "That's it for today. If a friend forwarded you this, sign up here": the newsletter closing its issue (its
        # greeting is read by the parser, under a masthead only: a column may open "Good morning!" as copy)
        signals = line_signals(line)
        if not (signals["reported_speech"] or signals["quotation"]):
            return "structure:newsletter-voice"
    if word_count <= 40 and _is_forward_prompt(line):
        return "structure:newsletter-prompt"  # "Enjoying City Hall Weekly? Forward it to a friend"
    if _is_tip_prompt(line, word_count):
        return "structure:tip-prompt"  # "Got a news tip? Email newsdesk@...", "HBN 제보하기"
    if word_count <= 25 and search_line(_RELATED_LINE, line) or RELATED_RUN_GATE in gates and _is_related_run(line, word_count) \
            or word_count <= 25 and _is_cognate_related_line(line):
        return "structure:related-link"
    if word_count <= 5 and is_related_heading(line):
        return RELATED_HEADING
    if word_count <= 9 and not _ENDS_SENTENCE.search(line) and _holds_any(line.casefold(), MORE_NEWS_PHRASES):
        return "structure:related-link"  # "Veja mais notícias do Araucária": the link to the outlet's other stories
    if LENGTH_IN_MINUTES.search(line):
        # "Artikel anhören (3 Minuten)", "Listen to this article (4 min)": a player's or reading time's label
        rest = [w.lower() for w in _WORD.findall(LENGTH_IN_MINUTES.sub("", line))]
        if 0 < len(rest) <= 5 and not _ENDS_SENTENCE.search(line) and any(
                w in CALL_TO_ACTION_VERBS or w in PLATFORM_NOUNS for w in rest):
            return "structure:player-label"
    if PLAYER_CLOCK.match(line):
        return "structure:player-label"  # "00:00 / 04:12": the player's clock under its button
    if word_count <= 9 and _is_counted_prompt(line):
        return "structure:interface-label"  # "Lisen lo dis stori (4 minit)", "Sikiza hii story — dakika 3"
    if 2 <= word_count <= 8 and not _ENDS_SENTENCE.search(line):
        # "Escuchar nota", "Lytt til saken", "🎧 Luister na hierdie artikel", "Subscribers can listen to this
        # article": an audio player's button or its note, no length given
        lowered = set(lower_words(line))
        if not LISTEN_VERBS.isdisjoint(lowered) and not PAGE_NOUNS.isdisjoint(lowered):
            return "structure:player-label"
    if _BRACKETED_BUTTONS.match(line):
        return "structure:interface-label"  # "[Spike] [Send to story] [Print] [Email to editor]": a system's buttons
    if word_count <= 8 and "0" in line and (figure := _ZERO_LED_FIGURE.search(line)) and not _ENDS_SENTENCE.search(line) \
            and any(ch.isalpha() for ch in line[:figure.start()]):
        return "structure:interface-label"  # "Sei il visitatore n. 0048213": the page's counter
    if word_count <= 4 and line.endswith(" 0") and _ZERO_COUNTED_LABEL.fullmatch(line):
        return "structure:interface-label"  # "Amaswi 0": a counter with nothing counted yet
    if word_count <= 4 and line.endswith(")") and _COUNTED_LABEL.fullmatch(line):
        # "Nsusuwii (0)", "Endowooza (0)", "Hozzászólások (2)": a button's word and its count, in any language (on the
        # repository's cases every such line is a comment section's count)
        return "structure:interface-label"
    # The line's words as its signals read them (the cleaner has read them for the story's span): a word never holds
    # a space, so collapsing the spaces changes none.
    words = lower_words(text)
    if _is_share_bar(line, words) or ("|" in line or "·" in line or "•" in line) and _is_labelled_network_list(line):
        return "structure:share-bar"  # "WhatsApp  Facebook  X  Telegram  Copiar link": the share buttons' names
    if _is_channel_prompt(line, words):
        return "structure:channel-prompt"
    if _names_the_outlets_networks(line, words):
        return "structure:follow-prompt"  # (not a control's label: a subhead naming one, "Alertas por WhatsApp", stays)
    if ("?" in line or "؟" in line) and _is_page_survey(line):
        return "structure:page-survey"
    if (":" in line or "：" in line) and (tags := _tag_line(line)):
        return tags
    if _is_engagement_line(line):
        return "structure:engagement"
    if is_page_survey_question(line):
        return PAGE_SURVEY  # its answers follow it
    if 0 < len(words) <= 2 and all(w in _NETWORKS for w in words):
        return "structure:share-bar"  # a share bar pasted one button a line: "Facebook", "واتساب", "لينكد إن"
    if _is_share_prompt(line, words):
        return "structure:share-prompt"
    if _is_ad_continuation(line, words):
        return "structure:ad-label"
    if line.casefold().strip(" :") in SHARE_BUTTONS:
        return "structure:interface-label"
    if line[0] == "[" and line[-1] == "]" and _CMS_PLACEHOLDER.match(line):
        return "structure:cms-placeholder"  # "[[ad-slot:inline-1]]", "[related id=48190 title=...]"
    if word_count <= 6 and (line[0] in _ARROWS or line[-1] in _ARROWS) and _is_arrow_control(line):
        # "Gara olitti deebi'i ↑", "▶ Reeba Obumwe TV LIVE", "En savoir plus →": after the prompts, which name what
        # the control does ("▶️ ... சேனலை சப்ஸ்கிரைப் செய்யுங்கள்" is a channel's prompt)
        return "structure:link-control"
    if line[0] == "[" and line[-1] == "]" and _DOUBLE_BRACKETED.match(line):
        return "structure:cms-placeholder"  # "[[BLOCO-PUBLICIDADE]]", "[[AD: mpu_top]]": what no reading above named
    if not words or len(words) > 3 or _holds_digit(line) or _ENDS_SENTENCE.search(line):
        return None
    if len(words) == 1 and len(line) <= 20 and words[0] in AD_LABELS:
        return "structure:ad-label"
    if len(words) == 1 and len(line) <= 12 and is_ad_label(words[0]):
        return "structure:ad-label"  # as a neighbouring language spells it: "PUBLICIDÁ" beside "publicidad"
    verbs = [w for w in words if w in CALL_TO_ACTION_VERBS]
    # The verb first ("Del artikel") or last, as verb-final languages word it ("Haberi paylaş").
    if verbs and (len(words) == 1 or (words[0] in verbs or words[-1] in verbs) and any(w in PLATFORM_NOUNS for w in words if w not in verbs)):
        return "structure:interface-label"
    return None
