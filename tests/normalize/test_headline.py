"""Headline rules, table-driven: whitespace, quotes, dashes, wire prefixes, site suffixes, house case."""
import pytest

from ingest.normalize.headline import PRESERVE, SENTENCE, TITLE, case_hints, normalize_headline

CASES = [
    ("(LEAD) S. Korea's chip exports hit record in February", PRESERVE, "S. Korea's chip exports hit record in February", ["LEAD"]),
    ("Storm knocks out power to 40,000 homes - Peachtree Ledger", PRESERVE, "Storm knocks out power to 40,000 homes", []),
    ("Storm hits coast - again", PRESERVE, "Storm hits coast - again", []),
    # dpa's end-of-headline mark in a pasted take; an equals sign inside a headline stays
    ("Lindenau holt Kroaten Kovačević im Winter - Ablöse rund acht Millionen =", PRESERVE,
     "Lindenau holt Kroaten Kovačević im Winter - Ablöse rund acht Millionen", []),
    ("Why 2+2=4 still matters to maths teachers", PRESERVE, "Why 2+2=4 still matters to maths teachers", []),
    # raw, house case, headline, labels
    ("  Rubio   meets Lavrov \n in Malaysia ", PRESERVE, "Rubio meets Lavrov in Malaysia", []),
    ("UPDATE 2-Oil prices fall as OPEC meets", PRESERVE, "Oil prices fall as OPEC meets", ["UPDATE 2"]),
    # the agencies' status labels in their own languages, as labels are written
    ("URGENTE: Tribunal autoriza el puerto", PRESERVE, "Tribunal autoriza el puerto", ["URGENTE"]),
    ("ЯАРАЛТАЙ: Эмнэлгийн хахуулийн хэрэгт 8 жилийн ял оноов", PRESERVE, "Эмнэлгийн хахуулийн хэрэгт 8 жилийн ял оноов",
     ["ЯАРАЛТАЙ"]),  # Mongolian "urgent"
    ("DOPUNJENO - Split: Vijeće zabranilo romobile", PRESERVE, "Split: Vijeće zabranilo romobile", ["DOPUNJENO"]),
    ("عاجل: الكويت تشغّل أول محطة", PRESERVE, "الكويت تشغّل أول محطة", ["عاجل"]),
    ("【速報】日本、海洋プラスチック条約を年内批准へ", PRESERVE, "日本、海洋プラスチック条約を年内批准へ", ["速報"]),
    ("[속보] 서울시 심야버스 확대", PRESERVE, "서울시 심야버스 확대", ["속보"]),
    # any label in square or lenticular brackets opening the headline, listed or not (round 138's press release)
    ("[보도자료] 제주 해녀마을 체험관광, 7월부터 사전 예약제로 운영", PRESERVE, "제주 해녀마을 체험관광, 7월부터 사전 예약제로 운영",
     ["보도자료"]),
    ("[Vidéo] Le pont de l'île rouvre aux camions", PRESERVE, "Le pont de l'île rouvre aux camions", ["VIDÉO"]),
    # round brackets open an aside, which a headline may hold
    ("(Not) the end of the line for the ferry", PRESERVE, "(Not) the end of the line for the ferry", []),
    # with the update's number, a slash for its mark, or a page's badge run in before a word in lower case
    ("GÜNCELLEME 2 - İzmir'de selde ölenlerin sayısı 4'e yükseldi", PRESERVE, "İzmir'de selde ölenlerin sayısı 4'e yükseldi",
     ["GÜNCELLEME"]),
    ("快訊／卡魯颱風暴風圈觸陸 北北基桃宜15日停班停課", PRESERVE, "卡魯颱風暴風圈觸陸 北北基桃宜15日停班停課", ["快訊"]),
    ("ΕΚΤΑΚΤΟ Κακοκαιρία «Κλεώ»: Εκκενώνονται οικισμοί στο Πήλιο", PRESERVE,
     "Κακοκαιρία «Κλεώ»: Εκκενώνονται οικισμοί στο Πήλιο", ["ΕΚΤΑΚΤΟ"]),
    ("ΕΚΤΑΚΤΟ ΔΕΛΤΙΟ ΚΑΙΡΟΥ ΓΙΑ ΤΗΝ ΑΤΤΙΚΗ", PRESERVE, "ΕΚΤΑΚΤΟ ΔΕΛΤΙΟ ΚΑΙΡΟΥ ΓΙΑ ΤΗΝ ΑΤΤΙΚΗ", []),  # all capitals
    ("URGENT Storm hits coast", PRESERVE, "URGENT Storm hits coast", []),  # an English badge needs its mark
    # a channel's flash label behind its pictograph, with a bar
    ("🔴 מבזק | שיטפון בנחל צאלים: שלושה מטיילים נסחפו", PRESERVE, "שיטפון בנחל צאלים: שלושה מטיילים נסחפו", ["מבזק"]),
    # EFE's asset tags after the headline: what goes with the story, not the headline's words
    ("La defensora del Pueblo alerta de 4.000 quejas por la cita previa (Foto) (Vídeo)", PRESERVE,
     "La defensora del Pueblo alerta de 4.000 quejas por la cita previa", ["FOTO", "VÍDEO"]),
    # the label closing the headline in brackets, as Yonhap counts its updates; an agency after the last dash
    ("부산 도시철도 2호선 급행열차 내년 3월 첫 운행…해운대까지 24분 단축(종합2보)", PRESERVE,
     "부산 도시철도 2호선 급행열차 내년 3월 첫 운행…해운대까지 24분 단축", ["종합2보"]),
    ("Council approves harbour budget (UPDATE)", PRESERVE, "Council approves harbour budget", ["UPDATE"]),
    ("Rural counsellors stretched thin as dry spell bites in central west - AAP", PRESERVE,
     "Rural counsellors stretched thin as dry spell bites in central west", []),
    ("Talks with AP - the union says", PRESERVE, "Talks with AP - the union says", []),  # no agency after the dash
    ("(2nd LD) Seoul to run night buses", PRESERVE, "Seoul to run night buses", ["2ND LD"]),
    ("Urgente reforma del puerto", PRESERVE, "Urgente reforma del puerto", []),  # a word of the headline, not a label
    ("BREAKING: Earthquake strikes off Japan coast", PRESERVE, "Earthquake strikes off Japan coast", ["BREAKING"]),
    ("EXCLUSIVE-Bank weighs sale of unit", PRESERVE, "Bank weighs sale of unit", ["EXCLUSIVE"]),
    ("URGENT: Polls close in Georgia runoff", PRESERVE, "Polls close in Georgia runoff", ["URGENT"]),
    ("RPT-UPDATE 1-Gold edges higher on Fed bets", PRESERVE, "Gold edges higher on Fed bets", ["RPT", "UPDATE 1"]),
    ("REFILE-Factory output slows in March", PRESERVE, "Factory output slows in March", ["REFILE"]),
    ("CORRECTED-Court blocks merger of grocers", PRESERVE, "Court blocks merger of grocers", ["CORRECTED"]),
    ("WRAPUP 1-Storms batter Europe for third day", PRESERVE, "Storms batter Europe for third day", ["WRAPUP 1"]),
    ("Breaking News: Senate passes spending bill", PRESERVE, "Senate passes spending bill", ["BREAKING NEWS"]),
    ("FACTBOX-What is in the climate deal", PRESERVE, "What is in the climate deal", ["FACTBOX"]),
    ("EXPLAINER-Why rates are rising", PRESERVE, "Why rates are rising", ["EXPLAINER"]),
    ("ANALYSIS-Markets bet on a soft landing", PRESERVE, "Markets bet on a soft landing", ["ANALYSIS"]),
    ("Update on the storm: roads closed in three counties", PRESERVE, "Update on the storm: roads closed in three counties", []),
    ("Breaking Bad star dies at 60", PRESERVE, "Breaking Bad star dies at 60", []),
    ("Alert issued for coastal towns", PRESERVE, "Alert issued for coastal towns", []),
    ("Oil prices fall - Reuters", PRESERVE, "Oil prices fall", []),
    ("Markets rally on jobs data - AP News", PRESERVE, "Markets rally on jobs data", []),
    ("Why it matters | The Atlantic", PRESERVE, "Why it matters", []),
    ("Vote count delayed | Politics | Daily Ledger", PRESERVE, "Vote count delayed", []),
    # a Japanese title: the site after a full-width bar, the ideographic space between the parts is copy
    ("北信電鉄、紙の定期券を廃止　アプリに一本化｜信越タイムス", PRESERVE, "北信電鉄、紙の定期券を廃止　アプリに一本化", []),
    ("Oil prices fall — Reuters", PRESERVE, "Oil prices fall", []),
    ("Rates rise -- again -- in Europe", PRESERVE, "Rates rise — again — in Europe", []),
    ("``Never again,'' says survivor", PRESERVE, "“Never again,” says survivor", []),
    ("„Wir schaffen das“ wird zehn Jahre alt", PRESERVE, "„Wir schaffen das“ wird zehn Jahre alt", []),  # the copy's own typography
    ('"We will rebuild," mayor says', PRESERVE, '"We will rebuild," mayor says', []),  # straight quotes stay as sent
    ("Mayor's 'last chance' plan fails", PRESERVE, "Mayor's 'last chance' plan fails", []),
    ("Rubio - Lavrov talks resume", PRESERVE, "Rubio - Lavrov talks resume", []),  # a spaced hyphen is no ASCII-art dash
    ("OIL PRICES FALL AS OPEC MEETS", PRESERVE, "OIL PRICES FALL AS OPEC MEETS", []),
    ("OIL PRICES FALL AS OPEC MEETS", TITLE, "Oil Prices Fall as OPEC Meets", []),
    ("OIL PRICES FALL AS OPEC MEETS", SENTENCE, "Oil prices fall as OPEC meets", []),
    ("U.S. AND EU AGREE ON STEEL TARIFFS", SENTENCE, "U.S. and EU agree on steel tariffs", []),
    ("Oil prices fall as OPEC meets", TITLE, "Oil Prices Fall as OPEC Meets", []),
    ("Rubio Meets Russia’s Lavrov", SENTENCE, "Rubio Meets Russia’s Lavrov", []),
    ("UPDATE 3-U.S. STOCKS SLIDE ON RATE FEARS", TITLE, "U.S. Stocks Slide on Rate Fears", ["UPDATE 3"]),
    ("BREAKING: FIRE AT PORT - Reuters", SENTENCE, "Fire at port", ["BREAKING"]),
    ("Rubio, Lavrov Hold Talks Amid Ukraine War Escalation", PRESERVE, "Rubio, Lavrov Hold Talks Amid Ukraine War Escalation", []),
    ("GLOBAL MARKETS-Stocks rise as bond yields ease", PRESERVE, "Stocks rise as bond yields ease", ["GLOBAL MARKETS"]),
    ("RPT-US STOCKS-Wall St ends higher on tech rally", PRESERVE, "Wall St ends higher on tech rally", ["RPT", "US STOCKS"]),
    ("BRIEF-Acme Corp says Q3 revenue up 4%", PRESERVE, "Acme Corp says Q3 revenue up 4%", ["BRIEF"]),
    ("COVID-19 cases rise in three states", PRESERVE, "COVID-19 cases rise in three states", []),
    ("X-Ray shows hidden painting under masterpiece", PRESERVE, "X-Ray shows hidden painting under masterpiece", []),
    ("ANTI-ABORTION GROUPS RALLY IN CAPITAL", PRESERVE, "ANTI-ABORTION GROUPS RALLY IN CAPITAL", []),
    ("", PRESERVE, "", []),
    # a page's own display word in title case is its headline; the wire's label in capitals is a label
    ("Live: Northern Rivers flood evacuations as Wilsons River peaks", PRESERVE,
     "Live: Northern Rivers flood evacuations as Wilsons River peaks", []),
    ("Explainer: What KL drivers need to know about the new digital parking pass", PRESERVE,
     "Explainer: What KL drivers need to know about the new digital parking pass", []),
    ("EXPLAINER-What KL drivers need to know about the parking pass", PRESERVE,
     "What KL drivers need to know about the parking pass", ["EXPLAINER"]),
    # a live page's badge in capitals run into its headline, figures first or not; a headline in capitals keeps it
    ("CANLI 2027 asgari ücret belli oldu: Net 31.850 lira", PRESERVE, "2027 asgari ücret belli oldu: Net 31.850 lira",
     ["CANLI"]),
    ("JUST NU Stormen stänger Älvsborgsbron", PRESERVE, "Stormen stänger Älvsborgsbron", ["JUST NU"]),
    ("CANLI YAYIN BAŞLADI", PRESERVE, "CANLI YAYIN BAŞLADI", []),
    # a label no list holds, by the shape wires give labels: a word and its take's number glued on by a hyphen, or two
    # or three words in capitals and a colon before a headline in ordinary case
    ("XIQTEE 2-Ggubbv nilmei ddee zzerq 200 MW ddee", PRESERVE, "Ggubbv nilmei ddee zzerq 200 MW ddee", ["XIQTEE 2"]),
    ("Formel 1-Rennen in Monza abgesagt", PRESERVE, "Formel 1-Rennen in Monza abgesagt", []),  # a compound's words
    ("K'AK'A' TZIJ: Xtz'apïx ri puente Xaye' pa b'ey", PRESERVE, "Xtz'apïx ri puente Xaye' pa b'ey", ["K'AK'A' TZIJ"]),
    ("KHANQ DZAQ: Meq Saiq Aqjeevq ghanq meeqdeeq zyuq", PRESERVE, "Meq Saiq Aqjeevq ghanq meeqdeeq zyuq",
     ["KHANQ DZAQ"]),
    # one word in capitals is as often the headline's subject; a headline in capitals after the colon keeps its words
    ("BMKG: Banjir rob ancam pesisir Semarang", PRESERVE, "BMKG: Banjir rob ancam pesisir Semarang", []),
    ("NEW YORK: CITY COUNCIL PASSES BUDGET", PRESERVE, "NEW YORK: CITY COUNCIL PASSES BUDGET", []),
]


def test_the_copys_own_place_in_capitals_before_the_headline_is_no_label():
    headline = normalize_headline("NEW DELHI: Govt clears metro extension", PRESERVE, place="NEW DELHI")
    assert (headline.text, headline.labels) == ("NEW DELHI: Govt clears metro extension", [])


@pytest.mark.parametrize("raw,case,text,labels", CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_headline(raw, case, text, labels):
    headline = normalize_headline(raw, case)
    assert (headline.text, headline.labels) == (text, labels)
    assert headline.original == raw.strip()


COPY = [
    "SPRINGFIELD (AP) — Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Kuala Lumpur "
    "on Thursday, NATO officials said.",
    "“We talked,” Rubio said. Rising prices at McDonald's and the iPhone maker weighed on the talks.",
    "Prices were rising. By JANE ROE, the van der Berg family said.",
]
HINTED = [
    # ALL-CAPS wire headline, house case, result: names take the copy's spelling, other words come down
    ("RUBIO MEETS LAVROV IN KUALA LUMPUR", SENTENCE, "Rubio meets Lavrov in Kuala Lumpur"),
    ("RUBIO MEETS LAVROV IN KUALA LUMPUR", TITLE, "Rubio Meets Lavrov in Kuala Lumpur"),
    ("RUBIO'S TALKS WITH LAVROV: NATO WATCHES", SENTENCE, "Rubio's talks with Lavrov: NATO watches"),
    ("RISING PRICES HIT MCDONALD'S AND IPHONE SALES", SENTENCE, "Rising prices hit McDonald's and iPhone sales"),
    ("RISING PRICES HIT MCDONALD'S AND IPHONE SALES", TITLE, "Rising Prices Hit McDonald's and iPhone Sales"),
    # A word only ever capitalized at a sentence's start ("We", "Prices") or also written in lower case is no name.
    ("WE SAY PRICES ARE RISING", SENTENCE, "We say prices are rising"),
    # The dateline's ALL-CAPS city and a byline's ALL-CAPS name are not evidence; acronyms in copy are.
    ("SPRINGFIELD TALKS WITH JANE ROE", SENTENCE, "Springfield talks with jane roe"),
    ("KUALA LUMPUR-BASED FIRM WINS", SENTENCE, "Kuala Lumpur-based firm wins"),
    # A mixed-case headline is never touched in sentence case.
    ("Rubio Meets Lavrov", SENTENCE, "Rubio Meets Lavrov"),
]


@pytest.mark.parametrize("raw,case,text", HINTED, ids=[f"{c[1]}:{c[0][:40]}" for c in HINTED])
def test_shouting_headline_takes_the_copys_spelling_of_names(raw, case, text):
    assert normalize_headline(raw, case, case_hints(COPY)).text == text


def test_case_hints_only_keep_words_the_copy_never_writes_in_lower_case():
    hints = case_hints(COPY)
    assert {"rubio": "Rubio", "lavrov": "Lavrov", "nato": "NATO", "mcdonald": "McDonald", "iphone": "iPhone"}.items() <= hints.items()
    assert not {"springfield", "rising", "prices", "we", "jane", "roe", "van"} & hints.keys()


@pytest.mark.parametrize("raw,outlet,text,site", [
    # the outlet the delivery names itself, after a dash or bar at the headline's end, whatever its words
    ("Àrùn onígbáméjì bẹ́ sílẹ̀ ní Ìbàdàn, ènìyàn mẹ́fà kú - Ìròyìn Òwúrọ̀", "Ìròyìn Òwúrọ̀",
     "Àrùn onígbáméjì bẹ́ sílẹ̀ ní Ìbàdàn, ènìyàn mẹ́fà kú", "Ìròyìn Òwúrọ̀"),
    ("Storm hits the coast again | Kaimai Weekly", "Kaimai Weekly", "Storm hits the coast again", "Kaimai Weekly"),
    # a feed's title of name and section, the item's title closing with the name alone
    ("மதுரை வீரன்ஸ் அணி இரண்டாவது முறையாக சாம்பியன் - மெரினா செய்திகள்", "மெரினா செய்திகள் - விளையாட்டு",
     "மதுரை வீரன்ஸ் அணி இரண்டாவது முறையாக சாம்பியன்", "மெரினா செய்திகள்"),
    # the outlet's name inside the headline, with no separator before it, is the headline's
    ("Readers of Kaimai Weekly", "Kaimai Weekly", "Readers of Kaimai Weekly", ""),
])
def test_the_deliverys_own_outlet_closing_the_headline_is_its_site(raw, outlet, text, site):
    from ingest.normalize.headline import normalize_headline
    headline = normalize_headline(raw, outlet=outlet)
    assert (headline.text, headline.site) == (text, site)
