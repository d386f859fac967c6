# Interface texts of the Dutch site. Every key here must also exist in i18n/en/main.ftl.

language-name = Nederlands
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
language-switch-label = Taal
home = Start
breadcrumb-label = Kruimelpad
topics = Onderwerpen
topics-intro = Alle onderwerpen op deze site, met het aantal artikelen per onderwerp.
topic-title = Onderwerp: { $name }
article-count = { $count ->
    [one] { $count } artikel
   *[other] { $count } artikelen
}
published = Gepubliceerd op { $date }
updated = bijgewerkt op { $date }
reviewed = Inhoudelijk gecontroleerd op { $date }
reviewed-by = Inhoudelijk gecontroleerd door { $name } op { $date }
draft-banner = Concept: dit artikel is nog niet gepubliceerd. Je ziet het omdat de site met --drafts is gebouwd.
written-by = Door { $names }
reading-time = { $minutes ->
    [one] { $minutes } minuut lezen
   *[other] { $minutes } minuten lezen
}
toc-title = In dit artikel
recent-articles = Nieuwste artikelen
sections-title = Rubrieken
no-articles = Hier staan nog geen artikelen.
not-translated = Deze pagina is niet vertaald; deze link gaat naar de startpagina in die taal
not-found-title = Pagina niet gevonden
not-found-text = Deze pagina bestaat niet (meer). Misschien is ze verplaatst.
go-home = Naar de Nederlandse startpagina
root-redirect = Je wordt doorgestuurd naar de Nederlandse site.
feed-label = Abonneren via Atom-feed
disclaimer = Deze site geeft algemene informatie. Ze vervangt geen persoonlijk advies van je huisarts, apotheker of diëtist.

# Callouts in articles (GitHub alert syntax: > [!TIP]).
alert-note = Opmerking
alert-tip = Tip
alert-important = Belangrijk
alert-warning = Let op
alert-caution = Voorzichtig

# Written by kennis into article HTML.
footnotes = Voetnoten
footnote-ref = Voetnoot
footnote-back = Terug naar de tekst bij voetnoot

# Citations and the reference list at the end of an article.
sources = Bronnen
citation-ref = Bron
citation-back = Terug naar de tekst bij bron
source-accessed = Geraadpleegd op
source-et-al = e.a.
source-conflicts = Belangen
evidence-level-a = Bewijsniveau A: richtlijn of advies van een gezaghebbende instantie
evidence-level-b = Bewijsniveau B: systematische review of meta-analyse
evidence-level-c = Bewijsniveau C: trial of cohortonderzoek bij mensen
evidence-level-d = Bewijsniveau D: verhalend overzicht, mening, dier- of laboratoriumonderzoek of commerciële bron
evidence-level-unknown = Bewijsniveau onbekend
# Shown at a health claim without a source when site.toml says [claims] uncited = "warn".
source-needed = bron nodig
source-needed-title = Voor deze bewering is nog geen bron opgegeven.
heading-anchor = Directe link naar dit kopje
table-scroll = Tabel (schuif opzij voor meer kolommen)

# Dates: "13 november 2025".
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

# Comparison tables, the FAQ page and the sources page.
comparisons = Vergelijkingen
comparisons-intro = Tabellen die voedingsstoffen, vormen en adviezen naast elkaar zetten. Elke rij noemt de bronnen waarop ze steunt.
comparison-in-articles = Deze tabel staat in
faq = Veelgestelde vragen
faq-nav = Vragen
faq-intro = Alle vragen uit onze artikelen op één pagina, per artikel. Elk antwoord verwijst naar de bronnen in het artikel.
faq-read-article = Lees het artikel
faq-question-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
sources-page = Bronnen
sources-intro = Elke publicatie waarnaar deze site verwijst, met de pagina's die haar aanhalen.
source-cited-by = Aangehaald in
sources-by-level = Bronnen per bewijsniveau
home-explore = Verder lezen
home-comparisons-text = Zet vormen, tekorten en dagelijkse behoeften naast elkaar in overzichtelijke tabellen.
home-faq-text = Korte antwoorden op de vragen die lezers het vaakst stellen, met bronnen.
home-sources-text = Alle wetenschappelijke publicaties en adviezen waarop de artikelen steunen.

# Search: the box in every page's header and the search page. The search page's script fills
# in { $query } and { $count } itself, so those are written as placeholders here.
search = Zoeken
search-label = Zoek in de artikelen
search-button = Zoek
search-intro = Zoek op een woord of een paar woorden. Verbuigingen tellen mee: „slapen” vindt ook „slaap”.
search-loading = De zoekindex wordt geladen…
search-prompt = Typ een of meer woorden om te zoeken.
search-none = Geen artikelen gevonden voor „{ $query }”.
search-results-one = { $count } artikel gevonden voor „{ $query }”.
search-results-other = { $count } artikelen gevonden voor „{ $query }”.
search-more = Meer resultaten
search-error = De zoekindex kon niet worden geladen. Probeer het later opnieuw.
search-noscript = Zoeken werkt met JavaScript, dat in je browser uit staat.
search-noscript-link = Bekijk alle artikelen per onderwerp
