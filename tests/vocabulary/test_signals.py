"""Line signals: what a line says about itself, table-driven across wordings and languages."""
import pytest

from ingest.vocabulary.signals import addresses_reader, line_signals


@pytest.mark.parametrize("line", [
    "We value your privacy. We and our partners use cookies to personalise content. By clicking \"Accept\", you consent.",
    "Get the Gazette app for breaking news alerts on your phone.",
    "Vi använder cookies för att ge dig en bättre upplevelse.",
    "Pobierz naszą aplikację i włącz powiadomienia.",
    "Advertisement",
    "Publicidad",
])
def test_prompts_and_ad_labels_address_the_reader(line):
    assert addresses_reader(line)


@pytest.mark.parametrize("line", [
    "Readers can sign up for the newsletter, the company said.",
    "“Download the app and you will never miss a bus,” said transit director Ana Ruiz.",
    "Subscribe, Unsubscribe, Resubscribe: Paid Newsletters Hit a Ceiling",
    "Storm knocks out power to 40,000 homes",
    "The council approved the harbor budget on Tuesday.",
])
def test_copy_does_not_address_the_reader(line):
    assert not addresses_reader(line)


@pytest.mark.parametrize("line,signal,value", [
    ("harborfan22 · 2 hours ago", "relative_time", 1.0),
    ("Satechi 72W USB-C Power Delivery Car Charger", "relative_time", 0.0),
    ("Reply · Report", "chrome_joined", 1.0),
    ("READ ALSO: Pier closure frustrates fishermen", "related_label", 1.0),
    ("Baca juga: Banjir rendam ratusan rumah", "related_label", 1.0),
    ("Press “Accept” to continue", "quotation", 0.0),
    ("“We’ve never charged a dime. We’re not going to start now.”", "quotation", 1.0),
    ("The mayor said the plan would cost $12 million.", "reported_speech", 1.0),
    # "sa" is said in Swedish and Norwegian company, a preposition in Tagalog and a possessive in French
    ("– Vi väntar fortfarande på besked från regionen, sa hon.", "reported_speech", 1.0),
    ("I-like at i-follow ang aming Facebook page para sa pinakabagong balita!", "reported_speech", 0.0),
    ("Elle a retrouvé sa maison détruite par les eaux.", "reported_speech", 0.0),
    ("Este contenido no puede ser reproducido sin autorización.", "rights_notice", 1.0),
    ("Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.", "rights_notice", 1.0),
    ("The company said the patent was licensed to a rival.", "rights_notice", 0.0),  # reported: copy
    ("Esta noticia está en desarrollo y se actualizará.", "update_notice", 1.0),
    ("Dieser Artikel wird laufend aktualisiert.", "update_notice", 1.0),
    ("The bridge will be rebuilt by 2027.", "update_notice", 0.0),
    ("Abonnez-vous à notre newsletter du matin.", "reader_prompt", 1.0),
    ("Readers can sign up for the newsletter, the company said.", "reader_prompt", 0.0),
])
def test_signal_values(line, signal, value):
    assert line_signals(line)[signal] == value


def test_every_signal_is_a_number_between_zero_and_one():
    for line in ("", "x", "Reply", "You must log in to comment. " * 20, "12 comments", "3h"):
        assert all(0.0 <= v <= 1.0 for v in line_signals(line).values())


@pytest.mark.parametrize("line,words", [
    # a word keeps its vowel signs and viramas (combining marks, which `\w` lacks): one word, not its letters
    ("हमारे WhatsApp चैनल से जुड़ें।", ["हमारे", "whatsapp", "चैनल", "से", "जुड़ें"]),
    ("எங்கள் யூடியூப் சேனலை", ["எங்கள்", "யூடியூப்", "சேனலை"]),
    ("don’t re-enter", ["don’t", "re-enter"]),
    # a zero-width joiner or non-joiner shapes a word, it does not end it: Marathi "अ‍ॅप" (app), Persian "می‌شود"
    ("आमचे अ\u200dॅप डाउनलोड करा", ["आमचे", "अ\u200dॅप", "डाउनलोड", "करा"]),
    ("منتشر نمی\u200cشود", ["منتشر", "نمی\u200cشود"]),
])
def test_words_of_every_script_keep_their_marks(line, words):
    from ingest.vocabulary.signals import words_of
    assert words_of(line) == words


@pytest.mark.parametrize("line, speaks", [
    # the outlet speaking of itself, "us" and "our", in more languages
    ("Bizi Google Haberler'den takip edin", True),
    ("Հետևեք մեզ Telegram-ում", True),
    ("Подпишитесь на наш канал в Telegram", True),
    ("Ακολουθήστε μας στο Facebook", True),
    ("Sekojiet mūsu jaunumiem", True),
    ("Theo dõi chúng tôi trên Zalo", True),
    ("Die Regierung beschloss am Dienstag das Gesetz.", False),
])
def test_the_outlet_speaking_of_itself(line, speaks):
    assert bool(line_signals(line)["outlet_voice"]) is speaks
