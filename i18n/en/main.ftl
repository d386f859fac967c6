# Interface texts of the English site. Every key here must also exist in i18n/nl/main.ftl.

language-name = English
skip-to-content = Skip to content
nav-label = Main menu
language-switch-label = Language
home = Home
breadcrumb-label = Breadcrumb
topics = Topics
topics-intro = All topics on this site, with the number of articles for each.
topic-title = Topic: { $name }
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
published = Published { $date }
updated = updated { $date }
reviewed = Content reviewed on { $date }
reviewed-by = Content reviewed by { $name } on { $date }
draft-banner = Draft: this article is not published yet. You see it because the site was built with --drafts.
written-by = By { $names }
reading-time = { $minutes ->
    [one] { $minutes } minute read
   *[other] { $minutes } minute read
}
toc-title = In this article
recent-articles = Latest articles
sections-title = Sections
no-articles = There are no articles here yet.
not-translated = This page has not been translated; this link goes to the home page in that language
not-found-title = Page not found
not-found-text = This page does not exist (any more). It may have moved.
go-home = Go to the English home page
root-redirect = You are being taken to the Dutch site.
feed-label = Subscribe via Atom feed
disclaimer = This site offers general information. It does not replace personal advice from your doctor, pharmacist or dietitian.

# Callouts in articles (GitHub alert syntax: > [!TIP]).
alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution

# Written by kennis into article HTML.
footnotes = Footnotes
footnote-ref = Footnote
footnote-back = Back to the text of footnote

# Citations and the reference list at the end of an article.
sources = Sources
citation-ref = Source
citation-back = Back to the text at source
source-accessed = Accessed
source-et-al = et al.
source-conflicts = Conflicts of interest
evidence-level-a = Level of evidence A: guideline or advice of an authority
evidence-level-b = Level of evidence B: systematic review or meta-analysis
evidence-level-c = Level of evidence C: trial or cohort study in people
evidence-level-d = Level of evidence D: narrative review, opinion, animal or laboratory work, or commercial source
evidence-level-unknown = Level of evidence unknown
# Shown at a health claim without a source when site.toml says [claims] uncited = "warn".
source-needed = source needed
source-needed-title = No source has been given for this statement yet.
heading-anchor = Direct link to this heading
table-scroll = Table (scroll sideways for more columns)

# Dates: "13 November 2025".
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Comparison tables, the FAQ page and the sources page.
comparisons = Comparisons
comparisons-intro = Tables that set nutrients, supplement forms and advice side by side. Every row names the sources it rests on.
comparison-in-articles = This table appears in
faq = Frequently asked questions
faq-nav = Questions
faq-intro = Every question from our articles on one page, grouped by article. Each answer links to the sources in its article.
faq-read-article = Read the article
faq-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
sources-page = Sources
sources-intro = Every publication this site refers to, with the pages that cite it.
source-cited-by = Cited in
sources-by-level = Sources by level of evidence
home-explore = Explore
home-comparisons-text = Compare supplement forms, deficiencies and daily needs in clear tables.
home-faq-text = Short answers to the questions readers ask most, with sources.
home-sources-text = All the research and official advice the articles rest on.

# Search: the box in every page's header and the search page. The search page's script fills
# in { $query } and { $count } itself, so those are written as placeholders here.
search = Search
search-label = Search the articles
search-button = Search
search-intro = Search for a word or a few words. Other forms of a word count too: “sleeping” also finds “sleep”.
search-loading = Loading the search index…
search-prompt = Type one or more words to search.
search-none = No articles found for “{ $query }”.
search-results-one = { $count } article found for “{ $query }”.
search-results-other = { $count } articles found for “{ $query }”.
search-more = More results
search-error = The search index could not be loaded. Please try again later.
search-noscript = Search needs JavaScript, which is turned off in your browser.
search-noscript-link = Browse every article by topic
