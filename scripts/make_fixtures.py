#!/usr/bin/env python3
"""Build the HTML sample pages (tests/fixtures/pages/) from the seed pages (tests/fixtures/seeds/).

The seeds are the text of real pages of this web (copied from the project's shared seed set). Each
is rebuilt here as the HTML such a page has: its lines kept verbatim, placed in the regions the
page had (menus in <nav>, the article in <article>, "latest news" in an <aside>, a footer, a login
dialog), as LAYOUT says line by line. Tests check pagenorm's verdicts against those regions.

    python3 scripts/make_fixtures.py          # rewrite tests/fixtures/pages/
    python3 scripts/make_fixtures.py --check  # exit 1 if a page differs from what this builds
"""
import html
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "tests", "fixtures", "seeds")
PAGES = os.path.join(ROOT, "tests", "fixtures", "pages")

# seed file -> (output name, label, url, [(first line, region)]); a region runs to the next entry.
LAYOUT = {
    "000_3c0255cfacd7beed.txt": ("daryo-cis.html", "Daryo (uz): CIS urges unity - menus, tickers, login", "https://daryo.uz/en/2023/06/01/cis",
        [(1, "header"), (4, "nav"), (8, "langs"), (11, "nav"), (23, "ticker"), (26, "header"), (29, "ticker"),
         (46, "nav"), (62, "share"), (64, "nav"), (125, "header"), (129, "rubric"), (131, "title"),
         (133, "article"), (139, "caption"), (141, "article"), (159, "meta"), (160, "share"),
         (162, "comments"), (167, "skip"), (170, "related"), (191, "related"), (232, "footer"),
         (244, "nav"), (247, "login")]),
    "001_c0247befd635b4d7.txt": ("pozirk-lukasenka.html", "Pozirk (by): Lukasenka on NATO - related list", "https://pozirk.online/en/2023/12/14/nato",
        [(1, "title"), (3, "article"), (8, "related")]),
    "002_461cc9dabf9cf2e4.txt": ("telesur-kazakhstan.html", "teleSUR: Lukashenko on Kazakhstan - plain article", "https://www.telesurenglish.net/news/lukashenko",
        [(1, "title"), (3, "article"), (6, "caption"), (8, "article")]),
    "003_1551ff35b797e64f.txt": ("belarus-by-unity.html", "belarus.by: Lukashenko urges unity - site menus", "https://www.belarus.by/en/press-center/unity",
        [(1, "header"), (2, "nav"), (8, "breadcrumb"), (10, "rubric"), (12, "meta"), (14, "title"), (16, "skip"),
         (18, "article"), (26, "skip"), (28, "sidebar")]),
    "004_d6443154fc4fd715.txt": ("rusemb-lavrov.html", "Russian embassy (uk): Lavrov on CSTO - latest events", "https://www.rusemb.org.uk/fnapr/7197",
        [(1, "header"), (10, "ticker"), (12, "rubric"), (14, "meta"), (16, "title"), (18, "article"), (52, "skip"),
         (54, "source"), (59, "related"), (112, "nav")]),
}

BULLET = ("•", "- ")


def strip(line):
    t = line.strip().replace("\u00a0", " ").strip()
    for b in BULLET:
        if t.startswith(b):
            return t[len(b):].strip()
    return t


def esc(s):
    return html.escape(s, quote=False)


def render(region, lines):
    items = [strip(l) for l in lines if strip(l)]
    if not items or region == "skip":
        return ""
    link = lambda t: '<a href="#">%s</a>' % esc(t)
    if region == "header":
        return '<header class="site-header">\n%s\n</header>' % "\n".join("  <div>%s</div>" % link(t) for t in items)
    if region in ("nav", "langs"):
        cls = "lang-switcher" if region == "langs" else "main-menu"
        return '<nav class="%s"><ul>\n%s\n</ul></nav>' % (cls, "\n".join("  <li>%s</li>" % link(t) for t in items))
    if region == "breadcrumb":
        return '<div class="breadcrumbs">%s</div>' % " ".join(link(t) for t in items)
    if region == "ticker":
        return '<div class="ticker">\n%s\n</div>' % "\n".join('  <div class="rate">%s</div>' % esc(t) for t in items)
    if region == "share":
        return '<div class="share-buttons">%s</div>' % " ".join(link(t) for t in items)
    if region == "rubric":
        return '<div class="rubric">%s</div>' % link(items[0])
    if region == "title":
        return "<h1>%s</h1>" % esc(items[0])
    if region == "meta":
        return '<div class="article-meta"><time>%s</time></div>' % esc(" ".join(items))
    if region == "article":
        return "\n".join("<p>%s</p>" % esc(t) for t in items)
    if region == "caption":
        return "<figure><figcaption>%s</figcaption></figure>" % esc(" ".join(items))
    if region == "source":
        return '<p class="source">%s</p>' % link(items[0])
    if region == "comments":
        return '<section class="comments">\n%s\n</section>' % "\n".join("  <p>%s</p>" % esc(t) for t in items)
    if region == "login":
        return '<div class="login-modal">\n%s\n</div>' % "\n".join("  <p>%s</p>" % esc(t) for t in items)
    if region == "footer":
        return "<footer>\n%s\n</footer>" % "\n".join("  <p>%s</p>" % esc(t) for t in items)
    if region in ("related", "sidebar"):
        cls = "related-news" if region == "related" else "sidebar"
        head, rest = items[0], items[1:]
        out = []
        for t in rest:
            is_date = t[:1].isdigit() and len(t) < 40 or " | " in t and len(t) < 60
            if is_date:
                out.append('  <li class="date">%s</li>' % esc(t))
            else:
                out.append("  <li>%s</li>" % link(t))
        return '<aside class="%s"><h2>%s</h2><ul>\n%s\n</ul></aside>' % (cls, esc(head), "\n".join(out))
    raise SystemExit("unknown region " + region)


# Article 1 of the Universal Declaration of Human Rights, transcribed from the translations the UN
# Office of the High Commissioner for Human Rights publishes (ohchr.org, "UDHR translations"):
# the same sentence in the languages and scripts of this web, for the multilingual sample pages.
UDHR_1 = [
    ("en", "English", "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood."),
    ("ru", "Русский", "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены разумом и совестью и должны поступать в отношении друг друга в духе братства."),
    ("uz-Latn", "Oʻzbekcha", "Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar. Ular aql va vijdon sohibidirlar va bir-birlariga birodarlarcha muomala qilishlari zarur."),
    ("uz-Cyrl", "Ўзбекча", "Барча одамлар эркин, қадр-қиммат ва ҳуқуқларда тенг бўлиб туғиладилар. Улар ақл ва виждон соҳибидирлар ва бир-бирларига биродарларча муомала қилишлари зарур."),
    ("be", "Беларуская", "Усе людзі нараджаюцца свабоднымі і роўнымі ў сваёй годнасці і правах. Яны надзелены розумам і сумленнем і павінны ставіцца адзін да аднаго ў духу брацтва."),
    ("uk", "Українська", "Всі люди народжуються вільними і рівними у своїй гідності та правах. Вони наділені розумом і совістю і повинні діяти у відношенні один до одного в дусі братерства."),
    ("kk", "Қазақша", "Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді. Адамдарға ақыл-парасат, ар-ождан берілген, сондықтан олар бір-бірімен туыстық, бауырмалдық қарым-қатынас жасаулары тиіс."),
]


def build_udhr(langs, charset):
    nav = "\n".join('  <li><a href="#%s">%s</a></li>' % (code, esc(name)) for code, name, _ in langs)
    body = "\n".join(
        '<section lang="%s" id="%s">\n<h2>%s</h2>\n<p>%s</p>\n</section>' % (code, code, esc(name), esc(text))
        for code, name, text in langs
    )
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"%s\">\n"
        "<!-- Built by scripts/make_fixtures.py: UDHR Article 1 as published by OHCHR; generated, do not edit. -->\n"
        '<meta name="pagenorm-label" content="UDHR Article 1 in %d languages (%s)">\n'
        "<title>Universal Declaration of Human Rights, Article 1</title>\n</head>\n<body>\n"
        '<nav class="lang-menu"><ul>\n%s\n</ul></nav>\n<main>\n<h1>Universal Declaration of Human Rights, Article 1</h1>\n%s\n</main>\n'
        '<footer><p>Text: United Nations, OHCHR translations of the Universal Declaration of Human Rights.</p></footer>\n'
        "</body>\n</html>\n" % (charset, len(langs), charset, nav, body)
    )


ARTICLE_REGIONS = {"title", "meta", "article", "caption", "source"}


def build(seed, out_name, label, url, layout):
    with open(os.path.join(SEEDS, seed), encoding="utf-8") as f:
        lines = f.read().split("\n")
    parts = []
    in_article = False
    for k, (first, region) in enumerate(layout):
        last = layout[k + 1][0] - 1 if k + 1 < len(layout) else len(lines)
        chunk = render(region, lines[first - 1:last])
        if not chunk:
            continue
        if region in ARTICLE_REGIONS and not in_article:
            parts.append('<article class="article">')
            in_article = True
        elif region not in ARTICLE_REGIONS and in_article:
            parts.append("</article>")
            in_article = False
        parts.append(chunk)
    if in_article:
        parts.append("</article>")
    title = next(strip(lines[f - 1]) for f, r in layout if r == "title")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<!-- Built by scripts/make_fixtures.py from tests/fixtures/seeds/%s: generated, do not edit. -->\n"
        '<meta name="pagenorm-label" content="%s">\n'
        '<link rel="canonical" href="%s">\n'
        "<title>%s</title>\n</head>\n<body>\n%s\n</body>\n</html>\n"
        % (seed, esc(label), url, esc(title), "\n".join(parts))
    )


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for seed, (out_name, label, url, layout) in sorted(LAYOUT.items()):
        text = build(seed, out_name, label, url, layout)
        path = os.path.join(PAGES, out_name)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current == text:
            continue
        if check:
            stale.append(out_name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote", os.path.relpath(path, ROOT))
    # The multilingual page in UTF-8, and its Russian/Belarusian/Ukrainian/English part in
    # windows-1251 (the letters of uz-Cyrl and kk are not in windows-1251).
    extra = [
        ("udhr-article1.html", build_udhr(UDHR_1, "utf-8").encode("utf-8")),
        ("udhr-article1-cp1251.html", build_udhr([l for l in UDHR_1 if l[0] in ("en", "ru", "be", "uk")], "windows-1251").encode("cp1251")),
    ]
    for name, data in extra:
        path = os.path.join(PAGES, name)
        current = open(path, "rb").read() if os.path.exists(path) else None
        if current == data:
            continue
        if check:
            stale.append(name)
        else:
            with open(path, "wb") as f:
                f.write(data)
            print("wrote", os.path.relpath(path, ROOT))
    if stale:
        print("fixture pages differ from scripts/make_fixtures.py:", *stale)
        sys.exit(1)


if __name__ == "__main__":
    main()
