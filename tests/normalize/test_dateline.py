"""Wire datelines, table-driven: place, date and credit read; the body keeps the text as sent."""
import pytest

from ingest.vocabulary import parse_dateline

CASES = [
    # a release's own dateline: the place as written and its full date, then a dash; a sentence's opening word is no place
    ("Zürich, 12. November 2026 – Die Alpenwerk Robotics AG hat im dritten Quartal den Umsatz gesteigert.", "Zürich",
     "12. November 2026", ""),
    ("Mombasa, Jumatano 14 Oktoba 2026 - Kamati ya Nidhamu imekutana leo.", "Mombasa", "Jumatano 14 Oktoba 2026", ""),
    ("However, 12 March 2026 - the day the bridge closed - is one residents remember.", None, None, None),
    # ... or a colon; and the year first, as Lithuanian and Hungarian write the date
    ("Galway, 6 March 2025: A seaweed that grows along the west coast cut methane.", "Galway", "6 March 2025", ""),
    ("Kaunas, 2025 m. kovo 11 d. – Universiteto mokslininkai sukūrė jutiklį.", "Kaunas", "2025 m. kovo 11 d.", ""),
    ("Budapest, 2025. március 11. – Az egyetem kutatói új érzékelőt fejlesztettek.", "Budapest", "2025. március 11.", ""),
    ("However, 6 March 2025: the day the bridge closed.", None, None, None),
    # day and month joined by a hyphen (Uzbek), an unknown agency vouched for by the dated shape; Kazakh agencies' place
    # and date each closed by a period, then a dash
    ("TOSHKENT, 18-mart (SXA) — Oliy Majlis Senati qonunni maʼqulladi.", "TOSHKENT", "18-mart", "SXA"),
    ("АСТАНА. 20 наурыз. – «Ақсұңқар-2» жерсерігі алғашқы суреттерін жіберді.", "АСТАНА", "20 наурыз", ""),
    # a date in the brackets where an agency stands is the date, no credit
    ("HARBOR CITY, Calif. (Oct. 17, 2026) – Chidi Okonkwo scored twice in the second half.", "HARBOR CITY, Calif.",
     "Oct. 17, 2026", ""),
    # Scripts without capitals, read with a known agency only; Cyrillic months; Japanese agencies' brackets.
    ("عمّان 18 آذار (بترا)- أطلقت وزارة العمل منصة", "عمّان", "18 آذار", "Petra"),
    ("بيروت (أ ف ب) - أعلنت الحكومة", "بيروت", "", "Agence France-Presse"),
    ("وقال الوزير (رويترز): إن الخطة", None, None, None),  # "the minister said (Reuters):": no place
    ("ОДЕСА, 18 березня (УНІАН) — В Одесі запрацювала школа.", "ОДЕСА", "18 березня", "UNIAN"),
    ("【那覇共同】那覇市は18日、発表した。", "那覇", "", "共同通信社"),
    # a place of several words before its comma, dates in words or other digits, IRNA between dashes, VNA's day/month
    ("באר שבע, 11 בנובמבר 2025 (TPS) – עיריית באר שבע", "באר שבע", "11 בנובמבר 2025", "Tazpit Press Service"),
    ("मुंबई, नौ दिसंबर (भाषा) मुंबई पुलिस की साइबर शाखा ने", "मुंबई", "नौ दिसंबर", "पीटीआई-भाषा"),
    ("রাজশাহী, ১০ নভেম্বর, ২০২৫ (বাসস) : চলতি রবি মৌসুমে", "রাজশাহী", "১০ নভেম্বর, ২০২৫", "Bangladesh Sangbad Sangstha"),
    ("تهران- ایرنا- مدیر دیسپچینگ شرکت ملی گاز ایران گفت", "تهران", "", "خبرگزاری جمهوری اسلامی"),
    ("Đà Nẵng, 14/11 (TTXVN) - Sáng 14/11, cảng Liên Chiểu", "Đà Nẵng", "14/11", "Thông tấn xã Việt Nam"),
    ("نرخ تورم - گزارش - امروز اعلام شد", None, None, None),  # words between dashes that are no agency
    # the stops of scripts without capitals in place of the dash: danda, Urdu's full stop, Ethiopic's colons
    ("नई दिल्ली, 14 जून (आईएएनएस)। राष्ट्रीय राजधानी में भीषण गर्मी", "नई दिल्ली", "14 जून", "Indo-Asian News Service"),
    ("اسلام آباد۔14 جولائی (اے پی پی): محکمہ موسمیات نے پیش گوئی کی ہے", "اسلام آباد", "14 جولائی",
     "Associated Press of Pakistan"),
    ("አዲስ አበባ፤ ሐምሌ 10/2017(ኢዜአ)፦ ኢትዮጵያ በተጠናቀቀው 2017 በጀት ዓመት", "አዲስ አበባ", "ሐምሌ 10/2017", "Ethiopian News Agency"),
    # a day and month joined by a short word, and the year after a comma: "14 ga Yuli, 2025", "14 de julio de 2025"
    ("Kano, 14 ga Yuli, 2025 (NAN) – Gwamnatin Jihar Kano ta ce", "Kano", "14 ga Yuli, 2025", "News Agency of Nigeria"),
    ("Buenos Aires, 14 de julio de 2025 (Télam) - El Ministerio de Salud", "Buenos Aires", "14 de julio de 2025", "Télam"),
    ("Beledweyne (SONNA) – Fatahaadda Webiga Shabeelle", "Beledweyne", "", "Somali National News Agency"),
    # an agency no list holds in brackets after a place in a script without capitals, then the dash: the whole run
    # vouches for it; a figure in the brackets is an age, a colon after them a sentence's
    ("ከረን (ቀይሕ ባሕር ዜና) — ቤት ፍርድ ዞባ ዓንሰባ ሰለስ ሰብ ፈርደ።", "ከረን", "", "ቀይሕ ባሕር ዜና"),
    ("කොළඹ (ලංකා පුවත් සේවය) – රජයේ රෝහල් සඳහා ඖෂධ", "කොළඹ", "", "ලංකා පුවත් සේවය"),
    ("हामिद (४२) — गाउँका किसानले भने", None, None, None),
    ("وقال الناطق (وكالة المشرق): إن الخطة", None, None, None),
    # A regional service after the agency; an outlet's web address after the place.
    ("Kiel (dpa/lno) - Die neue Fähre kommt später.", "Kiel", "", "Deutsche Presse-Agentur"),
    ("SURABAYA, WARTAKOTA.co.id - Pemerintah kota menyiapkan bus listrik.", "SURABAYA", "", ""),
    ("BANDUNG, KOMPAS.TV - Banjir merendam ribuan rumah di Dayeuhkolot.", "BANDUNG", "", ""),  # the site in capitals
    ("WASHINGTON, D.C. - The council met.", "WASHINGTON, D.C.", "", ""),  # a region in initials is no site
    # paragraph, place, date, credit (None: no dateline)
    # National agencies writing the date their own way, and TT with no dash after its credit.
    ("Budapest, 2025. február 17., hétfő (MTI) – Az idei felvételin", "Budapest", "2025. február 17., hétfő", "Magyar Távirati Iroda"),
    ("Praha 14. března (ČTK) - Ceny elektřiny klesnou.", "Praha", "14. března", "Česká tisková kancelář"),
    ("Bacău, 14 mai /Agerpres/ - Ploile abundente", "Bacău", "14 mai", "Agerpres"),
    ("STOCKHOLM (TT) Från och med måndag kan den som har ett pass", "STOCKHOLM", "", "TT Nyhetsbyrån"),
    ("Warszawa (PAP) - Sejm uchwalił w piątek nowelizację.", "Warszawa", "", "Polska Agencja Prasowa"),
    ("KUALA LUMPUR, Malaysia (Reuters) — U.S. Secretary of State Marco Rubio held talks.", "KUALA LUMPUR, Malaysia", "", "Reuters"),
    ("WASHINGTON (AP) -- The Senate voted on Tuesday.", "WASHINGTON", "", "Associated Press"),
    ("LONDON, Jan 5 (Reuters) - British inflation rose.", "LONDON", "Jan 5", "Reuters"),
    ("NEW YORK, March 3, 2024 (AP) — Stocks rose.", "NEW YORK", "March 3, 2024", "Associated Press"),
    ("PARIS (AFP) - France said on Monday.", "PARIS", "", "Agence France-Presse"),
    ("ST. LOUIS (AP) — A judge ruled.", "ST. LOUIS", "", "Associated Press"),
    ("SAN JUAN, Puerto Rico (AP) — Power returned.", "SAN JUAN, Puerto Rico", "", "Associated Press"),
    ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON", "", ""),
    ("BEIJING, Nov. 25 (Xinhua) -- China's exports rose.", "BEIJING", "Nov. 25", "Xinhua"),
    ("TOKYO (Kyodo) -- Japan's cabinet approved.", "TOKYO", "", "Kyodo News"),
    ("LOS ANGELES, Calif. (AP) — Fires spread.", "LOS ANGELES, Calif.", "", "Associated Press"),
    ("GENEVA, Switzerland, Jan. 5 (Reuters) - The WHO said.", "GENEVA, Switzerland", "Jan. 5", "Reuters"),
    ("MEXICO CITY (AP) — Mexico's president said.", "MEXICO CITY", "", "Associated Press"),
    ("UNITED NATIONS (AP) — The council met.", "UNITED NATIONS", "", "Associated Press"),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.", "PORT-AU-PRINCE, Haiti", "", "Associated Press"),
    ("COX'S BAZAR, Bangladesh (AP) — Refugees waited.", "COX'S BAZAR, Bangladesh", "", "Associated Press"),
    ("KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV, Ukraine", "", "Associated Press"),
    ("Washington (CNN) — The House passed the bill.", "Washington", "", "CNN"),
    ("Hong Kong (CNN Business)A muddled view of trade talks weighed on investors.", "Hong Kong", "", "CNN Business"),
    ("BERLIN, Dec 1 (dpa) - Germany's parliament voted.", "BERLIN", "Dec 1", "Deutsche Presse-Agentur"),
    ("NEW DELHI (PTI): India said on Friday.", "NEW DELHI", "", "Press Trust of India"),
    ("OTTAWA — The Canadian Press learned.", "OTTAWA", "", ""),
    ("SYDNEY, Australia (AAP) – Bushfires burned.", "SYDNEY, Australia", "", "Australian Associated Press"),
    ("BRUSSELS/PARIS (Reuters) - EU ministers met.", "BRUSSELS/PARIS", "", "Reuters"),
    ("WASHINGTON (AP) _ The House adjourned.", "WASHINGTON", "", "Associated Press"),
    ("(Reuters) - Apple said on Thursday it would buy back shares.", "", "", "Reuters"),
    ("(Bloomberg) -- Nordvolt Grid AG shares jumped the most in almost three years.", "", "", "Bloomberg"),
    ("March 5 (UPI) -- The Federal Aviation Administration on Thursday proposed new rules.", "", "March 5", "United Press International"),
    ("(ANSA) - ROME, MAY 14 - The Colosseum will introduce personalised tickets.", "ROME", "MAY 14", "Agenzia Nazionale Stampa Associata"),
    ("Guadalajara (México), 5 mar (EFE).- La feria del libro abrió sus puertas.", "Guadalajara (México)", "5 mar", "Agencia EFE"),
    ("Frankfurt/Main (dpa) – Die EZB hat die Zinsen gesenkt.", "Frankfurt/Main", "", "Deutsche Presse-Agentur"),
    ("Lisboa, 05 mar 2025 (Lusa) - O Governo aprovou hoje o aumento das pensões.", "Lisboa", "05 mar 2025", "Lusa"),
    ("Wien (APA) - Die Festwochen beginnen im Mai.", "Wien", "", "Austria Presse Agentur"),
    ("(AGI) - Milano, 5 mar. - La giunta comunale ha approvato il piano.", "Milano", "5 mar.", "Agenzia Giornalistica Italia"),
    ("Bruxelles, 5 mars 2025 (Belga) - Les salaires seront indexés.", "Bruxelles", "5 mars 2025", "Belga"),
    ("MADRID, 5 mar (EUROPA PRESS) - El Ministerio de Sanidad ha aprobado.", "MADRID", "5 mar", "Europa Press"),
    # agencies' own shapes: a date with its full stop, the agency after a comma, a day alone, the agency first,
    # a month-first date, Cyrillic, a place with a particle
    ("SPLIT, 3. listopada 2026. (Hina) - Gradsko vijeće usvojilo je proračun.", "SPLIT", "3. listopada 2026.", "Hrvatska izvještajna novinska agencija"),
    ("LIEPĀJA, 4. decembris, LETA. Pilsētas dome nolēma.", "LIEPĀJA", "4. decembris", "LETA"),
    ("PÄRNU, 2. detsember, BNS – Linnavolikogu kiitis heaks.", "PÄRNU", "2. detsember", "Baltic News Service"),
    ("SEVILLA, 12 (EUROPA PRESS) El Ayuntamiento ha aprobado el plan.", "SEVILLA", "12", "Europa Press"),
    ("ACN Girona.-L'Ajuntament ha aprovat el pressupost.", "Girona", "", "Agència Catalana de Notícies"),
    ("Пловдив, 3 декември (БТА) - Общината прие бюджета.", "Пловдив", "3 декември", "Българска телеграфна агенция"),
    ("Kaunas, gruodžio 2 d. (ELTA). Miesto taryba pritarė.", "Kaunas", "gruodžio 2 d.", "ELTA"),
    ("Santa Cruz de Tenerife, 5 dic (EFE).- El Cabildo aprobó el plan.", "Santa Cruz de Tenerife", "5 dic", "Agencia EFE"),
    # an agency's code between slashes after the place, undated: known or not, as Mongolian agencies set it
    ("Улаанбаатар /ХТМА/. Сүхбаатар дүүргийн шүүх өнөөдөр ял оноолоо.", "Улаанбаатар", "", "ХТМА"),
    ("Москва /ТАСС/. Суд отложил рассмотрение дела.", "Москва", "", "TASS"),
    ("Mayor Ruiz, who leads the council, said the plan would pass.", None, None, None),
    ("Pikachu /HP/ said the plan would pass.", None, None, None),
    # the date after a place in capitals without a comma, an agency no list knows; a place, "＝" and an agency named
    # by its ending in Japanese brackets
    ("BRATISLAVA 12. novembra (STK) - Priemyselná produkcia klesla.", "BRATISLAVA", "12. novembra", "STK"),
    ("Smith 42 (right) said the plan would fail.", None, None, None),
    ("【仙台＝東北通信】宮城県教育委員会は18日、素案を公表した。", "仙台", "", "東北通信"),
    ("WASHINGTON (AP) (Updated) — Not a bracketed region.", None, None, None),
    ("(AFP) - PARIS - France said on Monday.", "PARIS", "", "Agence France-Presse"),
    ("(Editor) - NOTE - Not a dateline.", None, None, None),
    ("March 5 (a Tuesday) - the vote was held.", None, None, None),
    ("NEW YORK (Reuters Health) - Doctors said.", "NEW YORK", "", "Reuters"),
    ("SEOUL, Jan. 3 (Yonhap) -- North Korea fired a missile.", "SEOUL", "Jan. 3", "Yonhap News Agency"),
    ("(Editor's note: this story contains graphic details.) The trial opened.", None, None, None),
    ("WASHINGTON (AP) —", "WASHINGTON", "", "Associated Press"),
    ("MIAMI —", "MIAMI", "", ""),
    ("NOTE —", None, None, None),
    ("“We are ready,” she said.", None, None, None),
    ("The president said — again — that he would sign.", None, None, None),
    ("I — for one — disagree.", None, None, None),
    ("U.S. stocks rose on Monday.", None, None, None),
    ("NOTE: This story has been corrected.", None, None, None),
    ("UPDATE: Roads have reopened.", None, None, None),
    ("", None, None, None),
    # capitals beyond ASCII, day-first dates, EFE's ".-", a dash touching the copy after a credit
    ("SÃO PAULO (Reuters) - Brazil's central bank raised rates.", "SÃO PAULO", "", "Reuters"),
    ("BOGOTÁ, Colombia (AP) — Colombia's president said.", "BOGOTÁ, Colombia", "", "Associated Press"),
    ("ZÜRICH (dpa) - Die Schweizer Nationalbank senkte den Leitzins.", "ZÜRICH", "", "Deutsche Presse-Agentur"),
    ("São Paulo (Reuters) - Brazil's central bank raised rates.", "São Paulo", "", "Reuters"),
    ("MADRID, 5 mar (EFE).- El Gobierno aprobó el plan.", "MADRID", "5 mar", "Agencia EFE"),
    ("PARIS, 5 mars 2025 (AFP) - Le gouvernement a annoncé.", "PARIS", "5 mars 2025", "Agence France-Presse"),
    ("Berlin, 5. März (dpa) - Der Bundestag hat beschlossen.", "Berlin", "5. März", "Deutsche Presse-Agentur"),
    ("ROMA, 5 MAR - Il governo ha approvato il decreto.", "ROMA", "5 MAR", ""),
    ("WASHINGTON (AP) —The Senate voted.", "WASHINGTON", "", "Associated Press"),
    ("US—China talks resumed on Monday.", None, None, None),
    ("LONDON, 12 people were hurt - police said.", None, None, None),
    ("Über 100 Menschen (dpa) - demonstrierten.", None, None, None),
    # press-release wires
    ("NEW YORK, March 3, 2025 /PRNewswire/ -- Brightwell Robotics, Inc. today announced a new arm.", "NEW YORK", "March 3, 2025", "PR Newswire"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced results.", "SAN FRANCISCO", "", "Business Wire"),
    ("TORONTO, Jan. 6, 2026 (GLOBE NEWSWIRE) -- Northwind Inc. reported sales.", "TORONTO", "Jan. 6, 2026", "GlobeNewswire"),
    ("AUSTIN, Texas /s/ -- signed by the clerk.", None, None, None),
    # a distributor no list knows, in the release's whole shape (place in capitals, full date, tag, dashes)
    ("LAHORE, Pakistan, March 5, 2025 /WireDesk Asia/ -- Daftar AI today announced a round.", "LAHORE, Pakistan",
     "March 5, 2025", "WireDesk Asia"),
    ("AUSTIN, Texas /Signed Clerk/ -- undated, so an unknown tag proves nothing.", None, None, None),
    # the 7901 services' "=" for the dash; an agency not in the list, vouched for by the whole dated shape
    ("BRUXELLES 14/04 (BELGA) = Aucun métro ne circulera mardi.", "BRUXELLES", "14/04", "Belga"),
    ("Korhogo, 9 mars 2026 (AIP) – La campagne a été lancée.", "Korhogo", "9 mars 2026", "AIP"),
    ("ქუთაისი, 14 მარტი /საქინფორმი/. ქუთაისის თეატრი", "ქუთაისი", "14 მარტი", "საქინფორმი"),
    ("Smith, 42 (right), said the vote was fair.", None, None, None),
    ("VALLADOLID, 14 (EUROPA PRESS)", "VALLADOLID", "14", "Europa Press"),  # Europa Press sets it on a line of its own
    ("Korhogo, 9 mars 2026 (AIP)", None, None, None),  # alone, an unknown name needs its dash
    ("Korhogo (AIP) – no date, so an unknown name proves nothing.", None, None, None),
    # the regional papers' capitals and full stop; five letters at least (an acronym is no place), never ordinary case
    ("ACIREALE. Dal primo aprile il pronto soccorso resterà chiuso.", "ACIREALE", "", ""),
    ("SAN DONÀ. Il sindaco ha firmato.", "SAN DONÀ", "", ""),
    ("NATO. The alliance met.", None, None, None),
    ("Hagen. Die Stadt baut.", None, None, None),
    ("UPDATE. Roads have reopened.", None, None, None),
    # a caption's label is no place
    ("FILE PHOTO: Oil pump jacks operate in a field near Midland, Texas.", None, None, None),
    # the day of the week where others give the date (Kenya News Agency, in Swahili): the date, not the region
    ("KILIFI, Jumanne (KNA) — Serikali ya Kaunti imeanza.", "KILIFI", "Jumanne", "Kenya News Agency"),
    ("KERICHO, Tuesday (KNA) – Farmers said.", "KERICHO", "Tuesday", "Kenya News Agency"),
    ("DES MOINES, Iowa (AP) — Voters said.", "DES MOINES, Iowa", "", "Associated Press"),
    # months in the languages' own words (Czech, Croatian, Finnish, Icelandic, Albanian), a country after the city
    # and a full stop against the dash
    ("Olomouc, 14. října 2026 – Krajský úřad zveřejnil výsledky.", "Olomouc", "14. října 2026", ""),
    ("Osijek, 5. ožujka 2026. – Gradsko vijeće usvojilo je proračun.", "Osijek", "5. ožujka 2026", ""),
    ("Tampere, 3. helmikuuta 2026 – Kaupunki avasi uuden kirjaston.", "Tampere", "3. helmikuuta 2026", ""),
    ("Akureyri, 12. júní 2026 – Bæjarstjórnin samþykkti tillöguna.", "Akureyri", "12. júní 2026", ""),
    ("Korçë, 9 qershor 2026 – Bashkia hapi tregun e ri.", "Korçë", "9 qershor 2026", ""),
    ("MENDOZA, Argentina, 3 de marzo de 2026.– La cooperativa anunció hoy su cosecha.", "MENDOZA, Argentina",
     "3 de marzo de 2026", ""),
    # Indian agencies: the state in brackets after the city, and no dash after the credit; the agency unknown, in
    # capitals or in a script without capitals
    ("Madurai (Tamil Nadu), Mar 4 (TNW) Three more villages reported cases on Tuesday.", "Madurai (Tamil Nadu)",
     "Mar 4", "TNW"),
    ("पटना, 4 मार्च (बिवा) बिहार सरकार ने बुधवार को नई योजना की घोषणा की।", "पटना", "4 मार्च", "बिवा"),
    # MAP's order: the place, a dash, the date, the agency in brackets, a dash
    ("فاس – 3 مارس 2026 (أنباء) – افتتحت مساء الأربعاء الدورة الجديدة للمعرض.", "فاس", "3 مارس 2026", "أنباء"),
    # Maltese joins day and month with "ta'"
    ("GĦAWDEX, 4 ta' Diċembru (ASM) – Il-vapur wasal fil-port.", "GĦAWDEX", "4 ta' Diċembru", "ASM"),
    # Kazakh agencies: the place in capitals (Kazakh letters past Russian's), a period, the date, the agency in
    # capitals, the dash; a Kazakh space agency is no news agency
    ("ТҮРКІСТАН. 18 наурыз. ДАЛА АҚПАРАТ – Қаладағы тарихи мешіт қайта ашылды.", "ТҮРКІСТАН", "18 наурыз",
     "Дала Ақпарат"),
    # a lead dated with day and month, no year and no agency (Catalan), and Uzbek's hyphenated date
    ("Sant Cugat del Vallès, 13 de maig.– L'empresa emergent Silici Blau ha tancat una ronda.", "Sant Cugat del Vallès",
     "13 de maig.", ""),
    ("Toshkent, 2025-yil 20-may – «ToshData» kompaniyasi yangi data-markaz ochdi.", "Toshkent", "2025-yil 20-may", ""),
    # prose with a bracket after a name: no place
    ("Smith, 42 (right) said the plan would fail.", None, None, None),
    # Sakha's date: a month of two words, the day and the word for "day"
    ("ДЬОКУУСКАЙ, ыам ыйын 18 күнэ (ӨИ) — Өлүөнэ өрүс уута тиийдэ.", "ДЬОКУУСКАЙ", "ыам ыйын 18 күнэ", "ӨИ"),
    # a place in capitals keeps a Scottish or Irish name's "Mc" or "Mac" in ordinary case
    ("FORT McMURRAY, Alta. — Six gas stations limited customers to 40 litres on Friday.", "FORT McMURRAY, Alta.", "", ""),
    ("MacKENZIE, B.C. (CP) — The mill will reopen in March.", "MacKENZIE, B.C.", "", "The Canadian Press"),
    ("Mac — Apple's laptops sold well, the company said.", None, None, None),
    # a region written out closes on the place's full stop before the dash, which is no abbreviation's period
    ("MITÚ, Vaupés. — A'tó Mitúpʉ, 14 de marzo nʉmʉ, 30 makarĩ numiã nerẽwʉ.", "MITÚ, Vaupés", "", ""),
    ("YUMA, Arizona. — Las clínicas del condado vacunaron a 400 niños el sábado.", "YUMA, Arizona", "", ""),
    ("HAPPY CAMP, Calif. — The fire grew to 4,000 acres overnight.", "HAPPY CAMP, Calif.", "", ""),
]


@pytest.mark.parametrize("paragraph,place,date,credit", CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_dateline(paragraph, place, date, credit):
    dateline = parse_dateline(paragraph)
    if place is None:
        assert dateline is None
    else:
        assert dateline is not None
        assert (dateline.place, dateline.date, dateline.credit) == (place, date, credit)
        assert paragraph.startswith(dateline.raw)  # the raw dateline is the paragraph's own text


# Agencies' own openings: Korean and Chinese ones carry place, agency and the reporters, who are the byline.
@pytest.mark.parametrize("paragraph,place,credit,reporters", [
    ("(서울=연합뉴스) 김민수 이서연 기자 = 서울 지하철 9호선이 개통한다.", "서울", "연합뉴스", "김민수 이서연"),
    ("(부산=연합뉴스) 박지훈 특파원 = 부산항이 ...", "부산", "연합뉴스", "박지훈"),
    ("(서울=연합뉴스) 서울 지하철 9호선이 개통한다.", "서울", "연합뉴스", ""),
    ("新华社北京3月18日电（记者王晓明、李静）记者18日从北京市交通委员会获悉", "北京", "新华通讯社", "记者王晓明、李静"),
    ("中新社上海3月18日电 (记者 张三)上海市...", "上海", "中国新闻社", "记者 张三"),
    # more agencies' own shapes: a place with "of", Taiwan's CNA, WAM's slashes, PTI-Bhasha's bracket, Kyodo's writer
    ("Port of Spain, March 5 (IANS) Thousands of people gathered", "Port of Spain", "Indo-Asian News Service", ""),
    ("Taipei, March 5 (CNA) A record 9,420 students", "Taipei", "Central News Agency", ""),
    ("أبوظبي في 18 نوفمبر / وام / أطلقت دائرة الطاقة", "أبوظبي", "وكالة أنباء الإمارات", ""),
    ("देहरादून, 18 नवंबर (भाषा) उत्तराखंड सरकार ने", "देहरादून", "पीटीआई-भाषा", ""),
    ("【シドニー共同＝石川遼子】オーストラリア南東部", "シドニー", "共同通信社", "石川遼子"),
    # BTA names the reporter with the agency between its slashes
    ("Пловдив, 14 март /Петя Колева, БТА/ Три къщи ще бъдат реставрирани.", "Пловдив", "Българска телеграфна агенция", "Петя Колева"),
])
def test_agency_openings_name_the_reporters(paragraph, place, credit, reporters):
    found = parse_dateline(paragraph)
    assert (found.place, found.credit, found.reporters) == (place, credit, reporters)


@pytest.mark.parametrize("paragraph,place,credit", [
    ("SYDNEY, March 29 AAP - Results from round four of the NRL premiership:", "SYDNEY", "Australian Associated Press"),
    ("SYDNEY AAP - Results from round four of the NRL premiership:", "SYDNEY", "Australian Associated Press"),
])
def test_an_agency_credit_bare_before_the_dash(paragraph, place, credit):
    found = parse_dateline(paragraph)
    assert (found.place, found.credit) == (place, credit)


@pytest.mark.parametrize("paragraph", ["WASHINGTON, March 5 ZZQ - Lawmakers met.", "CAIRO US - officials said"])
def test_capitals_that_are_no_agency_before_the_dash_are_no_credit(paragraph):
    found = parse_dateline(paragraph)
    assert found is None or found.credit == ""


@pytest.mark.parametrize("paragraph, place, credit", [
    # every language's capitals, not a list that stops at Russian's: the Chechen palochka, Vietnamese, Tahitian's
    # macron and ʻokina
    ("СОЬЛЖА-ГӀАЛА (ЧХА) – Соьлжа-ГӀалин Ленинан районан кхиэло ялх шо делла.", "СОЬЛЖА-ГӀАЛА", "ЧХА"),
    ("ĐÀ NẴNG (ZXQ) - Sáng nay thành phố khai trương cầu mới.", "ĐÀ NẴNG", "ZXQ"),
    ("PĀPEʻETE – Ua ʻī te ʻoroʻa himene tārava.", "PĀPEʻETE", ""),
])
def test_a_place_in_the_capitals_of_any_cased_script(paragraph, place, credit):
    found = parse_dateline(paragraph)
    assert (found.place, found.credit) == (place, credit)


@pytest.mark.parametrize("paragraph", [
    # a headline in capitals with its colon: copy after a dateline is written in ordinary case
    "HO ƑE NUTOA ME TIATIA: AME 38 LE ALAFA ME KOE DA AKƆ",
    "HARBOUR TOWN VOTES: TURNOUT FALLS TO 38 PER CENT",
])
def test_a_headline_in_capitals_with_its_colon_is_no_dateline(paragraph):
    assert parse_dateline(paragraph) is None


def test_newsis_brackets_its_opening_square():
    found = parse_dateline("[청주=뉴시스]김도현 기자 = 충북 청주시가 스마트 쉼터 12곳을 설치한다고 14일 밝혔다.")
    assert (found.place, found.credit, found.reporters) == ("청주", "뉴시스", "김도현")


@pytest.mark.parametrize("lead, place", [
    # a lead in a script without capitals opening with the place alone: a colon, a danda, or the desk in brackets
    ("சென்னை: வடகிழக்கு பருவமழையை எதிர்கொள்ள சென்னை மாநகராட்சி சார்பில் 215 நிவாரண மையங்கள் தயார் நிலையில்", "சென்னை"),
    ("पुणे : खडकवासला धरणातून येणाऱ्या मुख्य जलवाहिनीच्या दुरुस्तीसाठी गुरुवारी शहराच्या पूर्व आणि दक्षिण भागात", "पुणे"),
    ("वाराणसी। शेयर बाजार में निवेश पर हर महीने 20 से 30 प्रतिशत मुनाफे का लालच देकर साइबर ठगों ने", "वाराणसी"),
    ("لاہور (ویب ڈیسک) پنجاب سیف سٹیز اتھارٹی نے ٹریفک قوانین کی خلاف ورزی پر کیمروں کے ذریعے", "لاہور"),
    # ... or a spaced dash after the place (Tigrinya, Uyghur, Moroccan Arabic)
    ("መቐለ — ኣብ ደቡባዊ ዞባ ትግራይ ዝርከቡ ሓረስቶት ናይ ዘንድሮ ምህርቲ ጣፍ ካብ ዝሓለፈ ዓመት ብ30 ሚእታዊት ከም ዝወሰኸ", "መቐለ"),
    ("تۇرپان — تۇرپان ئويمانلىقىدىكى يېزىلاردا ئۈزۈم قۇرۇتۇش مەۋسۇمى رەسمىي باشلاندى. يېزا ئىگىلىك ئىدارى", "تۇرپان"),
    ("طنجة – أعادت سينما «النجمة»، إحدى أقدم القاعات السينمائية في طنجة، فتح أبوابها مساء الجمعة أمام", "طنجة"),
    # ... or the place, its comma and the day after the word for "date" cut short (Gujarati, Hindi)
    ("અમરેલી, તા. ૧૨: અમરેલી નગરપાલિકાની બુધવારે મળેલી સામાન્ય સભામાં રહેણાંક મકાનોના પાણી વેરામાં વધારો", "અમરેલી"),
    # a subject and its initials, a short label line, a cased script: no place
    ("กรุงเทพมหานคร (กทม.) เปิดใช้ทางเดินลอยฟ้า เชื่อมสถานีรถไฟฟ้า กับตลาดสด และชุมชน ในซอย อย่างเป็นทางการ แล้ว", None),
    ("नोट: यह खबर अपडेट की जा रही है", None),
    ("Update: The council voted on Tuesday to approve the budget for the new harbour wall and the ferry", None),
])
def test_the_place_a_lead_in_a_script_without_capitals_opens_with(lead, place):
    from ingest.vocabulary.datelines import parse_place_opening
    found = parse_place_opening(lead)
    assert (found.place if found else None) == place
    if found:
        assert found.credit == ""


@pytest.mark.parametrize("lead, place, date, credit", [
    # the German-language papers' lead: the place in ordinary case, one or two joined by "/", and a spaced dash
    ("Leipzig – Mit einem Festakt hat die Stadt am Freitag die sanierte Kongresshalle wieder eröffnet.", "Leipzig", "", ""),
    ("Graz/Wien – Die Steirische Landesbahn hat im Herbst mehr Fahrgäste befördert als je zuvor.", "Graz/Wien", "", ""),
    # a sentence opener before the dash is no place
    ("Ja – das war der Moment, auf den die ganze Halle seit Stunden gewartet hatte, sagt der Trainer.", None, "", ""),
    # the date after the place's comma, closed by a danda; the outlet in brackets ("news" in Urdu)
    ("पटना, 4 मार्च। बिहार सरकार ने बुधवार को किसानों के लिए नई सिंचाई योजना की घोषणा की", "पटना", "4 मार्च", ""),
    ("کراچی (ساحل نیوز) — شہر کی انتظامیہ نے بدھ کے روز نئی بس سروس شروع کرنے کا اعلان کیا", "کراچی", "", "ساحل نیوز"),
    # Pashto's "news agency" in brackets
    ("جلال آباد (ختیځ خبري آژانس) – د ننګرهار ولایت په روغتونونو کې په تېرو دوو اونیو کې ماشومان بستر شوي دي.",
     "جلال آباد", "", "ختیځ خبري آژانس"),
    # the month before the day, as Nepali and Burmese date a lead (Burmese's comma "၊" and its "day" word)
    ("काठमाडौं, भदौ २१ — काठमाडौं उपत्यकाका सबैभन्दा ठूला जात्रामध्ये एक इन्द्रजात्राको तयारी आज बिहान सुरु भयो",
     "काठमाडौं", "भदौ २१", ""),
    ("မန္တလေး၊ ဧပြီ ၃ ရက် — အတုပြုလုပ်ထားသော ပဋိဇီဝဆေးများကို ဆေးဆိုင်များသို့ ဖြန့်ဖြူးရောင်းချခဲ့သည့် အမှုတွင် ဆေးဝါး ကုမ္ပဏီ "
     "မန်နေဂျာ နှစ်ဦးကို တရားရုံးက ထောင်ဒဏ် ချမှတ်လိုက်သည်", "မန္တလေး", "ဧပြီ ၃ ရက်", ""),
    # Punjabi's months
    ("ਲੁਧਿਆਣਾ, 7 ਅਪ੍ਰੈਲ: ਵਿਸ਼ਵ ਸਿਹਤ ਦਿਵਸ ਮੌਕੇ ਜਾਰੀ ਕੀਤੀ ਇੱਕ ਰਿਪੋਰਟ ਵਿੱਚ ਫ਼ਾਊਂਡੇਸ਼ਨ ਨੇ ਦੱਸਿਆ ਹੈ", "ਲੁਧਿਆਣਾ", "7 ਅਪ੍ਰੈਲ", ""),
])
def test_the_place_a_lead_opens_with_and_what_follows_it(lead, place, date, credit):
    from ingest.vocabulary.datelines import parse_place_opening
    found = parse_place_opening(lead)
    assert (found.place if found else None) == place
    if found:
        assert (found.date, found.credit) == (date, credit)


def test_an_unknown_agency_in_front_of_a_place_in_capitals_and_its_date():
    found = parse_dateline("(MPA) - GENOVA, 3 APR - Il traffico container nel porto di Genova e' cresciuto.")
    assert (found.place, found.date, found.credit) == ("GENOVA", "3 APR", "MPA")
    assert parse_dateline("(VIDEO) - The ferry will add a night crossing from June, it said.") is None
    assert parse_dateline("(MPA) - Genova, 3 apr - il traffico ...") is None  # in ordinary case only a known agency


def test_a_dated_place_opening_the_lead_under_a_releases_date_line():
    """A release's own "Press release · 7 April 2025" line above the lead: the place and date opening the second
    paragraph are the dateline."""
    from ingest.items import PARAGRAPH, Block
    from ingest.normalize import _body_dateline
    blocks = [Block(kind=PARAGRAPH, text="ਪ੍ਰੈੱਸ ਰਿਲੀਜ਼ · 7 ਅਪ੍ਰੈਲ 2025"),
              Block(kind=PARAGRAPH, text="ਲੁਧਿਆਣਾ, 7 ਅਪ੍ਰੈਲ: ਵਿਸ਼ਵ ਸਿਹਤ ਦਿਵਸ ਮੌਕੇ ਜਾਰੀ ਕੀਤੀ ਇੱਕ ਰਿਪੋਰਟ ਵਿੱਚ ਫ਼ਾਊਂਡੇਸ਼ਨ ਨੇ ਦੱਸਿਆ ਹੈ ਕਿ")]
    assert _body_dateline(blocks).place == "ਲੁਧਿਆਣਾ"


@pytest.mark.parametrize("paragraph, place, date, credit", [
    # a month no list holds, vouched for by the day and the year around it
    ("MASVINGO, 4 Mbudzi 2025 — Bhodhi yeMvura neTsvina yeMasvingo yazivisa hurongwa hutsva.", "MASVINGO",
     "4 Mbudzi 2025", ""),
    ("Adaamaa, Onkoloolessa 12, 2025 (TOG) — Poolisiin Magaalaa Adaamaa shakkamtoota 7 to'annoo jala oolche.",
     "Adaamaa", "Onkoloolessa 12, 2025", "TOG"),
    # a month named in capitalised words ("the month of ten and one", Kikuyu)
    ("NYERI, 14 Mweri wa Ikũmi na Ũmwe 2025 – Kiama kia Kampuni ya Macani ya Gĩtũgĩ kĩanĩrĩire ũmũthĩ.", "NYERI",
     "14 Mweri wa Ikũmi na Ũmwe 2025", ""),
    # Ethiopic's comma after the place, the outlet's name in the brackets
    ("አዲስ አበባ፣ ጥቅምት 5/2018 (ዋልያ ዜና)፦ ከሳሪስ እስከ ለቡ የሚዘረጋው የቀላል ባቡር ሁለተኛ መስመር ግንባታ ይጀመራል።", "አዲስ አበባ",
     "ጥቅምት 5/2018", "ዋልያ ዜና"),
    # day and month in figures before an agency's code
    ("TP.HCM, 18/1 (TPN) – Theo khảo sát của Liên đoàn Lao động thành phố tại 1.250 doanh nghiệp.", "TP.HCM", "18/1", "TPN"),
])
def test_a_date_in_words_no_list_holds_or_in_figures(paragraph, place, date, credit):
    found = parse_dateline(paragraph)
    assert (found.place, found.date, found.credit) == (place, date, credit)


@pytest.mark.parametrize("paragraph", [
    "PARIS, 12 Blah — the word between a day and no year is no month",
    "LONDON, 14 people were held after the 2024 riots – police said.",  # words in lower case between day and year
    "Smith, 12/4 (AB) said the vote would come on Tuesday.",  # a figure pair in prose, no place in capitals
])
def test_what_only_resembles_such_a_date_is_no_dateline(paragraph):
    assert parse_dateline(paragraph) is None
