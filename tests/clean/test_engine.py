"""The boilerplate engine: whole lines out, story lines kept, every removal recorded, flags never delete."""
import re
import time

import pytest

from ingest.clean import SHIPPED, clean, compile_rule, match_line, normalize_line
from ingest.clean.engine import _doubt_beside_furniture, line_flag
from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem, Removal

BOILERPLATE = [
    # a blog platform's feed footer, as WordPress words it in each locale, and Medium's
    ("The post Manitoba caps school bus rides appeared first on The Assiniboine Courier.", "syndication-note"),
    ("O post Viana do Castelo: Câmara oferece passe apareceu primeiro em Gazeta do Alto Minho.", "syndication-note"),
    ("Karachi’s port switches on a floating solar farm was originally published in Indus Current on Medium, where people "
     "are continuing the conversation by highlighting and responding to this story.", "syndication-note"),
    ("You must Register or Login to post a comment.", "comment-prompt"),
    ("You must be logged in to post a comment", "comment-prompt"),
    ("Please sign in to leave a comment", "comment-prompt"),
    ("Leave a comment", "comment-prompt"),
    ("12 Comments", "comment-prompt"),
    ("View all 45 comments", "comment-prompt"),
    ("Be the first to comment", "comment-prompt"),
    ("Comments are closed.", "comment-prompt"),
    ("comments powered by Disqus", "comment-prompt"),
    ("Join the conversation »", "comment-prompt"),
    ("Sign in / Register", "login-prompt"),
    ("Already a subscriber? Log in", "login-prompt"),
    ("Sign up for our daily newsletter", "newsletter-nag"),
    ("SIGN UP FOR THE MORNING BRIEFING →", "newsletter-nag"),
    ("Get our Evening Digest delivered to your inbox every weekday afternoon", "newsletter-nag"),
    ("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am", "newsletter-nag"),
    ("Subscribe now", "subscription-nag"),
    ("Subscribe to continue reading", "subscription-nag"),
    ("This article is only available to subscribers.", "subscription-nag"),
    ("You have reached your limit of free articles this month", "subscription-nag"),
    ("Support local journalism. Subscribe today.", "subscription-nag"),
    ("Share this article", "share-prompt"),
    ("Share | Email | Print", "share-prompt"),
    ("Share on Facebook", "share-prompt"),
    ("Copy link", "share-prompt"),
    ("Follow us on Twitter and Instagram", "follow-prompt"),
    ("Follow Rob Harris on X", "follow-prompt"),
    ("Follow AFP on Twitter and Facebook", "follow-prompt"),
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT - SCROLL TO CONTINUE", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Continue reading the main story", "advertisement"),
    ("Skip to main content", "page-furniture"),
    ("Listen to this article 4 min", "page-furniture"),
    ("Read more: Streaming prices keep rising", "related-links"),
    ("Related Stories", "related-links"),
    ("Recommended for you", "related-links"),
    ("More from Reuters", "related-links"),
    ("You may also like", "related-links"),
    ("Most Read", "related-links"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "redistribution-notice"),
    ("Copyright 2025 The Associated Press. All rights reserved.", "redistribution-notice"),
    ("© 2025 Harbor Daily. All rights reserved.", "redistribution-notice"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "redistribution-notice"),
    ("(AP Photo/Evan Vucci)", "photo-credit"),
    ("Photo: Reuters/Alkis Konstantinidis", "photo-credit"),
    ("Image credit: Getty Images", "photo-credit"),
    ("We use cookies to improve your experience on our site.", "cookie-notice"),
    ("Accept all cookies", "cookie-notice"),
    ("Privacy Policy", "cookie-notice"),
    ("Download the NBC News app for breaking news and politics", "app-prompt"),
    ("Get the app: available on the App Store and Google Play", "app-prompt"),
    ("Click here to see the full schedule.", "click-here"),
    ("Tap here to get alerts on your phone", "click-here"),
    ("Read more » https://example.com/story", "related-links"),
    ("  SHARE   THIS  ", "share-prompt"),
    ("Sign in to comment", "comment-prompt"),
    ("Get weekly news and analysis on the U.S. elections with the newsletter On the Campaign Trail. Sign up here.", "newsletter-nag"),
    ("Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", "follow-prompt"),
    ("Find AP’s full coverage of the election at https://apnews.com/hub/election", "follow-prompt"),
    ("Click to share on Twitter (Opens in new window)", "share-prompt"),
    ("Tags: Politics, Ukraine, Russia", "page-furniture"),
    ("Article content", "page-furniture"),  # Postmedia's region label between runs of copy
    ("Like Comment Restack", "page-furniture"),  # a newsletter platform's reactions row
    ("Updated 3:45 PM EST, Tue March 4, 2025", "page-furniture"),
    ("Published Jan. 5, 2025", "page-furniture"),
    ("WATCH: Video shows the moment the bridge collapsed", "page-furniture"),
    ("Image 1 of 5", "photo-credit"),
    ("View this email in your browser", "email-furniture"),
    ("Unsubscribe | Manage preferences", "email-furniture"),
    ("You are receiving this email because you subscribed to our Markets Morning newsletter.", "email-furniture"),
    # a photo caption closed by its credit
    ("FILE - Ships wait outside the harbor in London, March 2, 2025. (AP Photo/Kim Lee, File)", "photo-credit"),
    ("A man walks past a closed shop in Lima on Monday. (REUTERS/Ana Diaz)", "photo-credit"),
    ("Firefighters work at the scene. (Photo by Jane Doe/Getty Images)", "photo-credit"),
    # reporter contact, follow-with-handle, channel, syndication notes
    ("Follow Jane Doe on X: @janedoe", "follow-prompt"),
    ("Follow Jane Doe on X at https://x.com/janedoe", "follow-prompt"),
    ("Join our WhatsApp channel", "follow-prompt"),
    ("Reach Jane Doe at jane.doe@example.com.", "contact-line"),
    ("Email: jdoe@example.com", "contact-line"),
    ("This story was originally published by Example News.", "syndication-note"),
    ("This article originally appeared on Example News", "syndication-note"),
    ("Leave a Reply Cancel reply", "comment-prompt"),
    # standing notices under a kind of copy: an opinion page's disclaimer, a transcript's
    ("Opinions expressed in columns are those of the author and do not necessarily reflect the views of The Courier.",
     "standing-notice"),
    ("The views expressed here are solely those of the writer.", "standing-notice"),
    ("This transcript was generated with speech recognition software. It may contain errors.", "standing-notice"),
    # a bare date or timestamp line
    ("March 3, 2025", "page-furniture"),
    ("March 3, 2025 at 10:15 a.m. EST", "page-furniture"),
    ("Tue 4 Mar 2025 10.15 GMT", "page-furniture"),
    ("10:15 a.m. EST, March 3, 2025", "page-furniture"),
    ("2025-03-04 10:15", "page-furniture"),
    # the same furniture in other languages
    ("Publicidad", "advertisement"),
    ("PUBLICITÉ", "advertisement"),
    ("Anzeige", "advertisement"),
    ("La suite après cette publicité", "advertisement"),
    ("Partager cet article", "share-prompt"),
    ("Compartir en Facebook", "share-prompt"),
    ("Lire aussi :", "related-links"),
    ("Mehr zum Thema:", "related-links"),
    ("Lee también: El Gobierno aprueba el plan", "related-links"),
    ("Leggi anche", "related-links"),
    # calls to subscribe, give or download, however the outlet words them
    ("Support local news: Become a Gazette subscriber today.", "subscription-nag"),
    ("Local journalism matters. Subscribe to the Millbrook Sentinel today for just 99 cents for your first month.", "subscription-nag"),
    ("Become a member for $5 a month and get ad-free reading.", "subscription-nag"),
    ("Get unlimited digital access for $1 a week.", "subscription-nag"),
    ("Already a subscriber? Log in to continue reading.", "subscription-nag"),
    ("Make a tax-deductible donation today to support nonprofit news.", "subscription-nag"),
    ("You've reached your limit of free articles this month. Subscribe now for unlimited access.", "subscription-nag"),
    ("You have 2 free articles remaining this month", "subscription-nag"),
    ("Join the conversation: Commenting on this story is available to subscribers only.", "comment-prompt"),
    ("Comments are moderated. Please keep it civil.", "comment-prompt"),
    ("Get breaking news on your phone: download our free app for iPhone and Android.", "app-prompt"),
    ("Get local news and traffic alerts on the go. Download the Harbor Courier app, free on the App Store and Google Play.", "app-prompt"),
    ("Turn on push notifications for breaking news", "app-prompt"),
    ("Follow Reuters Sports on X and Instagram for live updates from Melbourne Park.", "follow-prompt"),
    ("Follow @PostSports on Instagram and X for scores and highlights all season long.", "follow-prompt"),
    # galleries, agency-credited captions, market data, licensing, syndication footers, a labelled link
    ("View the photo gallery (24 images)", "photo-credit"),
    ("FILE PHOTO: Oil pump jacks operate in a field near Midland, Texas, March 14, 2024. REUTERS/Carlos Ortega/File Photo", "photo-credit"),
    ("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.", "page-furniture"),
    ("Purchase Licensing Rights, opens new tab", "page-furniture"),
    ("(c)2025 The Lakeshore Courier", "redistribution-notice"),
    ("Visit The Lakeshore Courier at www.lakeshorecourier.com", "syndication-note"),
    ("Distributed by Tribune Content Agency, LLC.", "syndication-note"),
    ("View original content to download multimedia: https://www.prnewswire.com/news-releases/a-302389114.html", "link-line"),
    ("AP sports: https://apnews.com/sports", "link-line"),
    ("X", "share-prompt"),
    # copyright lines however they go on, end-of-copy marks, and more ways of asking the reader for something
    ("© dpa-infocom, dpa:260309-930-418272/1", "redistribution-notice"),
    ("© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.", "redistribution-notice"),
    ("Copyright 2026 United Press International, Inc. All Rights Reserved.", "redistribution-notice"),
    ("ALL RIGHTS RESERVED © Copyright ANSA", "redistribution-notice"),
    ("==Kyodo", "end-marker"),
    ("###", "end-marker"),
    ("-30-", "end-marker"),
    ("(END)", "end-marker"),
    ("Responses (12)", "comment-prompt"),
    ("What are your thoughts?", "comment-prompt"),
    ("Join the conversation: log in to comment.", "comment-prompt"),
    ("Most Read from Bloomberg Businessweek", "related-links"),
    ("Trending on The Gazette", "related-links"),
    ("Our journalism is funded by readers like you — donate today.", "subscription-nag"),
    ("Independent reporting like this depends on you. Please give today.", "subscription-nag"),
    ("Subscribe to Newslooks Daily for the stories that matter, delivered every morning.", "newsletter-nag"),
    ("Get our pick of top stories and thought-provoking articles in your inbox", "newsletter-nag"),
    ("Republish this story for free under our Creative Commons license.", "syndication-note"),
    ("Source: CNA/nl(jo)", "syndication-note"),
    ("Empty shop units on a high street in Stockton-on-Tees (Owen Humphreys/PA)", "photo-credit"),
    ("Comments are closed for this story.", "comment-prompt"),
    ("Download the free KOKW app for breaking news and weather alerts: iPhone | Android", "app-prompt"),
    ("For the latest news, weather, sports, and streaming video, head to KOKW News 5.", "syndication-note"),
    ("This story appears in the Spring 2025 issue of Northwest Quarterly. Subscribe here.", "syndication-note"),
    ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", "syndication-note"),
    ("The Great Lakes Ledger is a nonprofit newsroom covering energy and the environment.", "syndication-note"),
    ("Support independent, nonprofit journalism", "subscription-nag"),
    ("Story continues", "page-furniture"),
    ("Keep reading on The Berlin Courier", "page-furniture"),
    ("Read the full article on Reuters", "page-furniture"),
    ("Sign in to view more", "page-furniture"),
    ("In this article:", "page-furniture"),
    ("NEM +2.34%", "page-furniture"),
    ("^AXJO +0.42%", "page-furniture"),
    ("Originally published by The Associated Press", "syndication-note"),
    ("Why you can trust us", "affiliate-disclaimer"),
    ("Our editors independently research and recommend products. We may earn a commission when you buy through links on our site.", "affiliate-disclaimer"),
    ("Follow AP’s Asia-Pacific coverage at https://apnews.com/hub/asia-pacific", "follow-prompt"),
    ("Share this story on Facebook, X or LinkedIn.", "share-prompt"),
    ("A woman has her fingerprints scanned at a registration centre in Nairobi on Monday. Photo: Simon Kariuki/AFP", "photo-credit"),
    ("Advertisement · Scroll to continue", "advertisement"),
    ("(This story has not been edited by The Deccan Ledger staff and is auto-generated from a syndicated feed.)", "syndication-note"),
    ("Kindly Share This Story:", "share-prompt"),
    ("Tap to follow Southern Cross Sport on WhatsApp", "follow-prompt"),
    ("Enditem/kb", "end-marker"),
    ("NNNN", "end-marker"),  # the teleprinter's end of message
]

STORY_LINES = [
    "The article content was reviewed by the paper's lawyers before publication.",
    "The views expressed by the minister were criticised by the opposition.",
    "He said the views expressed in the report are those of the committee.",
    "The company did not respond to a request for comment.",
    "“No comment,” the spokesman said as he left the building.",
    "Readers can comment on the repair plan until March 1, the city said.",
    "Comments can be submitted online or by mail until June 15.",
    "Leave a comment, the agency's notice said, and it will be read by staff.",
    "Subscribe to the premium tier, executives had urged customers, promising fewer ads.",
    "Residents can subscribe to outage alerts by texting STORM to the utility's short code, officials said.",
    "Analysts said more people were choosing to subscribe only for a month at a time.",
    "Follow the money, one coach joked, and you can predict who wins.",
    "Click here, a sign on the door will say, and patrons will find the new hours online.",
    "The advertisement ran in 40 newspapers before it was pulled.",
    "Share prices fell 4% in early trading.",
    "The studio said all rights reserved by the author would revert in 2030, according to the filing.",
    "Copyright law has not kept pace with artificial intelligence, the judge wrote.",
    "Fox News Digital has reached out to the White House for comment.",
    "Related: the council also approved a budget for the parks department, which had been delayed since spring.",
    "More than 80 people signed up to comment during the public hearing.",
    "The app store fees are at the center of the lawsuit.",
    "Get the app developers to agree on a standard, the regulator said, and prices will fall.",
    "Privacy policy experts say the rule will be hard to enforce.",
    "KUALA LUMPUR, Malaysia (Reuters) — U.S. Secretary of State Marco Rubio held talks Thursday.",
    "Updated figures released on Tuesday show the economy grew 3% in the quarter.",
    "Published reports said the deal was close.",
    "Watch the video: it shows the collapse.",
    "Tags are sold at the county office for $5.",
    "Follow the coverage, the mayor told residents.",
    "See more of the park this summer, officials said.",
    "Associated Press writer Illia Novikov in Kyiv contributed to this report.",
    "(Reporting by Jason Lange in Washington; Editing by Howard Goller)",
    "The Associated Press receives support from several private foundations for its climate coverage.",
    "Readers can unsubscribe at any time, the company said in its filing.",
    "Have questions? Leave a comment below and our reporters will answer them next week.",
    "March 3, 2025, the court ruled, was the last day to file.",
    "On March 3, 2025 at noon the vote was counted.",
    "The agency released a photo (AP Photo/Kim Lee) of the scene, officials said.",
    "The photo (seen here) was taken by a drone, the police said.",
    "Tips can be sent to tips@fbi.gov, the FBI said.",
    "Reach out to jdoe@example.com with questions, the school said.",
    "Join our team, the recruiter said.",
    "This story was first reported by the Times, which cited three officials.",
    "La publicité a été retirée après les plaintes de plusieurs associations.",
    "Die Anzeige wurde am Montag bei der Polizei erstattet.",
    "Lire aussi les conclusions du rapport, a conseillé le ministre aux députés.",
    "Compartir datos con terceros exige el consentimiento del usuario, recordó la agencia.",
    # story lines shaped like the broader calls to action: reported, quoted, or not addressed to the reader
    "“Become a member and you get a vote,” the co-op's manager said.",
    "Support local journalism, the foundation said, is the aim of the $2 million grant.",
    "Customers can download the free Uber app on iPhone and Android, the company said.",
    "Follow the money on Twitter for clues, she said.",
    "The paper's subscribers will pay $1 a week more from March.",
    "Subscribers to the service will pay $5 more, according to the filing.",
    "Local journalism matters to democracy, the study's authors wrote, and it is disappearing.",
    "Visitors can see the gallery of 24 images at the museum until June.",
    "The photo gallery opened to the public on Friday.",
    "Quotes from the hearing were delayed by the court's clerk.",
    "Donate now or lose the matching grant, the charity warned in a letter to members.",
    "https://www.example.gov/report.pdf",
    "The full report: the council's 40-page review, released Tuesday.",
    # story lines near the new rules: a copyright dispute, a reported appeal, a cited source, a number alone
    "Copyright claims against the studio were dismissed in 2024.",
    "The museum said all rights reserved by the estate would pass to the city.",
    "“Our volunteers rely on you — donate today,” the food bank's director said.",
    "We asked readers what they would give up first, and most said streaming.",
    "Subscribers to the newsletter for farmers will get weekly price alerts, the ministry said.",
    "Source: Bureau of Labor Statistics",
    "The endgame, officials said, is a ceasefire by spring.",
    "Responses to the survey were mixed, the authors said.",
    "* * *",
    "Continue reading the report, the minister urged lawmakers, before the vote.",
    "The index rose 2.3% on Tuesday.",
    "We may earn a commission on every sale, the startup's founder told investors.",
    "Story continues to develop, police said at midnight.",
    "Media Contact:",  # a press release's contacts are the release's own (the article-extraction set keeps them)
    "02-751-1500",
    "Contact with the crew was lost at 3:40 p.m., the coast guard said.",
    "The Texas Tribune is a nonprofit newsroom, its editor said, and depends on donors.",
    "For the latest figures, the council said, residents should check the county website.",
    "Support for independent candidates grew in the poll.",
    "The essay appears in the spring issue of the journal, which is edited by students.",
    "___",  # the rule AP draws above its closing notes is the copy's own layout (annotators keep it too)
    "Share this story with anyone who doubts the plan, the mayor told the crowd.",
    "The agency released the image. Photo sharing sites took it down within hours.",
    "Prices rose 4% · Wages rose 2%",
    "29 November 2018 | 20 January 2019",  # an exhibition's dates, from the article-extraction set's clean text
    "The photo (Jane Doe) was taken at the scene, police said.",
    "The post office appeared first on the list of closures, the council said.",  # copy: no feed's footer
]


@pytest.mark.parametrize("line,rule", BOILERPLATE, ids=[b[0][:40] for b in BOILERPLATE])
def test_library_removes_boilerplate_lines(line, rule):
    matched = match_line(line, SHIPPED)
    assert matched is not None, line
    assert matched.name == f"library:{rule}"


@pytest.mark.parametrize("line", STORY_LINES, ids=[s[:40] for s in STORY_LINES])
def test_library_keeps_story_lines(line):
    assert match_line(line, SHIPPED) is None


@pytest.mark.parametrize(
    "raw,normalized",
    [
        ("  Share   This Article!!  ", "share this article"),
        ("Read more »", "read more"),
        ("Subscribe here →", "subscribe here"),
        ("Read more (link)", "read more"),
        ("Read the full story here: https://example.com/a?b=c", "read the full story here"),
        ("“Advertisement”", "advertisement"),
        ("• Share •", "share"),
        ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "our standards: the thomson reuters trust principles"),
        ("Read more, opens in a new window", "read more"),
        ("", ""),
    ],
)
def test_normalize_line_tolerates_case_punctuation_whitespace_and_trailing_links(raw, normalized):
    assert normalize_line(raw) == normalized


def _item(*blocks):
    return ParsedItem(format="text", blocks=list(blocks))


def test_clean_records_text_rule_and_position_and_keeps_origins():
    item = _item(
        Block(text="LONDON (Reuters) - Markets rose."),
        Block(text="Advertisement"),
        Block(text="Traders said the rally would continue."),
        Block(text="You must Register or Login to post a comment."),
    )
    cleaned = clean(item)
    assert [r.as_dict() for r in cleaned.removed] == [
        {"text": "Advertisement", "rule": "library:advertisement", "block": 1, "item": None},
        {"text": "You must Register or Login to post a comment.", "rule": "library:comment-prompt", "block": 3, "item": None},
    ]
    assert [(b.text, b.origin) for b in cleaned.item.blocks] == [
        ("LONDON (Reuters) - Markets rose.", 0), ("Traders said the rally would continue.", 2),
    ]
    assert item.blocks[1].text == "Advertisement"  # the parsed item is not mutated


@pytest.mark.parametrize("heading,rule", [
    ("Related stories", "library:related-links"),
    ("Læs også", "structure:related-heading"),  # a related label in another language, set as a heading
])
def test_link_section_takes_the_list_after_it_along(heading, rule):
    item = _item(
        Block(text="The council voted on Tuesday."),
        Block(kind=HEADING, text=heading),
        Block(kind=LIST, items=["Bridge closed for repairs", "Council approves budget"]),
        Block(text="The plan takes effect in May."),
    )
    cleaned = clean(item)
    assert [(r.text, r.rule, r.block, r.item) for r in cleaned.removed] == [
        (heading, rule, 1, None),
        ("Bridge closed for repairs", f"{rule}:block", 2, 0),
        ("Council approves budget", f"{rule}:block", 2, 1),
    ]
    assert [b.text for b in cleaned.item.blocks] == ["The council voted on Tuesday.", "The plan takes effect in May."]


def test_link_section_takes_the_link_paragraphs_after_it_but_not_copy():
    item = _item(
        Block(kind=HEADING, text="More from Reuters"),
        Block(text="Stocks slide", html='<a href="https://x.example/1">Stocks slide</a>'),
        Block(text="Gold edges up", html='<a href="https://x.example/2">Gold edges up</a>'),
        Block(text="Traders said the rally would continue.", html='Traders said the <a href="https://x.example/3">rally</a> would continue.'),
        Block(text="Oil falls", html='<a href="https://x.example/4">Oil falls</a>'),
    )
    cleaned = clean(item)
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        ("More from Reuters", "library:related-links"),
        ("Stocks slide", "library:related-links:block"),
        ("Gold edges up", "library:related-links:block"),
    ]
    assert [b.text for b in cleaned.item.blocks] == ["Traders said the rally would continue.", "Oil falls"]


@pytest.mark.parametrize("text, html, removed", [
    # a label of any language, a colon and one link holding the rest: a pointer to another story
    ("Irakurri ere: Barakaldon atxilotutako bi gazteak aske utzi dituzte",
     'Irakurri ere: <a href="https://x.example/1">Barakaldon atxilotutako bi gazteak aske utzi dituzte</a>', True),
    ("مۇناسىۋەتلىك خەۋەر: قۇمۇلدا قوغۇن يىغىمى ئاخىرلاشتى",
     '<strong>مۇناسىۋەتلىك خەۋەر:</strong> <a href="https://x.example/2">قۇمۇلدا قوغۇن يىغىمى ئاخىرلاشتى</a>', True),
    # the whole line one link, its label inside
    ("Ñawinchay kaytapas: Qhapaq Ñan ñankunata musuqmanta allichanqaku",
     '<a href="https://x.example/3">Ñawinchay kaytapas: Qhapaq Ñan ñankunata musuqmanta allichanqaku</a>', True),
    # copy linking within a sentence, a credit line linking a name, a label with no link, a long label: stay
    ("Additional reporting by Joseph Hudak", 'Additional reporting by <a href="https://x.example/4">Joseph Hudak</a>', False),
    ("Get started with 2B Mindset here.", 'Get started with <a href="https://x.example/5">2B Mindset</a> here.', False),
    ("Fakta: Gruvan i Kiruna ligger djupt", "<b>Fakta:</b> Gruvan i Kiruna ligger djupt", False),
    ("The council said on Tuesday that: the budget holds",
     'The council said on Tuesday that: <a href="https://x.example/6">the budget holds</a>', False),
    ("Fonte: Ministério da Saúde, relatório anual de 2026",
     'Fonte: <a href="https://x.example/7">Ministério da Saúde</a>, relatório anual de 2026', False),
])
def test_a_labelled_link_in_any_language_is_a_related_link(text, html, removed):
    assert _removed_between_copy(text, html) == ([(text, "structure:related-link")] if removed else [])


def _removed_between_copy(text: str, html: str = "") -> list[tuple[str, str]]:
    """The removals when the line stands between two paragraphs of copy."""
    cleaned = clean(_item(Block(text="The council voted on Tuesday to keep the harbour budget as it stands."),
                          Block(text=text, html=html),
                          Block(text="The plan takes effect in May, officials said.")))
    return [(r.text, r.rule) for r in cleaned.removed]


@pytest.mark.parametrize("text, html, removed", [
    # a label no list holds, a capitalised verb and a short adverb in lower case (or both in capitals), a headline
    ("Kenkan bio: Polisifo kyere akwantufo 12 wɔ Ejisu kwan so", "", True),  # Twi
    ("Kalan fana: Kayi mɔgɔw ye u ka kalata karti sɔrɔ", "", True),  # Bambara
    ("READ MAIR: Aberdeen lassie’s graphic novel gets Hollywood nod", "", True),  # Scots
    ("Basaen met: Dua a nadisgrasia iti kalsada ti Batac, naospital",
     "<strong>Basaen met: Dua a nadisgrasia iti kalsada ti Batac, naospital</strong>", True),  # Ilocano
    # the whole paragraph in bold or italics: a label of any shape, a headline of five words or more
    ("Vhalani-vho: Vhembe Lions vha saina mutambi muswa wa Venda FC",
     "<strong>Vhalani-vho: Vhembe Lions vha saina mutambi muswa wa Venda FC</strong>", True),  # Venda
    # two or three words, the first capitalised and the others in lower case, of any length, with an apostrophe or a
    # hyphen inside; a wiki link's brackets around the whole
    ("Sonday-aq oqıń: Moynaqta jańa suw tazalaw qurılması iske tústi", "", True),  # Karakalpak
    ("Tet xagana gurra: Asayta magaalal Qusba hospitaal fakkime", "", True),  # Afar
    ("Shoma n'ebi: Abahanzi ba Ankole nibeetegyekyera ekitaramo kya Noheri", "", True),  # Runyankole
    ("Ukhamarak ullart'asma: Laja markan machaq yatiqañ utaw jist'aratäni", "", True),  # Aymara
    ("Xiquitta no: Tecómitl quichihua ce yancuic amoxcalli", "", True),  # Nahuatl (in a CMS's double brackets the
    # line is its markup whatever it says: test_labels)
    ("Гьединго цIалая: Гъуниб росулъ цIияб музей рагьана", "", True),  # Avar, the palochka written "I"
    # in a script without capitals: two words, their colon (Ethiopic's "፦" or word space "፡"), a headline of four
    # words or more with no figure, comma or stop
    ("იკითხით ხოლო: ენგურიშ ჯებირიშ რემონტი დოჭყაფილი რე", "", True),  # Mingrelian (Georgian script)
    ("ክምሰልሁ አንብቡ፦ ከረን ዲብ ሐምስ ሰኔት ሐቴ ክድመት ማይ ሐዲስ ተሐድስ", "", True),  # Tigre
    ("ከምኡ'ውን ኣንብቡ፡ ዋጋ ነዳዲ ኣብ ትግራይ ተቐይሩ", "", True),  # Tigrinya
    ("ᐊᒻᒪᓗ ᐅᖃᓕᒫᕐᓗᒍ: ᓄᓇᓕᒃ ᑲᑎᒪᔨᖏᑦ ᐅᓐᓄᐊᒃᑯᑦ ᐊᐅᓪᓚᓂᕐᒧᑦ ᒪᓕᒐᖅ ᓄᑖᖅ", "", True),  # Inuktitut
    # subheads and labels of the copy that look alike stay: one word or two capitalised words before the colon, a
    # caseless script, a fact box's short title, an editor's name, a contact, a sentence, a quotation
    ("Verbraucherschützer: Wechsel kann sich trotzdem lohnen", "", False),
    ("Dubai Metro: Red Line service suspended between two stations", "", False),
    ("الغاز المسال: الشتاء يدعم آسيا", "", False),
    ("사고 장소: 해운대구 좌동 교차로, 송정 방면 진입로 부근", "", False),  # a fact list's item: its comma
    ("ಮಹಿಳೆಯರ ವಿಭಾಗ: ಮಂಡ್ಯದ ಕಾವ್ಯಾ ಚಾಂಪಿಯನ್", "", False),  # a results subhead of three words
    ("ჯანდაცვის სამინისტრო: 12 ოჯახი დაზარალდა წყალდიდობის შედეგად", "", False),  # a figure
    ("Fakta: Vargen i Sverige", "<b>Fakta: Vargen i Sverige</b>", False),
    ("Edição: Renato Bittencourt Lobo", "<strong>Edição: Renato Bittencourt Lobo</strong>", False),
    ("Media contact: Tomás Herrera, press@lumenfield.example", "", False),
    ("Second quarter: the home side scored twice before the break.", "", False),
    ("Italian release: October 15, distributed by Fenice Distribuzione", "", False),
    ("Party leader: “We will rebuild every bridge in the valley”", "", False),
    # the wider label's shape leaves English to the lists, and a headline with a figure, colon or semicolon
    ("Yellow rain warning: North Norfolk coast – midnight to 9am Wednesday", "", False),
    ("Amber warning issued: Roads across the county close tonight", "", False),
    ("Harga beras naik: Pedagang di pasar mengeluh 3 minggu", "", False),
])
def test_a_read_also_line_whose_label_no_list_holds_is_a_related_link(text, html, removed):
    assert _removed_between_copy(text, html) == ([(text, "structure:related-link")] if removed else [])


def test_a_fact_boxs_title_over_its_list_is_no_read_also_line():
    """The same shape over a list, or over bulleted lines, is the title of a fact box in the copy."""
    title = "Με μια ματιά: Ο σεισμός στη Χαλκιδική"
    for under in (Block(kind=LIST, items=["Μέγεθος: 5,3 βαθμοί", "Επίκεντρο: 6 χιλιόμετρα"]),
                  Block(text="- Μέγεθος: 5,3 βαθμοί, εστιακό βάθος 9 χιλιόμετρα")):
        cleaned = clean(_item(Block(text="Ο σεισμός έγινε τα ξημερώματα της Τρίτης, ανέφεραν οι αρχές."),
                              Block(text=title), under))
        assert title in [b.text for b in cleaned.item.blocks]
    assert _removed_between_copy(title) == [(title, "structure:related-link")]


@pytest.mark.parametrize("title, removed", [
    # a newsletter's label over its other stories, naming itself, over a list of headlines
    ("ELSEWHERE IN THE DISPATCH", True),
    ("ALSO THIS WEEK", True),
    ("Also in this issue", True),
    ("More from The Ledger", True),
    # a list of the story's own under another title stays
    ("WHAT THE PLAN HOLDS", False),
])
def test_a_newsletters_list_of_its_other_stories(title, removed):
    stories = Block(kind=LIST, text=title, items=["Landore flats: council buys back 40 homes",
                                                  "Swans' stadium solar roof switched on"])
    cleaned = clean(_item(Block(text="The council voted on Tuesday to keep the harbour budget as it stands."), stories))
    assert bool(cleaned.removed) is removed
    assert all(r.rule.endswith(":block") for r in cleaned.removed)  # (the whole list, its title and its items)


@pytest.mark.parametrize("label, under, removed", [
    # the advertiser's own line under the label the cleaner removed: short, closing on its address
    ("— ADVERTISEMENT —", "Gower Heat Pumps: free surveys for SA1 homes this spring. gowerheat.example", True),
    ("ADVERTISEMENT", "Harbour Tyres: winter sets fitted while you wait, https://harbourtyres.example/winter", True),
    # copy after a stray label does not close on an address, or reports
    ("ADVERTISEMENT", "The council said the harbour budget would hold until May.", False),
    ("ADVERTISEMENT", "Details are at the council's site, the mayor said. council.example", False),
])
def test_an_advertisements_own_line_under_its_label(label, under, removed):
    cleaned = clean(_item(Block(text="The council voted on Tuesday to keep the harbour budget as it stands."),
                          Block(text=label), Block(text=under),
                          Block(text="The plan takes effect in May, officials said.")))
    assert (under not in [b.text for b in cleaned.item.blocks]) is removed


@pytest.mark.parametrize("html, removed", [
    # a feed's footer linking to the item's own address, in any language, among the last two blocks
    ('Disfala stori <a href="https://aukinius.example/2025/03/final/">Auki Eagles winim</a> hem fes kamap long '
     '<a href="https://aukinius.example/">Auki Nius Online</a>.', True),
    # a link to another page of the site is copy's
    ('Disfala stori <a href="https://aukinius.example/2025/02/semi/">Auki Eagles winim semifinal</a> hem fes kamap.',
     False),
])
def test_a_feeds_footer_linking_the_item_itself(html, removed):
    text = re.sub(r"<[^>]+>", "", html)
    item = _item(Block(text="Auki Eagles winim Malu'u United 2-1 long final blong Malaita Premia Lig long Sarere."),
                 Block(text="Kapten blong olketa, John Maesuia, hem se olketa plei gud tumas.", ),
                 Block(text=text, html=html))
    item.extra["link"] = "https://aukinius.example/2025/03/final"
    cleaned = clean(item)
    assert ((text, "structure:syndication-footer") in [(r.text, r.rule) for r in cleaned.removed]) is removed


def test_an_ad_label_or_a_related_link_among_a_live_pages_entries_goes():
    entries = ["A manifestación remata na praza do Obradoiro coa lectura dun manifesto.", "Publicidade",
               "Milleiros de persoas enchen a Alameda de Santiago, segundo os convocantes.",
               "Le tamén: Que supón a nova lei de ratios para as escolas rurais?",
               "Primeiros datos da Consellaría: o seguimento é do 31% en primaria."]
    cleaned = clean(_item(Block(kind=LIST, items=entries)))
    assert [(r.text, r.item) for r in cleaned.removed] == [("Publicidade", 1), (entries[3], 3)]
    assert cleaned.item.blocks[0].items == [entries[0], entries[2], entries[4]]


def test_a_pasted_newsletters_links_to_its_own_site_are_its_prompts():
    """The web view's address over the headline names the sender's site (as a mail's sender line does): a paragraph
    ending with a link there, and a list whose every item does (the issue's other stories), are the sender's."""
    paragraphs = ["GOROKA — Ol meri bilong ol sios long Goroka i statim wanpela skul bilong ritim na raitim.",
                  "Klostu 90 mama i kam long namba wan wik, ol i tok.",
                  "Salim dispela nius leta i go long ol wantok bilong yu: https://plestok.example/salim"]
    other = Block(kind=LIST, text="OL NARAPELA NIUS LONG DISPELA WIK:",
                  items=["Ol yangpela i klinim wara long Asaro — https://plestok.example/asaro-wara",
                         "Kopi prais i go antap long Eastern Highlands — https://plestok.example/kopi-prais"])
    item = _item(*[Block(text=text) for text in paragraphs], other)
    item.extra["preamble"] = ["PLES TOK MEDIA", "Lukim dispela nius leta long web: https://plestok.example/niusleta/38"]
    cleaned = clean(item)
    assert [b.text for b in cleaned.item.blocks] == paragraphs[:2]
    assert {r.rule for r in cleaned.removed} == {"structure:sender-link"}
    item.extra["preamble"] = ["PLES TOK MEDIA"]  # no web view: no sender's site to know the links by
    assert [b.text for b in clean(item).item.blocks][:2] == paragraphs[:2] and len(clean(item).item.blocks) == 4


def test_a_fact_box_list_after_a_story_line_is_kept():
    item = _item(
        Block(kind=LIST, text="Quick Look: Rubio-Lavrov Diplomacy", items=["Location: Kuala Lumpur", "Key Topic: Ukraine war"]),
        Block(text="Read more: Other story"),  # a "Read more: ..." line itself goes, but opens no section
        Block(kind=LIST, items=["A list of real story points, each a sentence. It continues here.", "Second point."]),
    )
    cleaned = clean(item)
    assert [r.text for r in cleaned.removed] == ["Read more: Other story"]
    assert [b.kind for b in cleaned.item.blocks] == [LIST, LIST]


def test_a_share_bar_set_as_a_list_goes_whole():
    """Its label and its buttons an item each: no item alone says so, the list as one line does."""
    bar = ["Compartí esta nota", "WhatsApp", "Facebook", "Copiar link"]
    item = _item(Block(text="El equipo cordobés se quedó con el clásico del interior ante 38 mil personas."),
                 Block(kind=LIST, items=bar),
                 Block(kind=LIST, items=["WhatsApp de la Municipalidad: 351 555 0101", "Facebook: Muni Córdoba",
                                         "Oficina de prensa: lunes a viernes"]))
    cleaned = clean(item)
    assert [(r.text, r.rule) for r in cleaned.removed] == [(text, "structure:share-bar") for text in bar]
    assert cleaned.item.blocks[-1].kind == LIST  # the story's own contact list stays


def test_list_items_are_removed_one_by_one_and_an_emptied_list_takes_its_title():
    item = _item(Block(kind=LIST, text="Share this:", items=["Twitter", "Facebook"]))
    cleaned = clean(item)
    assert [(r.text, r.item) for r in cleaned.removed] == [("Twitter", 0), ("Facebook", 1), ("Share this:", -1)]
    assert cleaned.item.blocks == []


def test_parser_marked_furniture_is_removed_and_recorded():
    item = _item(Block(text="Story."), Block(text="Sign up now", furniture="html:newsletter"))
    cleaned = clean(item)
    assert [(r.text, r.rule, r.block) for r in cleaned.removed] == [("Sign up now", "html:newsletter", 1)]


def test_a_nag_taken_for_the_subheadline_is_removed_and_recorded():
    item = ParsedItem(format="text", headline="County adopts flood maps", subheadline="Share | Email | Print", blocks=[Block(text="Story.")])
    cleaned = clean(item)
    assert cleaned.item.subheadline == ""
    assert cleaned.removed[0].as_dict() == {"text": "Share | Email | Print", "rule": "library:share-prompt", "block": -1, "item": None}


def test_editor_phrase_rule_matches_whole_line_only():
    rule = compile_rule("rule:7", "Sponsored by Acme Tools", is_regex=False, rule_id=7)
    assert rule.matches_line("SPONSORED BY ACME TOOLS »")
    assert not rule.matches_line("The event was sponsored by Acme Tools and the city.")
    cleaned = clean(_item(Block(text="Sponsored by Acme Tools.")), SHIPPED + (rule,))
    assert cleaned.removed[0].rule == "rule:7"


def test_editor_regex_is_time_bounded_and_a_timeout_is_flagged_not_fatal():
    rule = compile_rule("rule:9", r"(a|aa)+$|(x+x+)+y", is_regex=True, rule_id=9)
    evil = "x" * 5000
    started = time.monotonic()
    cleaned = clean(_item(Block(text=evil), Block(text="Story line.")), (rule,))
    assert time.monotonic() - started < 2
    assert [b.text for b in cleaned.item.blocks] == [evil, "Story line."]
    assert any("took too long" in flag["reason"] for flag in cleaned.flagged)


@pytest.mark.parametrize(
    "text,html,flagged",
    [
        ("Please enable cookies for the video player to work on this site today", "", True),
        ("Menu", "", True),
        ("Five things to do this weekend", '<a href="/x">Five things to do this weekend</a>', True),
        ("Lorem ipsum dolor sit amet.", "", True),
        ("Get our free newsletter", "", True),
        ("More than 80 people signed up to comment during the public hearing.", "", False),
        ("The council voted 7-2 on Tuesday to add protected bike lanes downtown.", "", False),
        ("“Yes.”", "", False),
    ],
)
def test_web_corpus_heuristics_only_flag(text, html, flagged):
    """The web-corpus heuristics flag and never delete (the boilerplate model, tested in test_scoring, may)."""
    reason = line_flag(text, html)
    assert bool(reason) is flagged
    cleaned = clean(_item(Block(text=text, html=html)), rules=())
    assert [b.text for b in cleaned.item.blocks] == [text]  # never deleted
    assert bool(cleaned.flagged) is flagged


def test_headings_are_cleaned_like_paragraphs():
    cleaned = clean(_item(Block(kind=HEADING, text="Most Popular"), Block(kind=PARAGRAPH, text="Story.")))
    assert [r.text for r in cleaned.removed] == ["Most Popular"]


@pytest.mark.parametrize("heading, rule", [
    ("Partilhar", "structure:interface-label"),  # a share button a parser read as a short section label
    ("Escuchar nota", "structure:player-label"),
    ("READ IN APP", "structure:channel-prompt"),  # a newsletter's button set as a short line
    ("Kommentare", "structure:comments-heading"),  # the comment section's heading
    ("Share prices", None),  # a subhead names no platform
    ("Public comments on the plan", None),  # a subhead about comments is no comment section
    ("What happens next", None),
])
def test_a_control_set_as_a_heading_is_removed_and_a_subhead_stays(heading, rule):
    story = "The council approved the harbor budget on Tuesday after a long debate, officials said."
    cleaned = clean(_item(Block(kind=HEADING, text=heading), Block(kind=PARAGRAPH, text=story)))
    assert {r.text: r.rule for r in cleaned.removed}.get(heading) == rule
    assert (heading in [b.text for b in cleaned.item.blocks]) is (rule is None)


# --- properties: the cleaner only ever takes whole lines out --------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LINES = st.one_of(
    st.sampled_from([b[0] for b in BOILERPLATE] + STORY_LINES),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12))
def test_clean_partitions_lines_and_never_edits_kept_text(lines):
    item = _item(*[Block(text=line) for line in lines])
    cleaned = clean(item)
    kept = [(b.origin, b.text) for b in cleaned.item.blocks]
    gone = [(r.block, r.text) for r in cleaned.removed]
    assert sorted(kept + gone) == sorted(enumerate(lines))  # every line either kept verbatim or recorded
    assert [origin for origin, _ in kept] == sorted(origin for origin, _ in kept)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_normalize_line_is_idempotent(text):
    assert normalize_line(normalize_line(text)) == normalize_line(text)


@pytest.mark.parametrize("junk", ["https://x.example/a " * 3000, "share | " * 3000, "» " * 5000, "click here to " * 3000])
def test_pathological_lines_are_cheap(junk):
    started = time.monotonic()
    clean(_item(Block(text=junk), Block(kind=LIST, items=[junk])))
    normalize_line(junk)
    assert time.monotonic() - started < 1.0


def test_an_invalid_editor_regex_matches_nothing_instead_of_failing_the_delivery(caplog):
    rule = compile_rule("rule:3", "(unclosed", is_regex=True, rule_id=3)
    cleaned = clean(_item(Block(text="(unclosed"), Block(text="Advertisement")), SHIPPED + (rule,))
    assert [r.rule for r in cleaned.removed] == ["library:advertisement"]
    assert "not a valid regular expression" in caplog.text


TRAILING_SECTIONS = [
    # blocks after the story, what is removed
    pytest.param(
        ["Read more:", "Airport expansion wins final approval", "Cruise bookings set a record"],
        ["Read more:", "Airport expansion wins final approval", "Cruise bookings set a record"],
        id="unmarked headline lines to the end go with the opener",
    ),
    pytest.param(
        ["Related stories", "Dock strike ends", "Share this article"],
        ["Related stories", "Dock strike ends", "Share this article"],
        id="boilerplate after the headlines does not stop the run",
    ),
    pytest.param(
        ["Related coverage", "Lawyers for the state said the law gives parents a voice."],
        ["Related coverage"],
        id="a story sentence after the opener stays",
    ),
    pytest.param(
        ["Read more:", "Dock strike ends", "The union said it would widen the strike next week."],
        ["Read more:", "Dock strike ends"],
        id="a read-more opener takes the headline lines under it, and the copy after them stays",
    ),
]


@pytest.mark.parametrize("tail, removed", TRAILING_SECTIONS)
def test_plain_text_link_section_takes_trailing_headline_lines(tail, removed):
    story = "The operator said it would add a late-night run on weekends."
    cleaned = clean(_item(*[Block(text=text) for text in [story, *tail]]))
    assert [r.text for r in cleaned.removed] == removed
    assert [b.text for b in cleaned.item.blocks] == [story] + [t for t in tail if t not in removed]


def test_a_list_opener_takes_the_plain_headline_lines_after_it_even_mid_story():
    lines = [
        "COLUMBUS, Ohio (AP) — School districts are preparing layoffs after lawmakers adjourned.",
        "RELATED COVERAGE",
        "Ohio lawmakers delay vote on school voucher expansion",
        "Teachers union sues over new state reading test",
        "“We can’t budget on hope,” the superintendent said.",
        "Read more:",
        "What the funding formula means for your district",
        "Legislative leaders said they expected to return to the issue in September.",
    ]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(kind=PARAGRAPH, text=line) for line in lines]))
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        ("RELATED COVERAGE", "library:related-links"),
        ("Ohio lawmakers delay vote on school voucher expansion", "library:related-links:block"),
        ("Teachers union sues over new state reading test", "library:related-links:block"),
        ("Read more:", "library:related-links"),
        ("What the funding formula means for your district", "library:related-links:block"),
    ]
    assert [b.text for b in cleaned.item.blocks] == [lines[0], lines[4], lines[7]]


def test_a_link_section_opener_taken_for_the_subheadline_takes_the_headlines_that_open_the_body():
    item = ParsedItem(format="text", subheadline="Most Read from Bloomberg", blocks=[
        Block(text="Wall Street’s Hottest Trade Is Unraveling as Bond Yields Climb"),
        Block(text="Why Copper Traders Are Suddenly Watching Chile’s Weather"),
        Block(text="(Bloomberg) -- Nordvolt Grid AG shares jumped the most in almost three years."),
    ])
    cleaned = clean(item)
    assert cleaned.item.subheadline == ""
    assert [(r.text, r.block) for r in cleaned.removed] == [
        ("Most Read from Bloomberg", -1),
        ("Wall Street’s Hottest Trade Is Unraveling as Bond Yields Climb", 0),
        ("Why Copper Traders Are Suddenly Watching Chile’s Weather", 1),
    ]
    assert [b.text for b in cleaned.item.blocks] == [item.blocks[2].text]


@pytest.mark.parametrize("line, removed", [
    ("You've reached your limit of free articles. Subscribe now.", True),  # every sentence a nag
    ("Advertisement. Subscribe now.", True),
    ("The council voted 7-2. Subscribe now.", False),  # a story sentence keeps the whole line
    ("Subscribe now. The council voted 7-2.", False),
])
def test_a_line_of_several_nags_is_removed_only_when_every_sentence_is_one(line, removed):
    assert (match_line(line, SHIPPED) is not None) is removed


_BRIDGE_STORY = [
    "The harbor bridge reopened on Tuesday after six weeks of repairs, city officials said in a statement.",
    "Traffic was light on the first morning, and commuters said the detour had added twenty minutes each way.",
    "The council will vote next month on a plan to widen the bridge's pedestrian lanes, the mayor said.",
]


def _flagged_between(before: str, doubted: str, after: str | None):
    tail = [before, doubted] + ([after] if after else [])
    return clean(ParsedItem(format="text", headline="Harbor bridge reopens", blocks=[Block(text=t) for t in _BRIDGE_STORY + tail]))


@pytest.mark.parametrize("before, doubted, after, taken", [
    # a doubted prompt between two removed lines, or between a removed line and the item's end, goes with them
    ("Share this article", "Hear more on The Crossing, our weekly transportation show, wherever you listen.", "Advertisement", True),
    ("Share this article", "Hear more on The Crossing, our weekly transportation show, wherever you listen.", None, True),
    # beside copy it stays, flagged for the editor
    ("The bridge first opened in 1962, the city said.", "Hear more on The Crossing, our weekly transportation show, wherever you listen.", None, False),
    # reported speech between removals stays: copy quoting a prompt
    ("Share this article", "“Hear more on our weekly podcast, wherever you get your podcasts,” the mayor said.", "Advertisement", False),
])
def test_a_doubted_line_among_removed_boilerplate_goes_with_it(before, doubted, after, taken):
    cleaned = _flagged_between(before, doubted, after)
    rules = {piece.text: piece.rule for piece in cleaned.removed}
    assert (rules.get(doubted) == "scored:among-boilerplate") is taken
    assert (doubted in [b.text for b in cleaned.item.blocks]) is not taken


def _doubted_under_story(publisher: str, doubted: str):
    story = [*_BRIDGE_STORY, "The bridge first opened in 1962 and carries about 40,000 vehicles a day, according to the city.",
             doubted]  # under the story, where a page's prompts stand
    return clean(ParsedItem(format="text", headline="Harbor bridge reopens", publisher=publisher,
                            blocks=[Block(text=t) for t in story]))


@pytest.mark.parametrize("publisher, doubted, taken", [
    # the outlet publishing the story promoting itself, with or without its article
    ("The Harbour Ledger", "Hear more on the Harbour Ledger podcast, wherever you get your podcasts.", True),
    ("Warta Nusantara", "Hear more on the Warta Nusantara podcast, wherever you get your podcasts.", True),
    # another outlet, a word of the name only, a name too short to be sure of: flagged, kept
    ("The Harbour Ledger", "Hear more on The Crossing, our weekly transportation show, wherever you listen.", False),
    ("The Harbour Ledger", "Hear more on the Ledger podcast, wherever you get your podcasts.", False),
    ("Post", "Hear more on the Post podcast, wherever you get your podcasts.", False),
    # copy that names the outlet in reported speech stays
    ("The Harbour Ledger", "“Hear more on the Harbour Ledger podcast, wherever you get your podcasts,” the mayor said.", False),
    # an issuer's line to call, naming itself: practical information
    ("Karoo Basin Water Board", "You can follow updates on the Karoo Basin Water Board Facebook page or call our 24-hour "
                                "line on 023 555 0100.", False),
])
def test_a_doubted_line_naming_the_stories_own_outlet_goes(publisher, doubted, taken):
    cleaned = _doubted_under_story(publisher, doubted)
    rules = {piece.text: piece.rule for piece in cleaned.removed}
    assert (rules.get(doubted) == "scored:names-own-outlet") is taken
    kept = [b.text for b in cleaned.item.blocks]
    assert (doubted in kept) is not taken
    if not taken and doubted in kept and not doubted.startswith("“"):
        assert doubted in [f["text"] for f in cleaned.flagged]  # still shown to the editor


def test_the_quick_tests_before_the_link_and_end_marker_patterns_hide_no_match():
    """match_line tries `_LINK_ONLY` only on a line with a colon and `_END_MARKER` only on one beginning with one of a
    few marks: what the prefilter derives from each pattern says every whole-line match has them."""
    from ingest.clean import engine, prefilter

    end_first = prefilter.requirement(engine._END_MARKER.pattern).first_chars
    assert end_first and end_first <= {c.lower() for c in engine._END_MARKER_FIRST}
    assert all(c.upper() in engine._END_MARKER_FIRST for c in end_first)  # the pattern ignores case
    import re
    from re import _constants, _parser

    top_level = list(_parser.parse(engine._LINK_ONLY.pattern, re.IGNORECASE))  # a sequence every match runs through
    assert (_constants.LITERAL, ord(":")) in top_level


@pytest.mark.parametrize("publisher, line, taken", [
    # the outlet asking to be followed on a network or app store, in any language, inflected or not
    ("Báo Sông Hậu", "Theo dõi Báo Sông Hậu trên Google News", True),
    ("Baranyai Napló", "Ne maradjon le semmiről! Kövesse a Baranyai Naplót a Facebookon is!", True),
    ("Ege Postası", "Haberin devamı için Ege Postası'nı Google News'te takip edin.", True),
    # the outlet's handle, or an agency's name with a case ending, beside the network: the agency promoting itself
    ("", "Síguenos en Instagram y TikTok (@travesiasdelsur) para descubrir más escapadas.", True),
    ("", "AZƏRTAC-ın xəbərlərini Telegram kanalımızda izləyin", True),
    ("Нишке вести", "Пратите „Нишке вести“ на Инстаграму и Фејсбуку", True),
    # a network named with nothing of the outlet's: copy about an app ("App" is no APP, the Pakistani agency)
    ("", "Appen finns att ladda ner gratis i App Store och Google Play.", False),
    # copy naming the outlet and a network: a figure, reported speech, a long sentence, or another outlet
    ("The Harbour Ledger", "Its Facebook page went quiet after the Harbour Ledger asked about the closure in 2023.", False),
    ("The Harbour Ledger", "“Follow the Harbour Ledger on WhatsApp,” the mayor joked at the opening.", False),
    ("The Harbour Ledger", "Follow the Coastal Courier on WhatsApp", False),
    ("The Harbour Ledger", "The council, which the Harbour Ledger asked about its Facebook posts last week, said it "
                           "would review how residents are told about closures on the bridge.", False),
])
def test_a_line_naming_the_outlet_and_a_network_is_a_follow_prompt(publisher, line, taken):
    cleaned = _doubted_under_story(publisher, line)
    rules = {piece.text: piece.rule for piece in cleaned.removed}
    if taken:  # the model may have doubted it first: either way the outlet promoting itself
        assert rules.get(line) in ("structure:follow-prompt", "structure:channel-prompt", "scored:names-own-outlet")
        assert line not in [b.text for b in cleaned.item.blocks]
    else:
        assert rules.get(line) not in ("structure:follow-prompt", "scored:names-own-outlet")


@pytest.mark.parametrize("publisher, line, taken", [
    # the outlet asking the reader to write to its own address (its name run together in the domain), in any language
    ("Fjellbygdas Avis", "Har du tips til en sak? Send oss en e-post på tips@fjellbygdasavis.no eller ring 32 05 50 00.", True),
    ("The Harbour Ledger", "Got a story idea? Email us at newsdesk@harbourledger.com.", True),
    # an address that is not the outlet's, or reported, or a long paragraph: copy
    ("The Harbour Ledger", "Residents can send comments to planning@harbourcouncil.gov until Dec. 12.", False),
    ("The Harbour Ledger", "“Email us at news@harbourledger.com,” the editor told the meeting.", False),
])
def test_a_line_giving_the_outlets_own_address_to_the_reader(publisher, line, taken):
    cleaned = _doubted_under_story(publisher, line)
    rules = {piece.text: piece.rule for piece in cleaned.removed}
    if taken:  # the model may have scored it out first: either way removed and recorded
        assert rules.get(line)
        assert line not in [b.text for b in cleaned.item.blocks]
    else:
        assert line in [b.text for b in cleaned.item.blocks]


@pytest.mark.parametrize("closing, taken", [
    # a page's furniture speaking to the reader, closing the item
    ("Wil je meer lezen? Maak een gratis account aan.", True),
    # copy that closes on practical information in the third person, and a labelled sign-off: copy
    ("Written comments can be submitted through the city’s website until Dec. 12.", False),
    ("Edição: Valéria Aguiar", False),
    # a line to call: the issuer's practical information, though it speaks to the reader
    ("You can follow updates on the Harbour Board Facebook page or call our 24-hour line on 023 555 0100.", False),
])
def test_a_doubted_line_closing_the_item(closing, taken):
    story = [*_BRIDGE_STORY, "The bridge first opened in 1962 and carries about 40,000 vehicles a day, according to the city.",
             closing, "© 2025 Harbour Wire. All rights reserved."]  # a rule's furniture in the tail: a page's end
    cleaned = clean(ParsedItem(format="text", headline="Harbor bridge reopens", blocks=[Block(text=t) for t in story]))
    rules = {piece.text: piece.rule for piece in cleaned.removed}
    assert (rules.get(closing) == "scored:closing-the-item") is taken
    assert (closing in [b.text for b in cleaned.item.blocks]) is not taken


def test_a_doubted_line_closing_a_plain_body_stays_flagged():
    """Without furniture a rule named after the story, a doubted last line is the body's own ("Get started ... here.")."""
    cleaned = _doubted_under_story("", "Wil je meer lezen? Maak een gratis account aan.")
    assert "Wil je meer lezen? Maak een gratis account aan." in [b.text for b in cleaned.item.blocks]


def test_a_normalized_line_is_split_into_sentences_as_the_whitespace_pattern_splits_it():
    """`_SENTENCES` reads a normalized line, whose whitespace is single spaces: there it splits as the pattern written
    for any whitespace does."""
    import re

    from ingest.clean import engine

    from .test_cases import BLIND_CASES, CORPUS_CASES

    any_whitespace = re.compile(r"(?<=[.!?])\s+|\s+[·•]\s+")
    lines = [line for path, _ in CORPUS_CASES + BLIND_CASES if path.suffix == ".txt"
             for line in path.read_text(errors="replace").splitlines()]
    lines += ["Subscribe now.\u00a0 Read more!\tShare · Tweet •  Email", "a. · b", "a .b? c!  d", "x \u3000· y", "end."]
    split = 0
    for line in lines:
        normalized = normalize_line(line)
        assert "  " not in normalized and not any(c.isspace() and c != " " for c in normalized)
        parts = engine._SENTENCES.split(normalized, maxsplit=engine._MAX_CHAINED)
        assert parts == any_whitespace.split(normalized, maxsplit=engine._MAX_CHAINED), line
        split += len(parts) > 1
    assert split > 100


_DECORATION_ALPHABET = "abehiklnoprstwdx .,:/()<>»›→|\u0131\u017f\u212a\u0130-"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_DECORATION_ALPHABET, max_size=40),
       st.sampled_from(["", " (link)", " (here)", " opens in a new tab", ", opens new window", " (opens in a new window)",
                        " https://x.y/z", " <http://a.b>", " www.example.com", " »", " |", "(l\u0131nk)", " new w\u0131ndow",
                        " http\u017f://a", " \u212a"]))
def test_the_decoration_check_lets_every_line_the_pattern_strips_through(text, ending):
    """`_may_end_in_decoration` is only a shortcut: wherever `_TRAILING_DECORATION` finds something at the end of a
    (lower-cased, collapsed) tail, the check says it may."""
    from ingest.clean import engine

    tail = " ".join((text + ending).lower().split())[-engine._TAIL:]
    if engine._TRAILING_DECORATION.search(tail):
        assert engine._may_end_in_decoration(tail), tail


def test_the_decoration_check_lets_every_corpus_tail_the_pattern_strips_through():
    from ingest.clean import engine

    from .test_cases import BLIND_CASES, CORPUS_CASES

    lines = [line for path, _ in CORPUS_CASES + BLIND_CASES if path.suffix == ".txt"
             for line in path.read_text(errors="replace").splitlines()]
    found = 0
    for line in lines:
        text = " ".join(line.split()).lower()
        for cut in range(min(len(text), 30)):  # the line and what stripping its end leaves
            tail = text[:len(text) - cut][-engine._TAIL:]
            if engine._TRAILING_DECORATION.search(tail):
                found += 1
                assert engine._may_end_in_decoration(tail), tail
    assert found > 100


def test_a_related_label_alone_takes_the_headline_lines_closing_a_paste():
    item = _item(
        Block(text="The utility will extend the network to 3,000 homes by March, its director said."),
        Block(text="Komentar"),
        Block(text="BERITA TERKAIT"),
        Block(text="Tarif Air PDAM Surabaya Tidak Naik hingga 2026"),
        Block(text="Pipa Bocor di Jalan Raya Darmo, Aliran Air ke 3.000 Pelanggan Terganggu"),
    )
    cleaned = clean(item)
    assert [b.text for b in cleaned.item.blocks] == [
        "The utility will extend the network to 3,000 homes by March, its director said."]
    assert [(r.text, r.rule) for r in cleaned.removed][-3:] == [
        ("BERITA TERKAIT", "structure:related-heading"),
        ("Tarif Air PDAM Surabaya Tidak Naik hingga 2026", "structure:related-heading:block"),
        ("Pipa Bocor di Jalan Raya Darmo, Aliran Air ke 3.000 Pelanggan Terganggu", "structure:related-heading:block"),
    ]



def test_a_pasted_pages_survey_and_consent_notice_take_their_buttons_with_them():
    story = "وتأتي الخدمة ضمن خطة شرطة دبي للتحول الرقمي، التي تهدف إلى إنجاز 90 في المائة من الخدمات دون مراجعة."
    tail = ["هل كانت هذه الصفحة مفيدة؟", "نعم", "لا",
            "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. بمواصلة التصفح، فإنك توافق على سياسة الخصوصية.",
            "موافق"]
    cleaned = clean(_item(Block(text=story), Block(text=story + " " + story), *[Block(text=line) for line in tail]))
    assert [b.text for b in cleaned.item.blocks] == [story, story + " " + story]
    assert [r.rule for r in cleaned.removed] == [
        "structure:page-survey-question", "structure:page-survey-question:block", "structure:page-survey-question:block",
        "structure:consent-notice", "structure:consent-notice:block"]


@pytest.mark.parametrize("notice, doubted, taken", [
    # a widget's button under the line a rule named
    ("Je leest dit artikel gratis. Nog 2 gratis artikels deze maand. Word abonnee en lees onbeperkt voor 1 euro de "
     "eerste maand.", "Abonneer nu", True),
    ("Share this article", "Copy to clipboard", True),
    ("Comments (14)", "Sort by: Newest", True),  # a label, but an order to the reader
    # a sign-off or source label beside a notice is the copy's, and so are a contact line and a sentence
    ("Share this article", "Edição: Valéria Aguiar", False),
    ("Share this article", "Källa: Naturvårdsverket", False),
    ("Share this article", "Media contact: Tomás Herrera, press@lumenfield.example", False),
    ("Share this article", "The council meets again on Monday.", False),
])
def test_a_short_doubted_line_beside_a_rules_removal_is_its_widgets(notice, doubted, taken):
    # in a page: the story, the notice a rule removed, the line the model doubted, then the story again
    blocks = [Block(text=t, origin=i) for i, t in enumerate([*_BRIDGE_STORY[:2], notice, doubted, _BRIDGE_STORY[2]])]
    kept = [blocks[0], blocks[1], blocks[3], blocks[4]]
    removed = [Removal(text=notice, rule="library:share-prompt", block=2)]
    flagged = [{"text": doubted, "reason": "scored 0.58 as boilerplate (after_story)", "block": 3, "item": None}]
    kept, flagged = _doubt_beside_furniture(kept, removed, flagged)
    assert (doubted not in [b.text for b in kept]) is taken
    assert [piece.rule for piece in removed] == ["library:share-prompt"] + (["scored:beside-furniture"] if taken else [])
    assert bool(flagged) is not taken
    # copy on both sides: nothing beside a rule's removal
    alone = _doubt_beside_furniture([blocks[0], blocks[3]], [], [dict(flagged[0]) if flagged else {
        "text": doubted, "reason": "scored 0.58 as boilerplate", "block": 3, "item": None}])
    assert doubted in [b.text for b in alone[0]]


def test_an_agencys_notes_to_the_desk_go_to_the_items_end():
    """dpa's "Notizblock" after the story: its links, places and contacts are for the desk, not the reader."""
    from ingest.clean.engine import SHIPPED, clean
    from ingest.items import Block, ParsedItem
    story = ["Leipzig (dpa) - Der SC Lindenau 04 hat sich für die Rückrunde verstärkt, teilte der Club mit.",
             "Der 23-Jährige unterschreibt einen Vertrag bis Juni 2031, sagte Sportdirektor Henrik Wolters.",
             "Lindenau hatte im Sommer seinen besten Torschützen verkauft und trifft seither kaum noch."]
    notes = ["# Notizblock", "## Internet", "- [Mitteilung SC Lindenau 04](https://www.sclindenau.example/news)",
             "Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt", "## Ansprechpartner",
             "- Sportredaktion, sport@dpa-redaktion.example"]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*story, *notes]]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == story
    assert [r.text for r in cleaned.removed if r.rule == "structure:desk-notes"] == notes


def test_a_subhead_naming_notes_is_no_desks_block():
    from ingest.clean.engine import SHIPPED, clean
    from ingest.items import Block, ParsedItem
    lines = ["The council approved the harbor budget on Tuesday after a four-hour debate, the clerk said.",
             "Council member Ray Stone said the plan would fix the north pier before summer.",
             "The vote was 5-2.", "Notes from the meeting",
             "Residents asked about parking on Front Street during the works, and the clerk promised a survey."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in lines]), SHIPPED)
    assert lines[-1] in [b.text for b in cleaned.item.blocks]


@pytest.mark.parametrize("back_matter", [
    ["Media contact:", "Tegan Rowe, Media and Communications, Coral Coast University",
     "About Coral Coast University",
     "Coral Coast University is a public research university with campuses in Cairns, Townsville and Mackay."],
    ["A KDFSZ-ről", "A Kereskedelmi Dolgozók Független Szakszervezete 1991 óta képviseli a dolgozók érdekeit.",
     "Sajtókapcsolat:", "Bodnár Réka kommunikációs vezető"],
    ["Nánari upplýsingar veitir:", "Sigrún Ólafsdóttir, sveitarstjóri"],
    # "about" after the name: Uzbek, Turkish
    ["Kompaniya haqida", "«ToshData» 2017-yilda tashkil etilgan bo'lib, yetakchi xususiy provayderlardan biri hisoblanadi."],
    ["Şirket hakkında", "Anadolu Veri 2015 yılında kurulmuş bir veri merkezi işletmecisidir."],
])
def test_a_releases_back_matter_after_its_end_mark_goes_to_the_items_end(back_matter):
    """After "ENDS", the issuer's "About" paragraph and its press contacts are the issuer's, not the story; the notes
    to editors before them stay (several rounds' writers keep their background paragraphs as story)."""
    story = ["The university's study found that pool fences failed inspection in one home in five, the researchers said.",
             "The findings were published in the journal Injury Prevention on Tuesday."]
    notes = ["Notes to editors", "The study covered 1,200 homes in three cities between 2024 and 2026."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*story, "ENDS", *notes, *back_matter]]),
                    SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == [*story, *notes]
    assert [r.text for r in cleaned.removed if r.rule == "structure:back-matter"] == back_matter


def test_an_about_line_without_an_end_mark_is_the_storys():
    lines = ["The council approved the harbor budget on Tuesday after a four-hour debate, the clerk said.",
             "About the new pier",
             "The pier will be 120 metres long and open in 2028, the harbour master said."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in lines]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == lines


@pytest.mark.parametrize("about", [
    "About the Sierra Foothills Fire Cooperative: The Cooperative is a partnership of landowners and volunteer fire "
    "companies working to reduce wildfire risk in the central Sierra foothills.",
    "About the Twin Buttes Land Office",
])
def test_a_releases_about_paragraph_closing_it_opens_its_back_matter_without_an_end_mark(about):
    """The issuer's "About" closing the release, nothing but contacts and its end mark after it: the issuer's back
    matter, to the item's end, though it stands before the "###"."""
    story = ["Crews finished a nine-mile fuel break east of Tuolumne a year early, the cooperative said on Tuesday.",
             "The work was paid for with $3.1 million in state and federal grants, and crews will return every three years."]
    tail = [about, "Media contact: Communications office, press@sierrafoothillsfire.example", "###"]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*story, *tail]]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == story
    assert [r.text for r in cleaned.removed if r.rule == "structure:back-matter"] == tail


def test_an_about_line_followed_by_copy_or_a_figure_opens_nothing():
    story = ["Crews finished a nine-mile fuel break east of Tuolumne a year early, the cooperative said on Tuesday.",
             "The work was paid for with $3.1 million in state and federal grants, and crews will return every three years."]
    for tail in (["About 21,000 people live inside the break's protection area."],
                 ["About the break", "The break runs along the ridge from the river to the highway, the crews said."]):
        cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*story, *tail]]), SHIPPED)
        assert [b.text for b in cleaned.item.blocks] == [*story, *tail]


def test_a_share_bar_read_into_the_second_headlines_slot_is_removed():
    item = ParsedItem(format="text", headline="Վանաձորում կվերանորոգեն 12 շենքերի տանիքներ",
                      subheadline="Կիսվել՝ Facebook | Telegram | X",
                      blocks=[Block(text="Վանաձորի համայնքապետարանը այս տարի կվերանորոգի 12 շենքերի տանիքներ:")])
    cleaned = clean(item, SHIPPED)
    assert cleaned.item.subheadline == ""
    assert [(r.text, r.rule) for r in cleaned.removed] == [("Կիսվել՝ Facebook | Telegram | X", "structure:share-bar")]


def test_a_rights_notice_above_a_newsletter_prompt_still_stands_at_the_storys_end():
    """The prompt under the notice reads as a sentence, so the story's span ran to it and the notice stood inside the
    story, where a notice counts only in brackets. The prompt is boilerplate: the notice closes the story."""
    story = ["Скопје, 3 јуни (БДА) – Германската група „Норденбит“ ќе ја преземе скопската компанија „Кодлајн“, објавија денеска двете компании.",
             "Преземањето треба да го одобри Комисијата за заштита на конкуренцијата, а се очекува да биде завршено до септември."]
    notice = "Содржината е преземена од Балканска деловна агенција (БДА). Секое натамошно преземање без писмена дозвола е забрането."
    prompt = "Претплатете се на неделниот билтен на ИТ Пазар и добивајте ги најважните деловни вести секој понеделник."
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*story, notice, prompt]]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == story
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        (notice, "structure:rights-notice"), (prompt, "structure:newsletter-prompt")]


@pytest.mark.parametrize("mark, removed", [
    # one word in capitals between dashes, after the copy: the end, in a language no list holds
    ("-- MŨTHIA --", True),  # Kikuyu
    ("-FELA-", True),  # Setswana
    # a press office's mark in any case and up to four words, between hyphens or dashes (rounds 123, 127, 128, 130, 136)
    ("-- fin --", True),
    ("— ends —", True),
    ("— close of release —", True),
    ("— انتهى البلاغ —", True),
    ("-- FIN DE L’EXPORTACION --", True),
    ("— FIN —", True),
    # a page follows, not the end; and a figure between dashes is a page number
    ("- more -", False),
    ("— 2 —", False),
])
def test_a_dashed_word_after_the_copy_is_its_end_mark(mark, removed):
    cleaned = clean(_item(Block(text="The council voted on Tuesday to keep the harbour budget as it stands."),
                          Block(text="The plan takes effect in May, officials said on Wednesday afternoon."),
                          Block(text=mark)))
    assert [(r.text, r.rule) for r in cleaned.removed] == ([(mark, "library:end-marker")] if removed else [])


def test_a_labelled_line_right_after_a_releases_end_mark_opens_its_back_matter():
    """Round 130's release: "— close of release —", then the gallery's About, its press contact and the list's
    unsubscribe note, none in a listed wording. The labelled line right after the mark opens the back matter, which
    runs to the item's end."""
    story = ["More than 200 households from Fishguard and Goodwick have spent eighteen months stitching a quilt.",
             "The quilt will be shown free of charge, Tuesday to Sunday, until the end of September this year."]
    after = ["About the gallery: Wdig Boathouse Gallery is a volunteer-run space on the old slipway.",
             "Press enquiries: Gwenllian Rees-Pryce, press@wdigboathouse.example",
             "You are on this list because you asked for arts news. To stop receiving releases, reply with STOP."]
    cleaned = clean(_item(*[Block(text=t) for t in [*story, "— close of release —", *after]]))
    assert [b.text for b in cleaned.item.blocks] == story
    assert [(r.text, r.rule) for r in cleaned.removed] == [("— close of release —", "library:end-marker")] + [
        (text, "structure:back-matter") for text in after]


def test_the_copy_after_an_advertisement_between_dashes_stays():
    """Round 86's newsletter: "— ADVERTISEMENT —" between the copy's paragraphs and its advertiser's labelled line
    under it. The story goes on after it, so neither opens the back matter."""
    story = ["SWANSEA — A green hydrogen plant planned for the old coal wharves has secured £48 million from lenders.",
             "Tawe Hydrogen Ltd said the money would pay for a 35-megawatt electrolyser powered by offshore wind.",
             "“This is the first time money has followed the talk,” said the company's chief executive on Thursday.",
             "JOBS AND WATER",
             "The company says the plant will employ 60 people once running and up to 300 during construction.",
             "Campaigners said they were worried about how much water the electrolyser would draw from the river."]
    advert = ["— ADVERTISEMENT —", "Gower Heat Pumps: free surveys for SA1 homes this spring. gowerheat.example"]
    cleaned = clean(_item(*[Block(text=t) for t in [*story[:2], *advert, *story[2:]]]))
    assert [b.text for b in cleaned.item.blocks][-4:] == story[2:]


@pytest.mark.parametrize("mark", [
    "- Exemptions for news -",  # AFP's subhead (round 17)
    "--- Infobox ---",  # a CMS export's section (round 35), three hyphens
    "– Nya regler för hamnen –",  # a subhead between dashes, four words
])
def test_a_dashed_line_with_copy_after_it_stays(mark):
    """Between the copy's paragraphs, a line between dashes is a subhead or a section's mark, not the end: it stays,
    and a labelled line further on is copy, not back matter."""
    story = ["The council voted on Tuesday to keep the harbour budget as it stands this year.",
             "The plan takes effect in May, officials said on Wednesday afternoon at the hall.",
             mark,
             "The fund's chair said the members would meet again in June to decide on the price of heat.",
             "Mayor Jana Novak: We will not raise the price of heat this winter, whatever the fund decides."]
    cleaned = clean(_item(*[Block(text=t) for t in story]))
    assert [b.text for b in cleaned.item.blocks] == story
    assert cleaned.removed == []


def test_a_cms_exports_dashed_body_mark_over_the_copy_is_no_end_mark():
    cleaned = clean(_item(Block(text="Headline: Council keeps the harbour budget"), Block(text="--- BODY ---"),
                          Block(text="The council voted on Tuesday to keep the harbour budget as it stands.")))
    assert "--- BODY ---" not in [r.text for r in cleaned.removed]


def test_the_copys_source_between_removed_lines_stays():
    """A doubted line between removals goes with them, but not the copy's source, a label and an agency the lists
    know ("Kaynak: Anadolu Ajansı" between a live note and the comment section), which writers keep as copy wherever
    it stands. (The fixture is round 16's Turkish CMS paste.)"""
    from pathlib import Path

    from ingest.parse import parse
    raw = (Path(__file__).resolve().parent.parent / "fixtures" / "text" / "source-line-among-comment-lines.txt").read_bytes()
    cleaned = clean(parse(raw, "text/plain")[1][0])
    kept = [b.text for b in cleaned.item.blocks]
    assert "Kaynak: Anadolu Ajansı" in kept and "Haber güncelleniyor..." not in kept
    assert "Yorum yapabilmek için üye girişi yapmalısınız." not in " ".join(kept)


def test_the_agencys_notice_on_its_materials_after_the_story_goes():
    cleaned = clean(_item(Block(text="МАГАС (ГХА) – Магасе лоаман кIошташка дукха ло диллар, аьлла синоптикаша."),
                          Block(text="Некъаш цIанъе белхалой балха бовлаяб."),
                          Block(text="ГХА материалаш бакъо йоацаш кхыдола меттиге дIаязде мегаш дац.")))
    assert [(r.text, r.rule) for r in cleaned.removed] == [
        ("ГХА материалаш бакъо йоацаш кхыдола меттиге дIаязде мегаш дац.", "structure:rights-notice")]


_AGENCY_STORY = [
    "KIRAMA (KBP) – Ombak besar merusak dermaga kayu di Kirama pada Selasa malam, kata petugas pelabuhan setempat.",
    "Perahu nelayan dipindahkan ke muara sungai sampai cuaca membaik, kata kepala desa Yohanes Sabon.",
]


@pytest.mark.parametrize("credit, closing, removed", [
    # the credited agency's notice about its copy, in any language: named, nothing else by name, no figure
    ("Kantor Berita Pesisir", "Kabar ini ni Kantor Berita Pesisir. Ca' wana ma'kopi wo ma'sebar tanpa ijin.", True),
    ("", "Sangamberi hak ka Kantor Berita Pesisir (KBP). Tak bela ipasiboi tak tubut ijin.", True),  # its code only
    ("Moana Press", "Ko te tala tenei e puipuia e Moana Press. E hē mafai ke toe lomia e aunoa ma te maliega.", True),
    # its code alone in its capitals, the one the credit spells out
    ("Moravská tisková agentura", "Zpráva je určena výhradně odběratelům MTA. Další šíření nebo přepis bez písemného "
                                  "svolení agentury není dovolen.", True),
    # copy naming the agency: with people or figures, reporting what it was told, or a bare sign-off
    ("Reuters", "Economists polled by Reuters had expected the bank to hold rates.", False),
    ("Kantor Berita Pesisir", "Economists polled by Kantor Berita Pesisir had expected the bank to hold rates.", False),
    ("Antara", "Perusahaan itu tidak menanggapi permintaan komentar dari Antara hingga Rabu malam.", False),  # one word
    ("NTB", "Energidepartementet opplyser til NTB at regjeringen følger situasjonen nøye, men at det ikke er aktuelt.", False),
    ("Associated Press", "Associated Press writer Maya Thornton in Savannah contributed to this report.", False),
    ("Bernama", "-- BERNAMA", False),
    ("MTI", "A cikk az MTI anyagának felhasználásával készült.", False),
    ("AP", "The map will be used in next year's elections, officials said on a call with reporters.", False),
])
def test_the_credited_agencys_notice_closing_the_item_goes(credit, closing, removed):
    item = ParsedItem(format="text", credit=credit, blocks=[Block(text=text) for text in [*_AGENCY_STORY, closing]])
    cleaned = clean(item)
    notices = [piece.text for piece in cleaned.removed if piece.rule == "structure:agency-notice"]
    assert notices == ([closing] if removed else [])
    assert (closing in [block.text for block in cleaned.item.blocks]) is not removed


@pytest.mark.parametrize("credit, closing", [
    # the agency named in full by its code's letters, the code beside it; a sign-off's code under the notice
    ("FHN", "FORMOSA HIGHLANDS NEWSWIRE: o'a ma'tano'u tposu ho ma'tohtohungu. Mo ci'ei ta FHN ho yupena'o."),
    ("ӇТА", "Ӈәнә Таймыр Агентство. Бәсы ӈуо копирование нягыӈ, ссылка ӈәмсы тәнде."),
])
def test_the_agencys_notice_naming_it_in_full_for_its_code_goes(credit, closing):
    item = ParsedItem(format="text", credit=credit,
                      blocks=[Block(text=text) for text in [*_AGENCY_STORY, closing, "(fhn-vt/pp)"]])
    assert [piece.text for piece in clean(item).removed if piece.rule == "structure:agency-notice"] == [closing]


def test_words_that_spell_the_code_only_from_inside_them_name_no_agency():
    closing = "Тываның малчыннар эвилелиниң медээзи-биле алырга, декабрь айда эът өртээ база өзер магадылалдыг."
    item = ParsedItem(format="text", credit="ТМА", blocks=[Block(text=text) for text in [*_AGENCY_STORY, closing]])
    assert closing in [block.text for block in clean(item).item.blocks]


def test_the_agencys_notice_goes_only_as_the_items_last_paragraph():
    item = ParsedItem(format="text", credit="Moana Press", blocks=[Block(text=text) for text in [
        _AGENCY_STORY[0], "Ko te tala tenei e puipuia e Moana Press. E hē mafai ke toe lomia e aunoa ma te maliega.",
        _AGENCY_STORY[1]]])
    assert not [piece for piece in clean(item).removed if piece.rule == "structure:agency-notice"]


def test_a_comment_gate_set_as_a_list_item_goes():
    """Drupal sets its gate under the comments as a list of links ("Inicie sesión o regístrese para publicar
    comentarios", round 140): an item of its own, removed, where a story's list would keep a prompt-like item."""
    story = [Block(text="El acuerdo entrará en vigor el 1 de julio, una vez publicado en la Gaceta Municipal."),
             Block(text="La regidora anunció que su grupo presentará un recurso ante el Tribunal el próximo lunes.")]
    gate = "Inicie sesión o regístrese para publicar comentarios"
    cleaned = clean(_item(*story, Block(kind=LIST, items=[gate])))
    assert [b.text for b in cleaned.item.blocks] == [b.text for b in story]
    assert [(r.text, r.rule) for r in cleaned.removed] == [(gate, "structure:comment-gate")]
