"""The shipped library of platform boilerplate.

Each rule matches a *whole line* (after `engine.normalize_line`), never a
fragment: a story sentence that merely mentions "comment" or "subscribe"
does not match, because the pattern must cover the line end to end.
Patterns are written against lower-cased text with whitespace collapsed,
outer punctuation, trailing arrows and trailing links already stripped.
Tails are deliberately narrow (no commas or clauses) so that a story line
that happens to start like a prompt ("Follow the money on Twitter, she
said") is never matched.

`SECTION_OPENERS` name the rules whose line introduces a block of links
("Related stories", "More from Reuters"): the list right after such a line
goes with it, as one block.
"""

from ingest.vocabulary import MONTHS
from ingest.vocabulary.words import FEED_FOOTER_OPENINGS, FEED_FOOTER_VERBS

_NETWORKS = r"(facebook|twitter|x|instagram|linkedin|threads|tiktok|youtube|whatsapp|telegram|bluesky|mastodon|google news|flipboard|reddit|pinterest|snapchat)"
_NETWORK_LIST = rf"{_NETWORKS}((,| and| &| or|,? and)? {_NETWORKS})*"
_LOGIN = r"(log ?in|sign ?in|register|sign up|subscribe|create (a|an|a free|your) account)"

# Broad calls to action open with this: no reported speech, no quotation (a story line quoting a nag keeps).
_NOT_REPORTED = r"(?![^\n]*\b(said|says|told|according to|reported|announced|added|urged|asked)\b)(?![^\n]*[\"“”])"
# A platform's footer that names the story it follows may quote its title ("Àkọsílẹ̀ “...” kọ́kọ́ jáde lórí ..."):
# no reported speech, quotation marks allowed.
_NOT_SAID = r"(?![^\n]*\b(said|says|told|according to|reported|announced|added|urged|asked)\b)"
_PRICE = r"( for (just|only|as little as)? ?[$€£]?\d+([.,]\d+)? ?(cents?|¢|p|dollars?|euros?|pounds?)?( (a|per|/) ?(day|week|month|year))?( for (your|the) first (week|month|year|\d+ (weeks|months)))?)?"
_OUTLET = r"([\w'’&.-]+ ){0,5}[\w'’&.-]+"

_MONTHS = MONTHS
_DATE = rf"{_MONTHS} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|\d{{1,2}} {_MONTHS},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
_TIME = r"\d{1,2}([:.]\d{2})? ?(a\.?m|p\.?m)?\.?( [a-z]{2,5})?"

SHIPPED_RULES: list[tuple[str, str]] = [
    # Comment and login prompts.
    ("comment-prompt", rf"((join|start) the (conversation|discussion)[:.]? )?(you must|you need to|please|you have to)? ?{_LOGIN}( or {_LOGIN})? (to|in order to) ((post|leave|add|write|view|read|see|join|make) )?(a |your |the )?(comments?|reply|replies|discussion|conversation)( here)?"),
    ("comment-prompt", r"(leave|post|add|write) a (comment|reply)( below| here)?( cancel reply)?|(\d+ )?(comments?|responses|replies)( \(?\d+\)?)?|(what are|share) your thoughts( below| in the comments)?\??|(view|show|load|read|see) (all )?(\d+ )?comments|no comments yet|no comments|be the first to comment( on this (article|story|post))?|join the (conversation|discussion)( below)?|comments (are|have been) closed( for this (article|story|post))?|(comments|discussion|conversation)s? (are )?powered by \w+|commenting (is|has been) (disabled|closed)( for this (article|story))?|comments have been (disabled|closed)( for this (article|story))?|(what do you think|tell us what you think)\?? (leave|share|post) (a|your) (comment|thoughts)( below)?"),
    ("comment-prompt", r"(you must|you need to|you have to|please) (be )?(logged in|signed in|registered|log ?in|sign ?in|a (registered )?(user|member|subscriber)) (to|in order to) (post|leave|add|write|view|read|see) (a |your |the )?(comments?|reply|replies)( here)?"),
    ("login-prompt", rf"{_LOGIN}( (/|\||or) {_LOGIN})*( here)?|already (a subscriber|registered|have an account)\?? ?({_LOGIN}( here)?)?|forgot (your )?password"),
    # Newsletters, subscriptions, paywalls.
    ("newsletter-nag", r"(sign up|subscribe|register) (for|to) (our|the|my) ([\w'’&-]+ ){0,6}(newsletters?|briefings?|digests?|emails?|updates|alerts|bulletins?)( (here|now|today|for free|for free here))?( to (get|receive) [\w\s'’-]{0,60})?|(sign up|subscribe) (to|for) [^.!?]{0,80}\bnewsletters?\b[^.!?]{0,80}|[^\n]{0,250}\bnewsletters?\b[^\n]{0,120}[.!]? (sign up|subscribe)( here| now| today)?|(get|receive) (our|the) ([\w'’&-]+ ){0,6}(newsletter|briefing|digest|headlines|news)( delivered)? (to|in) your inbox( (every|each) ([\w-]+ ){0,2}(morning|evening|day|week|weekday|afternoon))?( sign up( here| now)?)?|(newsletter|sign up for the newsletter|enter your email( address)?( to subscribe)?|your email address|thanks? (you )?for (signing up|subscribing))|by (signing up|subscribing),? you agree to (our|the) [\w\s'’&]{0,60}"),
    ("subscription-nag", r"(subscribe|subscribe now|subscribe today|become a (subscriber|member)|start (your|a) free trial)( to (continue reading|read more|keep reading|get full access|unlock (this|all) (article|story|stories|content)))?( for (just|only) ?[$€£]?\d+([.,]\d+)? ?[\w/ ]{0,20})?|this (article|story|content) is (only )?(available|for|reserved for) (to )?(our )?(subscribers|members|premium members)( only)?|to continue reading,? (please )?({_login}|become a subscriber)( or {_login})?( (here|now))?|you('ve| have) reached (your|the) (limit|maximum) of (free )?(articles|stories)( (this|per) month)?|you have \d+ free (articles?|stories) (left|remaining)( this month)?|support (our|independent|local|quality) journalism[.!]?( (today|now))?([.!]? (subscribe|donate)( (now|today))?)?|thanks for reading[\w\s'’!,-]{0,40}[.!]? subscribe (for free )?to receive new posts and support (my|our) work".replace("{_login}", _LOGIN)),
    # Share, follow, print.
    ("share-prompt", r"((please|kindly|do) )?(share|share this|share this (article|story|post|page)|share on " + _NETWORKS + r"|tweet|email|e-mail|print|print this (article|page|story)|copy link|link copied|like this|like loading|click to (share|email|print)( this| a link)?( (on|to) [\w ]{1,20})?|share via [\w ]{1,20}|copy article link|save|save (this )?(article|story)|gift (this )?(article|story)|bookmark|comment|facebook|twitter|x|linkedin|whatsapp|reddit)((\s*[|/·•,]\s*|\s)(share|facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|copy link|pinterest|flipboard|telegram|messenger|comment|save))*"),
    ("follow-prompt", _NOT_REPORTED + rf"follow (us|me|@[\w.]+|([\w'’.-]+ ){{0,4}}[\w'’.-]+) on {_NETWORK_LIST}( (for|to get|to see) [\w\s&'’-]{{1,60}})?( @[\w.]+)?|like us on facebook|follow (us|@[\w.]+)|connect with us( on {_NETWORK_LIST})?|(follow|read|see|find|get) (more of )?(ap['’]s|ap|our|reuters['’]?|the latest|all of (our|ap['’]s))( [\w'’-]+){{0,4}} coverage( of [\w\s'’,.-]{{1,80}}?)?( at| here| on [\w\s.'’]{{1,30}})?"),
    ("follow-prompt", rf"((tap|click|swipe|press) (here )?to )?follow ([\w'’.-]+ ){{0,4}}[\w'’.-]+ on {_NETWORK_LIST}:? ?(at|@[\w.]+)?|join (us on|our) ({_NETWORKS} )?(channel|group|community|{_NETWORKS})( (channel|group|community))?( (for|to get) [\w\s'’-]{{0,40}})?"),
    # A reporter's contact line: "Reach Jane Doe at jdoe@example.com", "Email: jdoe@example.com".
    ("contact-line", r"((reach|contact|email|e-mail|write to|you can reach|send tips to) ([\w'’.-]+ ){0,4}(at|via|on)|(email|e-mail|contact)( the (author|reporter|writer))?:?)? ?[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    # A syndication platform's note of where the copy first ran.
    ("syndication-note", r"this (story|article|post|piece|report) (was )?(originally|first) (appeared|published|ran|posted)( (on|in|by|at) [\w\s.'’&-]{1,60})?"),
    # Advertising and furniture placeholders.
    ("advertisement", r"advertisement( (- )?scroll to (continue|read more)( with content)?)?|advertising|adverti[sz]ement feature|sponsored( content| stories| links)?|promoted( stories| content| links)?|paid (content|post|partner content)|ad|ads by \w+|(story|article|content) continues below( this)?( (ad|advertisement|video|image))?|continue reading (below|the main story)|scroll to continue( with content)?|skip (advertisement|ad)|report (this )?ad"),
    ("page-furniture", r"skip to (main )?(content|navigation|main content)|listen to (this )?(article|story)( \d+ (min|mins|minutes)( \d+ (sec|secs|seconds))?)?|\d+ (min|minute) read|reading time:? \d+ (min|mins|minutes)|loading( video| comments)?|please enable javascript( to (view|watch) (the )?(comments|video|this content))?[\w\s.'’-]{0,60}|(this|your) browser does not support the (video|audio)( tag| element)?|back to top|top of page|report (an error|a typo|a correction)|send us a (news )?tip|(got|have) a (news )?tip\?? [\w\s.'’@:-]{0,60}|show (more|less)|load more( stories| articles)?|see more|open in app|(tags|filed under|categories|topics|posted in):( [\w\s,&'’./-]{1,200})?|(published|updated|posted|last updated|first published|last modified)( on| at)?:? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d)\S*( \S+){0,8}|(watch|video|listen)( now)?: [^.!?]{1,120}"),
    # A bare date or timestamp line under the byline: "March 3, 2025", "Tue 4 Mar 2025 10.15 GMT", "2025-03-04 10:15".
    ("page-furniture", r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(" + _DATE + r")(,? (at |-|—|–)?\s?" + _TIME + r")?|" + _TIME + r",? (" + _DATE + r")"),
    # Newsletter e-mail furniture, when copy is pasted out of an e-mail.
    ("email-furniture", r"view (this (email|e-mail|newsletter) )?(in|on) (your |a )?(web )?browser|(unsubscribe|manage (your )?(preferences|subscriptions?)|update (your )?preferences|forward (this (email|e-mail) )?to a friend)( (\||/|·) (unsubscribe|manage (your )?(preferences|subscriptions?)|update (your )?preferences|forward to a friend|view (it )?(in|on) (your )?browser))*|you('re| are) receiving this (email|e-mail|newsletter|message) because [\w\s,.'’&-]{0,160}|(was this|is this) (email|newsletter) forwarded to you\?? [\w\s.'’-]{0,60}"),
    # Related-link blocks: the line itself and, through SECTION_OPENERS, the list after it.
    ("related-links", r"(read more|read more here|read next|read the full (story|article)( here)?|related|related (stories|articles|coverage|content|news|topics|links|videos?|reading|posts|searches)|recommended( for you| stories| reading| articles| videos?)?|more (from|on|in|about) ([\w'’&.-]+ ){0,5}[\w'’&.-]+|more (stories|news|articles|headlines|coverage|videos?)( from [\w\s'’&.-]{1,40})?|see also|see more|you may also like|you might also like|you may (have missed|be interested in)|also read|also see|must read|trending( now| stories| videos?)?|popular( now| stories)?|(most (read|popular|viewed|shared)( stories| articles)?|top stories|trending)( (from|on|at) ([\w'’&.-]+ ){0,4}[\w'’&.-]+)?|latest (news|stories|headlines)|editors'? picks|around the web|from (our|the) partners|don'?t miss|recommended by \w+|what to read next|keep reading)(:( \S+){1,12})?"),
    # A standing notice an outlet sets under a kind of copy, whoever wrote it: an opinion page's disclaimer ("Opinions
    # expressed in columns are those of the author and do not necessarily reflect the views of ..."), a transcript's
    # ("This transcript was generated with speech recognition software ... Please check the audio before quoting").
    ("standing-notice", r"(the )?(views|opinions)( and opinions| and views)? expressed (in|by|here|on)[^\n]{0,150}\b(are (solely |entirely )?(those of|the author|the writer)|do not necessarily (reflect|represent))[^\n]{0,200}"),
    ("standing-notice", r"(this|the|our) (transcript|transcription)s? (was|were|is|are|has been|have been) (automatically |machine[- ]|computer[- ])?(generated|produced|created|transcribed)[^\n]{0,250}"),
    # Agency redistribution and copyright notices.
    ("redistribution-notice", r"(©|\(c\)|c\)|copyright ?©?) ?\d{4}\b[^\n]{0,300}|©[^\n]{1,300}"),
    ("redistribution-notice", _NOT_REPORTED + r"[^\n]{0,100}\ball rights reserved\b[^\n]{0,200}"),
    ("redistribution-notice", r"(this material|this (article|story|content)) may not be (published|reproduced),? broadcast,? rewritten,? (or|and) redistributed[\w\s.,'’&()-]{0,120}|(copyright|©|\(c\)|c\))( ©| \(c\))? ?\d{4}( ?- ?\d{4})?[\w.,&'’ -]{0,60}( all rights reserved([\w\s.,'’&()-]{0,160}))?|(©|\(c\)) ?[\w.,&'’ -]{1,60}( all rights reserved([\w\s.,'’&()-]{0,160}))?|[\w.,&'’ -]{0,60}all rights reserved|our standards: the thomson reuters trust principles|(republished|reproduced|distributed) (with|by) permission( of [\w\s.,&'’-]{1,60})?|distributed by [\w\s.&'’-]{1,40}( for [\w\s.&'’-]{1,40})?"),
    # Photo and video credit lines.
    ("photo-credit", r"(photo|photos|photograph|image|images|picture|pictures|video|file photo|photo illustration|illustration|graphic|foto|fotos|fotó|fotografía|fotografia|fotoğraf|bild|bilde|billede|kuva|zdjęcie|kép|gambar|imagen|imagem)( credit)?s?\s?[:/|]\s?[\w\s.,&'’()/-]{1,80}|(photo|image|video|photograph|illustration)s? (by|courtesy( of)?|via|credit) [\w\s.,&'’/-]{1,60}|(ap|reuters|afp|getty images|shutterstock|epa|efe|dpa|anadolu|xinhua|ansa|pa)( photo| images| pictures| video)?/[\w\s.,'’-]{1,60}( file)?|(ap|reuters|afp|epa|dpa)( photo| images| pictures)? ?/? ?(file|getty images)|[\w\s.'’-]{1,40} (for|via|/) getty images|(getty images|shutterstock|istock|alamy)( via [\w\s.'’-]{1,30})?|(image|photo|slide|picture) \d+ (of|/) \d+"),
    # A photo caption pasted into the copy, known by the photo credit that closes it: "FILE - ... (AP Photo/Jane Doe, File)".
    ("photo-credit", r"[^()]{10,400}\((((ap|afp|epa|reuters|dpa|upi|efe|ansa|xinhua|anadolu|pa|bloomberg|nasa) )?(photo|photograph|image|picture|foto)s?( by| via| courtesy( of)?)?|ap|afp|epa|reuters|dpa) ?[/:] ?[^()]{1,100}|[^()]{10,400}\(photo (by|via|courtesy( of)?) [^()]{1,100}"),
    # Cookie and privacy notices.
    ("cookie-notice", r"(this|our) (web)?site uses cookies[\w\s.,'’()-]{0,200}|we use cookies[\w\s.,'’()-]{0,200}|by (continuing to (use|browse)|using) (this|our) (web)?site,? you (agree|consent)[\w\s.,'’()-]{0,120}|(accept|reject|manage|allow) (all )?cookies|cookie (policy|settings|preferences|notice)|(manage )?privacy (policy|settings|preferences|choices)|do not sell (or share )?my personal information|terms (of (use|service)|and conditions)( and privacy policy)?|your privacy choices|ad ?choices"),
    # App-download prompts.
    ("app-prompt", r"(download|get|install) (the|our) (free )?(\w+ ){0,3}app( (now|today|for free|here|for (iphone|ipad|ios|android)|on (ios|android|iphone|the app store|google play)( (and|or) (ios|android|google play|the app store))?))*( for (breaking news|the latest|more|news|updates|alerts|free|exclusive)[\w\s&'’-]{0,60})?|((get|download) (the|our) (\w+ ){0,3}app:? )?(available|download it|get it) on the app store( (and|or|&) google play)?|get it on google play|read (it|this|more) (in|on) (the|our) app"),
    # The same furniture in the languages European agencies file in (French, Spanish, German, Italian, Portuguese).
    ("advertisement", r"publicit[ée]|publicidad|publicidade|anuncio|anúncio|anzeige|werbung|pubblicit[àa]|annonce|advertentie|reclame|la suite apr[èe]s (cette )?(publicit[ée]|annonce)|contin[úu]a (despu[ée]s de la publicidad|abajo)"),
    ("share-prompt", r"(partager|partagez|compartir|comparte|compártelo|compartilhar|compartilhe|teilen|condividi|delen|deel)( (cet|cette|este|esta|dieses|diesen|questo|questa|dit|deze|l['’])?\s?(article|artículo|noticia|nota|artikel|articolo|notizia|notícia|matéria|bericht))?( (sur|en|auf|su|no|op|via) " + _NETWORKS + r")?|(artikel|beitrag|bericht) teilen"),
    ("related-links", r"(([àa] )?lire aussi|voir aussi|sur le m[êe]me sujet|lee (tambi[ée]n|m[áa]s)|leer m[áa]s|te puede interesar|ver tambi[ée]n|noticias relacionadas|mehr zum thema|lesen sie auch|auch interessant|das k[öo]nnte sie auch interessieren|leggi anche|potrebbe interessarti|leia (tamb[ée]m|mais)|veja tamb[ée]m|saiba mais|lees ook|meer over( dit onderwerp)?)(\s?:( \S+){1,20})?"),
    # Newsletter, login-to-comment and rights lines in the languages European and Latin American agencies' clients use.
    ("newsletter-nag", r"(suscr[íi]bete|suscríbase|reg[íi]strate|abonnez-vous|inscrivez-vous|jetzt)? ?(a|à|al|zu|alla|à|para)? ?(nuestro|nuestra|notre|nos|unserem|unseren|alla|nostra|nossa|a nossa|onze)? ?(bolet[íi]n|newsletters?|nieuwsbrief)( (abonnieren|gratuita?|gratis|kostenlos))?|(iscriviti|assine|assina|schrijf je in|meld je aan|abonniere|abonnieren sie) (alla |a |a nossa |à nossa |voor onze |unseren |unsere )?(newsletter|nieuwsbrief)"),
    ("comment-prompt", r"(inicia sesión|inicie sesión|identif[íi]cate|reg[íi]strate|connectez-vous|identifiez-vous|inscrivez-vous|melden sie sich an|accedi|registrati|faça login|entre|inicia sessão|log in|meld je aan) (para|pour|um zu|per|om te) (comentar|commenter|kommentieren|commentare|reageren)|(los )?comentarios (est[áa]n )?cerrados|(les )?commentaires (sont )?fermés|kommentare sind (geschlossen|deaktiviert)|(i )?commenti sono chiusi|(os )?coment[áa]rios (est[ãa]o )?fechados|reageren is (niet meer mogelijk|gesloten)"),
    ("redistribution-notice", r"(todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden)([\w\s.,©'’&()-]{0,80})?"),

    # Calls to subscribe, join or give, in the many ways outlets word them ("Support local news: Become a
    # Gazette subscriber today.", "Local journalism matters. Subscribe to the Sentinel for 99 cents.").
    ("subscription-nag", _NOT_REPORTED + r"((support|fund|protect|keep) (local|independent|quality|our|nonprofit|public[- ]service) (news|journalism|reporting)|(local|independent|quality|good|nonprofit) (news|journalism|reporting) (matters|needs you|is worth (it|paying for)|depends on (you|readers)|isn'?t free))[.:!]? ?((become|be) an? " + _OUTLET + r" ?(subscriber|member|supporter|donor|patron)|subscribe( to " + _OUTLET + r")?|donate|give|join (us|today|now))?( today| now| here)?" + _PRICE),
    ("subscription-nag", _NOT_REPORTED + r"(become|be) an? (" + _OUTLET + r" )?(subscriber|member|supporter|patron|paid subscriber)( today| now| here)?" + _PRICE + r"( (and|to) (get|enjoy|unlock) [\w\s,'’&-]{1,60})?|subscribe (to|for) " + _OUTLET + r"( today| now)" + _PRICE + r"|(get|enjoy|unlock) (unlimited|full|premium) (digital )?access( to [\w\s'’&.-]{1,40})?" + _PRICE + r"|(subscribe|sign up) (now |today )?for (unlimited|full) (digital )?access" + _PRICE + r"|(already a (subscriber|member)\?? )?(log|sign) ?in to (continue|keep) reading|(this|the) (article|story|content) is (for|reserved for|exclusive to) (paid )?(subscribers|members)( only)?|(donate|give) (now|today|here)|(make a|your) (tax-deductible )?(donation|gift)( of any (size|amount))?( (today|now))?( to (support|sustain) [\w\s'’&.-]{1,60})?"),
    # Paywall meters and sign-in walls.
    ("subscription-nag", _NOT_REPORTED + r"you('ve| have) (reached|read|used) (your|all( of)? your|the) (limit of |\d+ )?(free|complimentary)? ?(articles?|stories|story|page ?views)( for| this| per)? ?(this |the )?(month|week)?|you have (\d+|one|two|three) (free )?(articles?|stories) (left|remaining)( this (month|week))?|subscribe (now )?(for|to get) unlimited access"),
    # "Join the conversation: commenting is available to subscribers only."
    ("comment-prompt", r"((join|start) the (conversation|discussion)[:.]? )?comment(ing|s)( on this (story|article|post))? (is|are) (available|open|limited|restricted|reserved)( only)? (to|for) ([\w'’-]+ ){0,2}(subscribers|members|users|readers|account holders)( only)?|comments (are|will be) (moderated|reviewed)[\w\s,'’-]{0,40}[.!]?( please (keep it civil|be respectful|be civil)| see our [\w\s]{1,30})?"),
    # Push and app prompts worded as a benefit first: "Get breaking news on your phone: download our free app".
    ("app-prompt", _NOT_REPORTED + r"[\w\s,&'’:.-]{0,100}\b(download|install|get) (the|our) (free )?(" + _OUTLET + r" )?app\b[\w\s,&'’:-]{0,80}(app store|google play|iphone|android|ios|for free|free)\b[\w\s,&'’-]{0,40}|" + _NOT_REPORTED + r"(get|turn on|enable|allow) (push |breaking news |news )?(notifications|alerts)( (on|for) [\w\s'’-]{1,40})?( (here|now|today))?"),
    # Galleries and embeds announced in the copy.
    ("photo-credit", r"(view|see|browse|watch|open|launch) (the |our |more |all )?(full )?(photo |image |picture )?(gallery|slideshow|photos|images|pictures)( \(?\d+ (photos|images|pictures)\)?)?"),
    # A caption credited to an agency after a slash, no parentheses: "FILE PHOTO: Pump jacks ... REUTERS/Jane Doe/File Photo".
    ("photo-credit", r"(file photo|file|photo|picture|pictured|image|photo illustration)s?( -|:) [^\n]{10,400}? (reuters|ap|afp|epa|epa-efe|getty images|bloomberg|xinhua|anadolu|pool)( photo)?/[\w\s.,'’-]{1,60}(/(file photo|file|pool|illustration|via reuters))*"),
    # Market-data and licensing furniture that follows wire copy on news sites.
    ("page-furniture", r"(all )?quotes (are )?delayed (by )?(a minimum of |at least |up to )?\d+ minutes|see here for a complete list of exchanges and delays|purchase licensing rights|(data|market data|quotes) (provided|powered) by [\w\s.,&'’-]{1,40}"),
    # Where the copy came from, on a republished or syndicated item.
    ("syndication-note", r"visit " + _OUTLET + r" (at|online at|on the web at)|view original content( to download multimedia)?|distributed by [\w\s.,&'’-]{1,60}|(this (story|article) )?(is|was) (republished|reprinted|shared) (from|with permission from|under a creative commons license from) [\w\s.,&'’-]{1,60}"),
    # Click/tap here lines.
    ("click-here", r"(click|tap) here( (to|for) [\w\s'’-]{0,80})?|(click|tap) (the link|on the link|below) (to|for) [\w\s'’-]{0,80}"),
    # An app prompt that ends on the platforms: "Download the free KOKW app for breaking news and weather alerts: iPhone | Android".
    ("app-prompt", _NOT_REPORTED + r"(download|get|install) (the|our) (free )?(" + _OUTLET + r" )?app\b[\w\s,&'’-]{0,80}:? (iphone|ipad|ios|android|apple|google play|app store)(\s?[|/,&]\s?(iphone|ipad|ios|android|apple|google play|app store)| (and|or) (iphone|ipad|ios|android|apple|google play|app store))*"),
    # A station's or site's sign-off: "For the latest news, weather, sports, and streaming video, head to KOKW News 5."
    ("syndication-note", _NOT_REPORTED + r"for (the )?(latest|more) (news|headlines|updates|coverage|stories)[\w\s,&'’-]{0,80},? (head|go|tune in|turn|stay tuned|visit|come back) to " + _OUTLET),
    # A magazine's or paper's note of where the piece runs: "This story appears in the Spring 2025 issue of Northwest Quarterly."
    ("syndication-note", r"this (story|article|piece|feature|essay) (also )?(appears|appeared|originally appeared|ran|will appear|is featured) in (the )?[\w\s'’,-]{0,40}\b(issue|edition) of " + _OUTLET),
    ("syndication-note", r"read the original (article|story|post|piece)( here| at [\w\s.'’-]{1,40})?"),
    # A blog platform's feed footer, as WordPress words it in each locale and Medium in English: "The post ... appeared
    # first on The Assiniboine Courier.", "O post ... apareceu primeiro em ...", "... was originally published in
    # Indus Current on Medium, where people are continuing the conversation by highlighting and responding to this story."
    ("syndication-note", _NOT_SAID + rf"({'|'.join(FEED_FOOTER_OPENINGS)}) .{{3,300}}? ({'|'.join(FEED_FOOTER_VERBS)}) [^\n]{{1,80}}"),
    ("syndication-note", r".{3,300}? was originally published in [^\n]{1,80}? on medium(,? where people are continuing the "
                         r"conversation by highlighting and responding to this story)?"),
    # An aggregator's note that it ran the agency's copy untouched: "(This story has not been edited by The Deccan
    # Ledger staff and is auto-generated from a syndicated feed.)", "Only the headline ... may have been reworked ...".
    ("syndication-note", r"(this|the) (story|article|report|copy|news) has not been edited by [\w\s.'’&-]{1,60}? (staff|team|desk) and is (auto-generated|published|generated) from an? (syndicated|agency|wire) (news )?feed|only the headline( and (the )?picture)? of this (report|story|article) may have been reworked by [\w\s.'’&-]{1,60}? staff;? the rest of the content is auto-generated from an? syndicated feed"),
    # An outlet introducing itself under the story: "The Great Lakes Ledger is a nonprofit newsroom covering energy and the environment."
    ("syndication-note", _NOT_REPORTED + _OUTLET + r" is an? ((independent|nonprofit|non-profit|nonpartisan|award-winning|reader-supported|member-supported|local|digital|statewide|regional)[,\s]+(and )?){1,3}(newsroom|news organization|news outlet|news site|news service|publication|media organization|journalism organization)\b[^\n]{0,200}"),
    # "Support independent, nonprofit journalism"
    ("subscription-nag", _NOT_REPORTED + r"(support|fund|power|sustain) ((our|this|the|local|independent|quality|nonprofit|non-profit|public[- ]service|fact-based|community|investigative|accountability)[,\s]+(and )?){1,3}(news|journalism|reporting|newsroom)( today| now| here)?"),
    # Aggregator furniture between paragraphs: "Story continues", "Continue reading", "Keep reading on The Berlin Courier".
    ("page-furniture", r"(story|article) continues( below)?|(continue|keep) reading( (on|at|in) " + _OUTLET + r")?|read (the )?(full|rest of the|whole) (story|article)( (on|at) " + _OUTLET + r")?|sign in to (view|read|see) more|view comments|in this (article|story)"),
    # Ticker chips a finance portal sets in the copy: "NEM +2.34%", "^AXJO +0.42%", "AUDUSD=X -0.31%".
    ("page-furniture", r"\^?[a-z0-9][a-z0-9.=^&-]{0,11} [+−-]\d+([.,]\d+)?%"),
    # A newspaper platform's region label between paragraphs (Postmedia sets "Article content" before each run of copy
    # around an ad; three rounds' Canadian pages), and a newsletter platform's row of reactions ("Like Comment
    # Restack", Substack's, in four rounds' forwarded posts).
    ("page-furniture", r"article content|like comment restack|like (\(https?://\S+\) )?comment (\(https?://\S+\) )?restack( \(https?://\S+\))?"),
    ("syndication-note", r"(originally|first) published (by|in|on|at) " + _OUTLET + r"( on " + _DATE + r")?"),
    # Affiliate and review disclaimers: "Our editors independently research and recommend products. We may earn a commission ..."
    ("affiliate-disclaimer", _NOT_REPORTED + r"(why (you can )?trust us|our editors independently (research|select|review|choose|test|pick)[^\n]{0,160}|we may (earn|receive|get) (a )?(small )?(commission|compensation|fee|share of (the )?(sales|revenue))[^\n]{0,160}|prices (were|are) accurate (as of|at) the time of (publishing|publication|writing)[^\n]{0,40}|(this (article|post|story) (contains|may contain|includes) affiliate links|as an amazon associate)[^\n]{0,160})"),
    # "Share this story on Facebook, X or LinkedIn."
    ("share-prompt", r"(share|post|tweet) (this|the|our) (story|article|post|page|video|report)( with your (friends|followers|network))?( (on|via|to|with) " + _NETWORK_LIST + r")?"),
    # A caption credited at its end after "Photo:": "A woman has her fingerprints scanned ... Photo: Simon Kariuki/AFP".
    ("photo-credit", r"[^\n]{10,400}[.!]? (photo|picture|image|photograph)s?( credit)?: [\w.'’ -]{2,40}/[\w.'’ -]{2,30}"),
    # An appeal that ends by asking the reader to give or join: "Our journalism is funded by readers like you — donate today."
    ("subscription-nag", _NOT_REPORTED + r"[\w\s,'’&]{0,160}\b(you|your|our|us|we)\b[\w\s,'’&]{0,80}( ?[—–:-] ?|[.!] )(please )?(donate|give|subscribe|join (us|today|now)|become an? (member|subscriber|supporter|donor|patron)|support (us|our work|our journalism|our reporting|this work)|chip in|make a (donation|gift))( (today|now|here))?" + _PRICE),
    # "Subscribe to Newslooks Daily for the stories that matter, delivered every morning."
    ("newsletter-nag", _NOT_REPORTED + r"(subscribe|sign up) (to|for) " + _OUTLET + r" (for|to get|to receive|and get) [\w\s,'’&-]{1,100}"),
    # "Get our pick of top stories and thought-provoking articles in your inbox"
    ("newsletter-nag", _NOT_REPORTED + r"((sign up|subscribe) (to|and) )?(get|receive|have) [\w\s,'’&-]{1,100}? (delivered )?(straight |directly |right )?(to|in|into) your inbox( [\w\s,'’&-]{0,60})?"),
    # Reuse terms of nonprofit newsrooms: "Republish this story for free under our Creative Commons license."
    ("syndication-note", r"republish (this|our) (story|article|stories|articles|work)[\w\s,'’&()-]{0,120}"),
    # A desk's source tag: "Source: CNA/nl(jo)", "Source: AFP/ec" (a plain "Source: Census Bureau" under a chart stays).
    ("syndication-note", r"source: [\w.&-]{2,20}(/[\w()]{1,12})+"),
    # A caption credited "(Photographer/AGENCY)" at its end: "Empty shop units on a high street (Owen Humphreys/PA)".
    ("photo-credit", r"[^()]{10,400}\([\w.'’ -]{2,40}/(pa|pa wire|pa media|ap|afp|epa|reuters|getty images|bloomberg|dpa|efe|ansa|xinhua|anadolu|pool|handout|file)\)?"),
]

SECTION_OPENERS = frozenset({"related-links"})
