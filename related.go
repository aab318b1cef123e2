package article

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxRelated bounds the related links kept for one article, and
// maxBoxLinks the links taken from one related box.
const (
	maxRelated  = 100
	maxBoxLinks = 30
)

// promoLeads open an in-body promo line ("Related: ...", "READ MORE: ...")
// or label a related box. They are the labels publishers print over links
// to their other stories in each language the parser reads: "related",
// "read also", "see also", "more on", "you may also like" and their
// equivalents. A label seen on one site only is not listed, nor are
// "More from ..." and "More stories", which head the site's, a section's
// or an author's latest stories more often than the article's own.
var promoLeads = []string{
	// English
	"related", "read more", "read also", "see more", "also read", "see also", "more on", "more:",
	"read next", "read:", "recommended", "don't miss", "dont miss", "also on",
	"watch:", "further reading", "tags:", "tag:", "more like this", "more articles",
	"similar articles", "similar posts", "related posts", "you may also like", "you might also like",
	"you may also enjoy", "you might also enjoy", "explore further",
	// German
	"schon gelesen", "siehe auch", "empfehlungen", "weitere artikel", "weitere beiträge",
	"ähnliche artikel", "lesen sie auch", "lesen sie mehr", "auch interessant", "mehr zum thema",
	"weiterlesen", "mehr dazu", "zum thema", "mehr aus ", "das könnte sie auch interessieren",
	"das könnte dich auch interessieren", "das könnte ihnen auch gefallen",
	"das könnte dir auch gefallen", "könnte dir auch gefallen", "könnte ihnen auch gefallen",
	// French
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également", "à lire également",
	"sur le même sujet", "articles similaires",
	// Spanish
	"leer más", "lee también", "lea también", "te puede interesar", "ver también", "relacionad",
	"te recomendamos", "recomendado:", "recomendamos:", "artículos relacionados",
	"puede que te guste", "te puede gustar", "también te puede gustar",
	// Portuguese
	"leia também", "leia mais", "veja também", "saiba mais", "você também pode gostar",
	"você também vai gostar",
	// Italian
	"leggi anche", "leggi pure", "vedi anche", "potrebbe interessarti", "articoli correlati",
	"potrebbe piacerti", "ti potrebbe interessare",
	// Dutch, Scandinavian, Polish, Czech
	"lees ook", "lees meer", "zie ook", "läs också", "læs også", "les også", "czytaj też",
	"czytaj także", "zobacz też", "zobacz także", "přečtěte si", "čtěte také",
	// Russian, Ukrainian
	"читайте также", "читайте тоже", "смотрите также", "по теме", "читайте також", "дивіться також",
	// Japanese, Chinese, Korean: written without spaces, so they count
	// only as a whole line or before a colon or closing bracket.
	"関連記事", "関連リンク", "関連ニュース", "あわせて読みたい", "合わせて読みたい",
	"相关文章", "相关阅读", "延伸阅读", "相關文章", "延伸閱讀", "관련기사", "관련 기사",
}

// promoLeadsByFirst indexes promoLeads by their first byte.
var promoLeadsByFirst = func() (idx [256][]string) {
	for _, l := range promoLeads {
		idx[l[0]] = append(idx[l[0]], l)
	}
	return idx
}()

// promoLeadRunes holds the first character of each of promoLeads.
var promoLeadRunes = firstRunes(promoLeads)

// firstRunes returns the set of the first characters of words.
func firstRunes(words ...[]string) map[rune]bool {
	m := map[rune]bool{}
	for _, list := range words {
		for _, w := range list {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = true
		}
	}
	return m
}

// Bounds on the length of a promo line, in bytes. maxPromoLine is the
// bound the parser has long used; maxPromoList, set by hand, lets a
// labelled line run on for half a dozen headlines.
const (
	// maxPromoLine bounds a promo line: a label and a headline or two.
	maxPromoLine = 300
	// maxPromoList bounds a promo line whose label ends in a colon
	// ("READ MORE: ..."), which may run several linked headlines on.
	maxPromoList = 1000
)

// isPromoLine reports whether a short line of body text is a promo for
// another article: it opens with a promo lead.
func isPromoLine(text string) bool {
	if len(text) > maxPromoList {
		return false
	}
	t := strings.TrimLeft(text, " [(»›>•*-–—|・■▶▼◆●【")
	if len(t) > 64 {
		// Leads are short: only the line's start needs lowering.
		t = t[:64]
	}
	if t == "" {
		return false
	}
	if c := t[0]; c < utf8.RuneSelf && len(promoLeadsByFirst[c|0x20]) == 0 && len(promoLeadsByFirst[c]) == 0 {
		// No lead starts with the line's first letter, in either case.
		return false
	}
	var buf [64]byte
	if l, ok := lowerASCII(buf[:len(t)], t); ok {
		return promoLeadFits(l, len(text))
	}
	if r, _ := utf8.DecodeRuneInString(t); r >= utf8.RuneSelf && !promoLeadRunes[lowerRune(r)] {
		// The lowered line opens with lowerRune(r), which opens no lead.
		return false
	}
	return promoLeadFits(toLower(t), len(text))
}

// promoLeadFits reports whether the lower-cased start l of a line of size
// bytes opens with a promo lead, and the line is short enough for one:
// maxPromoLine, or maxPromoList after a label that ends in a colon.
func promoLeadFits[T string | []byte](l T, size int) bool {
	end := promoLeadLen(l)
	if end < 0 {
		return false
	}
	if size <= maxPromoLine {
		return true
	}
	rest := strings.TrimLeft(string(l[end:]), " ")
	return strings.HasSuffix(string(l[:end]), ":") || strings.HasPrefix(rest, ":")
}

// promoLeadLen returns the length of the promo lead the lower-cased,
// non-empty line l opens with, ending there or before punctuation, or -1.
func promoLeadLen[T string | []byte](l T) int {
	for _, lead := range promoLeadsByFirst[l[0]] {
		if len(l) >= len(lead) && string(l[:len(lead)]) == lead {
			rest := l[len(lead):]
			if len(rest) == 0 || strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, " ") {
				return len(lead)
			}
			if lead[0] >= 0xe3 {
				// A CJK label runs straight into the sentence that would
				// follow it: only a colon, a bracket or a space ends it.
				for _, end := range []string{"：", ":", "】", "」", "）", " ", "\u3000"} {
					if strings.HasPrefix(string(rest), end) {
						return len(lead)
					}
				}
				continue
			}
			switch rest[0] {
			case ':', ' ', '-', '|', '>', 0xc2, 0xe2, ')', ']', 's', '.', '?', '!':
				// "Related:", "Read more »", "Related articles:" ...
				return len(lead)
			}
		}
	}
	return -1
}

// isPromoLabel reports whether a heading labels a related box: a promo
// lead and a few more words at most.
func isPromoLabel(text string) bool {
	return wordCount(text) <= 6 && isPromoLine(text)
}

// isBoilerplateLine reports whether a line of body text is a label of the
// page rather than prose: "Advertisement", "Share this article".
func isBoilerplateLine(text string) bool {
	if len(text) > 60 {
		return isCountLine(text) || isFigureLabel(text)
	}
	switch foldKey(text) {
	case "advertisement", "skip advertisement", "ad", "ads", "anzeige", "werbung", "publicité",
		"publicite", "publicidad", "pubblicità", "реклама", "sponsored", "story continues below advertisement",
		"article continues below advertisement", "continue reading below", "continue reading",
		"scroll to continue with content", "share this article", "share this story", "share this",
		"share", "sign up here", "subscribe", "subscribe now", "follow us", "listen to this article",
		"print", "email", "comments", "loading", "advertisement continue reading below",
		"supported by", "skip to content", "back to top", "click to share", "tweet", "pin it",
		"continue reading the main story", "read more", "show more", "show all", "view gallery",
		"enlarge this image", "toggle caption", "hide caption", "view photo", "play video",
		"bild anzeigen", "bild vergrößern", "merken", "drucken", "teilen", "mehr anzeigen",
		"artikel teilen", "zum artikel", "partager", "imprimer", "compartir", "imprimir",
		"condividi", "stampa", "поделиться", "распечатать", "save", "saved", "copy link",
		"link copied", "credit", "credits", "photo", "foto", "getty images", "afp", "reuters", "dpa", "ap", "shutterstock",
		"table of contents", "contents", "inhaltsverzeichnis", "inhalt", "sommaire", "índice", "indice",
		"schlagworte", "schlagwörter", "stichworte", "keywords", "no comments", "keine kommentare",
		"explore further", "affiliate link", "affiliatelink", "affiliate links", "rate this article",
		"évaluer cet article", "image illustrative",
		"illustrative image", "photo dillustration", "image dillustration", "symbolbild", "symbolfoto",
		"von", "by", "autor", "author", "por", "par":
		return true
	}
	return isReadingTime(text) || isBackLine(text) || isCountLine(text) || isShareLine(text) || isFigureLabel(text)
}

// isFigureLabel reports whether a short line is a figure's numbered
// caption set as a paragraph ("Abbildung 3: die obere Schicht im
// Querschnitt. Deutlich zu sehen ist ...").
func isFigureLabel(text string) bool {
	if len(text) > 300 || text == "" || !strings.ContainsRune("AaFfGgIi", rune(text[0])) {
		return false
	}
	// Lower-casing ASCII moves no byte, and lowers no other character to
	// a digit, a colon, a dot or a space: a line that opens with as many
	// ASCII bytes as the longest label is read as it is, its capitals
	// matched as lowercase.
	l := text
	if !isASCII(text[:min(len(text), figureLabelsLen)]) {
		l = toLower(text)
	}
	for _, p := range figureLabels {
		if !hasPrefixFoldString(l, p) {
			continue
		}
		rest := l[len(p):]
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		return i > 0 && i < len(rest) && (rest[i] == ':' || rest[i] == '.' && i+1 < len(rest) && rest[i+1] == ' ')
	}
	return false
}

// figureLabels open a figure's numbered caption; figureLabelsLen is the
// longest one's length.
var (
	figureLabels    = []string{"abbildung ", "abb. ", "figure ", "fig. ", "grafik ", "figura ", "illustration "}
	figureLabelsLen = longest(figureLabels)
)

// longest returns the length of the longest of words.
func longest(words []string) int {
	n := 0
	for _, w := range words {
		n = max(n, len(w))
	}
	return n
}

// shareWords are the labels of share buttons.
var shareWords = map[string]bool{
	"whatsapp": true, "facebook": true, "twitter": true, "pinterest": true, "pin": true, "pint": true,
	"linkedin": true, "xing": true, "telegram": true, "reddit": true, "tumblr": true, "messenger": true,
	"email": true, "e-mail": true, "mail": true, "print": true, "drucken": true, "imprimir": true,
	"share": true, "teilen": true, "compartir": true, "partager": true, "compartilhar": true,
	"tweet": true, "flipboard": true, "sms": true, "copy": true, "link": true,
	"download": true, "descargar": true, "herunterladen": true, "télécharger": true,
}

// isShareLine reports whether a line is only a row of share buttons
// ("Whatsapp Facebook Pinterest Email").
func isShareLine(text string) bool {
	// Lower-casing moves no word boundary: each word is lowered as it is
	// read, and the line is left at its first word that is no button.
	words, social := 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		w = strings.Trim(toLower(w), ",|·•/")
		if w == "" {
			continue
		}
		if !shareWords[w] {
			return false
		}
		switch w {
		case "whatsapp", "facebook", "twitter", "pinterest", "pin", "pint", "linkedin", "xing", "telegram", "reddit", "tumblr", "flipboard":
			social++
		}
	}
	return words >= 2 && words <= 10 && social >= 2
}

// isBackLine reports whether a short line only leads back to the listing
// the article came from ("Zurück zur Übersicht", "« Back to news").
func isBackLine(text string) bool {
	t := strings.TrimLeft(text, " «‹<←")
	if wordCount(t) > 6 || t == "" {
		return false
	}
	if c := t[0]; c < utf8.RuneSelf && !strings.Contains("zZbBrRvVtTgGiI", t[:1]) {
		// No phrase below starts with this letter.
		return false
	}
	l := toLower(t)
	if l == "zurück" || l == "back" || l == "retour" || l == "volver" || l == "indietro" || l == "terug" {
		return true
	}
	for _, p := range []string{"zurück zu", "zurück nach oben", "back to ", "go back", "retour à", "retour au", "retour aux", "volver a", "regresar a", "torna a", "torna all", "terug naar", "voltar para"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isCountLine reports whether a short line only counts comments or views
// ("12 Kommentare", "Aufrufe: 301", "Comments (4)").
func isCountLine(text string) bool {
	if len(text) > 120 || text == "" {
		return false
	}
	// Lower-casing changes neither spaces nor digits: a line that is too
	// long for either test below, or that starts with another letter than
	// the first test's and has no count for the second, needs no lowering.
	n := wordCount(text)
	if n > 12 {
		return false
	}
	noCount := n > 3 || !strings.ContainsAny(text, "0123456789:")
	if r, _ := utf8.DecodeRuneInString(text); noCount && !noCommentsStarts[lowerRune(r)] {
		// The lowered line opens with lowerRune(r), which no phrase of
		// the first test opens with.
		return false
	}
	// The phrases are ASCII and only the line's opening is compared with
	// them: a line that opens with as many ASCII bytes as the longest
	// phrase is read as it is, its capitals matched as lowercase. (It has
	// 12 words or fewer, lowered or not.)
	l := text
	if !isASCII(text[:min(len(text), longest(noCommentsLines))]) {
		l = toLower(text)
	}
	for _, p := range noCommentsLines {
		if hasPrefixFoldString(l, p) {
			return true
		}
	}
	if noCount {
		// A short count line has its count: a digit or a colon, which
		// lowering leaves as they are.
		return false
	}
	return countWords.inLowered(text)
}

// noCommentsLines open a line that says a story has no comments yet.
var noCommentsLines = []string{"keine kommentare", "noch keine kommentare", "no comments", "sin comentarios", "aucun commentaire", "nessun commento"}

// noCommentsStarts holds the first character of each of noCommentsLines.
var noCommentsStarts = firstRunes(noCommentsLines)

// countWords are what a count line says it counts.
var countWords = indexWords("comment", "komment", "comentario", "commentaire", "commenti", "aufrufe", "views", "visite", "vues")

// isReadingTime reports whether a line only says how long the article
// takes to read ("4 Min Read", "Lesezeit: 3 Minuten").
func isReadingTime(text string) bool {
	// Lower-casing changes neither spaces nor digits: the counts can be
	// taken first.
	if wordCount(text) > 5 || !strings.ContainsAny(text, "0123456789") {
		return false
	}
	return readingTimeWords.inLowered(text)
}

// readingTimeWords are what a reading-time line says.
var readingTimeWords = indexWords("min read", "minute read", "minutes read", "lesezeit", "lecture", "de lectura",
	"min. leestijd", "минут")

// isFurnitureLabel reports whether a heading or label line opens the
// publisher's own material at the end of a page rather than the story:
// contact details, "about us", disclaimers, the author's bio box.
func isFurnitureLabel(text string) bool {
	if wordCount(text) > 5 {
		return false
	}
	l := strings.TrimRight(strings.TrimSpace(text), ": ")
	if r, _ := utf8.DecodeRuneInString(l); l == "" || !furnitureLabelStarts[lowerRune(r)] {
		// No label starts with this letter, lowered (lowering again
		// leaves it as it is).
		return false
	}
	l = toLower(l)
	return slices.Contains(furnitureLabels, l) || isAuthorBoxLabel(l)
}

// furnitureLabels are the lowered labels isFurnitureLabel knows besides
// authorBoxLabels.
var furnitureLabels = []string{
	"kontakt", "contact", "contacts", "pressekontakt", "press contact", "media contact",
	"media contacts", "medienkontakt", "ansprechpartner", "über uns",
	"about us", "impressum", "disclaimer", "haftungsausschluss", "contact us", "kontaktieren sie uns",
	"empfohlene artikel", "das könnte sie auch interessieren",
}

// furnitureLabelStarts holds the first character of every label
// isFurnitureLabel knows.
var furnitureLabelStarts = firstRunes(furnitureLabels, authorBoxLabels)

// isAuthorBoxLabel reports whether a label heads the box that
// introduces the author: "About the author", the heading news and blog
// themes set over the writer's bio, in the languages the parser reads.
// What the box holds is about the writer, not the story.
func isAuthorBoxLabel(label string) bool {
	return slices.Contains(authorBoxLabels, toLower(strings.TrimRight(strings.TrimSpace(label), ": ")))
}

// authorBoxLabels are the lowered labels of an author's bio box.
var authorBoxLabels = []string{
	"about the author", "about the authors", "über den autor", "über die autorin", "über die autoren",
	"à propos de l'auteur", "à propos de l’auteur", "sobre el autor", "sobre la autora", "sobre o autor", "sull'autore",
}

// looksRelated reports whether n is a box of related articles: its class
// says so, or its heading is a promo label. Site-wide most-read, latest and
// trending lists are not related to the article, whatever their class, nor
// is a "read next" link to the next story. In a sidebar or widget, where
// "more stories" and "recommended" boxes are the site's, only a box that
// calls itself related counts.
func (s *state) looksRelated(n *html.Node) bool {
	return s.relatedBox(n, s.hints.of(n), boxLabel(n, s.hints))
}

// relatedBox is looksRelated with n's hints and box label already read.
func (s *state) relatedBox(n *html.Node, h hint, label string) bool {
	if h&(hintPopular|hintNextStory) != 0 {
		return false
	}
	if label != "" && isPopularLabel(label) {
		return false
	}
	labelled := label != "" && isPromoLabel(label)
	if h&hintRelated == 0 || h&hintBody != 0 {
		if !labelled {
			return false
		}
	}
	if inSiteRail(n) {
		return saysRelated(label) || strings.Contains(classID(n), "related")
	}
	return true
}

// nextStoryWords name the link to the next or previous story, which is
// navigation rather than a related article.
var nextStoryWords = []string{"read-next", "readnext", "next-story", "nextstory", "next-article",
	"nextarticle", "up-next", "upnext", "prev-next", "post-navigation"}

// inSiteRail reports whether n is, or sits in, a sidebar, rail or widget,
// which carry the site's boxes rather than the article's. The body and
// html elements are not asked: themes name page layouts on them.
func inSiteRail(n *html.Node) bool {
	rail := func(p *html.Node) bool {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return false
		}
		return classHas(p, "sidebar", "widget", "rail")
	}
	return rail(n) || hasAncestor(n, 10, rail)
}

// relatedLabelWords say that a box is about the article's subject, not the
// site's latest: "Related stories", "More on this", "Zum Thema".
var relatedLabelWords = []string{"related", "relacionad", "correlat", "similar", "ähnlich",
	"verwandt", "zum thema", "more on", "see also", "voir aussi", "sur le même sujet",
	"по теме", "материалы по теме", "lees ook", "leggi anche"}

// saysRelated reports whether a box label names related articles.
func saysRelated(label string) bool {
	return label != "" && containsAny(toLower(label), relatedLabelWords)
}

// maxLabelDepth bounds how deep boxLabel looks for a box's heading.
const maxLabelDepth = 4

// boxLabel returns the text of the heading that opens a box, if any: the
// first element of the box, or a heading a few wrappers inside it. A
// heading drawn as a picture gives its alt text.
func boxLabel(n *html.Node, hc *hintCache) string {
	c := firstElementChild(n)
	for depth := 0; c != nil && depth < maxLabelDepth; depth++ {
		if headingLevel(c) > 0 || hc.of(c)&hintLabel != 0 {
			if textLongerThan(c, 80) {
				return ""
			}
			t := nodeText(c)
			if t == "" {
				if img := findImg(c); img != nil {
					t = clean(attr(img, "alt"))
				}
			}
			if len(t) < 80 {
				return t
			}
			return ""
		}
		c = firstElementChild(c)
	}
	return ""
}

// firstElementChild returns n's first element child, or nil when text
// comes before it.
func firstElementChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
		if c.Type == html.ElementNode && !skipAlways(c) {
			return c
		}
	}
	return nil
}

func isPopularLabel(label string) bool {
	if len(label) > 80 || wordCount(label) > 6 {
		return false
	}
	return popularLabelWords.inLowered(label)
}

// popularLabelWords are what the labels of site-wide lists say.
var popularLabelWords = indexWords("popular", "most read", "most viewed", "most shared", "trending",
	"latest", "recent posts", "recent articles", "recent news", "meistgelesen", "meist gelesen",
	"beliebt", "neueste", "aktuelle artikel", "les plus lus", "más leídas", "lo más leído",
	"più letti", "top stories", "editor's picks", "editors' picks")

// wordIndex finds any of a list of lowercase words, each three bytes or
// longer, in a text in one pass: a phraseMatcher of one group.
type wordIndex struct{ m *phraseMatcher }

// indexWords returns the index of words.
func indexWords(words ...string) wordIndex {
	return wordIndex{newPhraseMatcher(map[uint][]string{0: words})}
}

// in reports whether l, read with its ASCII capitals as lowercase, holds
// one of the words.
func (x wordIndex) in(l string) bool { return x.m.groups(l) != 0 }

// inLowered is in(strings.ToLower(t)).
func (x wordIndex) inLowered(t string) bool {
	if !lowersAsASCII(t) {
		t = toLower(t)
	}
	return x.in(t)
}

// boxLinks returns the links of a related box: absolute, with text, not
// pointing back at the page, each once.
func (s *state) boxLinks(n *html.Node) []Link {
	if hasHiddenClass(n) {
		return nil
	}
	var out []Link
	seen := map[string]bool{}
	walk(n, func(c *html.Node) bool {
		if len(out) >= maxBoxLinks {
			return false
		}
		if c.Type != html.ElementNode {
			return false
		}
		if c != n && (skipAlways(c) || isHidden(c) || hasHiddenClass(c)) {
			return false
		}
		if c.DataAtom != atom.A {
			return true
		}
		u := resolveURL(s.base, attr(c, "href"))
		text := linkTitle(c)
		if u == "" || text == "" || seen[docKey(u)] || s.isSelf(u) {
			return false
		}
		seen[docKey(u)] = true
		out = append(out, Link{Text: text, URL: u})
		return false
	})
	return out
}

// hasHiddenClass reports whether n's class hides it on every screen:
// "hide", "hidden", "d-none". Classes that hide it on some screens only
// ("hidden-xs") do not count.
func hasHiddenClass(n *html.Node) bool {
	class := attr(n, "class")
	if !hiddenClassStems.inLowered(class) {
		// None of the classes below is there.
		return false
	}
	for c := range strings.FieldsSeq(strings.ToLower(class)) {
		switch c {
		case "hide", "hidden", "d-none", "is-hidden", "display-none", "invisible":
			return true
		}
	}
	return false
}

// hiddenClassStems are what each of hasHiddenClass's classes holds.
var hiddenClassStems = indexWords("hid", "none", "invisible")

// linkTitle is the text a link shows: its headline when it wraps a card.
func linkTitle(a *html.Node) string {
	var best string
	walk(a, func(c *html.Node) bool {
		if headingLevel(c) > 0 {
			best = nodeText(c)
			return false
		}
		return best == ""
	})
	if best != "" {
		return best
	}
	t := nodeText(a)
	if t == "" {
		t = clean(attr(a, "title"))
	}
	return t
}

// isSelf reports whether u is the article's own page.
func (s *state) isSelf(u string) bool {
	if s.art.URL != "" && sameDocument(u, s.art.URL) {
		return true
	}
	if s.base == nil {
		return false
	}
	return sameDocument(u, s.baseString)
}

// addRelated appends links to the article's related links, once each.
func (s *state) addRelated(links ...Link) {
	for _, l := range links {
		if len(s.art.Related) >= maxRelated {
			return
		}
		if l.URL == "" || s.isSelf(l.URL) || isListingURL(l.URL) || isSectionFront(l) {
			continue
		}
		k := docKey(l.URL)
		dup := false
		for _, r := range s.art.Related {
			if docKey(r.URL) == k {
				dup = true
				break
			}
		}
		if !dup {
			s.art.Related = append(s.art.Related, l)
		}
	}
}

// findRelatedBoxes adds the links of related boxes outside the body:
// boxes marked as related by class or heading, anywhere but the site's
// header, navigation and footer.
func (s *state) findRelatedBoxes(body *html.Node) {
	if body == nil {
		return
	}
	s.findInBodyCards(s.contentNodes)
	// The walk reads each box's label as boxLabel does, through a memo:
	// nested wrappers share their first-child chain and so their label,
	// and the element the walk comes to next is most often the second of
	// the chain it has just read.
	var labels boxLabelMemo
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if skipAlways(n) || isHidden(n) || s.content[n] {
			return false
		}
		switch n.DataAtom {
		case atom.Nav, atom.Header:
			return false
		case atom.Footer:
			if !hasAncestor(n, 32, func(p *html.Node) bool { return p.DataAtom == atom.Article }) {
				return false
			}
		}
		h := labels.enter(n, s.hints).hints
		if h&(hintPopular|hintNextStory) != 0 {
			return false
		}
		label := labels.of(s.hints)
		if label.popular {
			// The cards inside a "Latest news" box are not related boxes
			// either, whatever their class.
			return false
		}
		// relatedBox turns down a box neither classed nor labelled as
		// related; only the others are worth asking.
		mayRelate := h&hintRelated != 0 && h&hintBody == 0 || labels.promo()
		if mayRelate && s.relatedBox(n, h, label.text) {
			if links := s.boxLinks(n); len(links) > 0 && textLen(n) < 4000 {
				s.addRelated(links...)
				return false
			}
		}
		return true
	})
}

// boxLabelMemo reads box labels for one walk over the page, keeping the
// first-child chain of the element the walk is at and the last label it
// read, which the wrappers around a heading all share.
type boxLabelMemo struct {
	// chain is the element entered last, its first element child, that
	// one's, and so on: chain[:length], as far as of has read it.
	chain  [maxLabelDepth + 1]chainNode
	length int

	node         *html.Node // the heading or label element last read
	label        boxLabelInfo
	promoKnown   bool
	promoOfLabel bool
}

// chainNode is what boxLabel and the walk ask of an element in a
// first-child chain.
type chainNode struct {
	n     *html.Node
	child *html.Node // firstElementChild(n)
	hints hint       // the hints of n's class and id
}

// newChainNode reads what is asked of c.
func newChainNode(c *html.Node, hc *hintCache) chainNode {
	return chainNode{n: c, child: firstElementChild(c), hints: hc.of(c)}
}

// labelish reports whether e is a heading or an element labelled as one.
func (e chainNode) labelish() bool {
	return headingLevel(e.n) > 0 || e.hints&hintLabel != 0
}

// boxLabelInfo is a box label's text and whether it names a site-wide
// list (isPopularLabel).
type boxLabelInfo struct {
	text    string
	popular bool
}

// enter makes n the element the memo reads labels for and returns what
// is asked of it. When n is the first element child of the element
// entered before, its chain is the rest of that one's.
func (m *boxLabelMemo) enter(n *html.Node, hc *hintCache) chainNode {
	if m.length > 1 && m.chain[1].n == n {
		copy(m.chain[:], m.chain[1:m.length])
		m.length--
	} else {
		m.chain[0], m.length = newChainNode(n, hc), 1
	}
	return m.chain[0]
}

// of returns boxLabel(n, hc) for the element n entered last, and whether
// it names a site-wide list. The label's element stays the memo's current
// one, for promo.
func (m *boxLabelMemo) of(hc *hintCache) boxLabelInfo {
	for depth := 1; depth <= maxLabelDepth; depth++ {
		if depth == m.length {
			c := m.chain[depth-1].child
			if c == nil {
				break
			}
			m.chain[depth] = newChainNode(c, hc)
			m.length++
		}
		if e := m.chain[depth]; e.labelish() {
			return m.labelOf(e.n)
		}
	}
	m.node, m.label = nil, boxLabelInfo{}
	return m.label
}

// labelOf returns the label boxLabel reads from the heading or label
// element c, as boxLabel's loop body does.
func (m *boxLabelMemo) labelOf(c *html.Node) boxLabelInfo {
	if m.node == c {
		return m.label
	}
	var l boxLabelInfo
	if !textLongerThan(c, 80) {
		t := nodeText(c)
		if t == "" {
			if img := findImg(c); img != nil {
				t = clean(attr(img, "alt"))
			}
		}
		if len(t) < 80 {
			l.text = t
		}
	}
	l.popular = l.text != "" && isPopularLabel(l.text)
	m.node, m.label, m.promoKnown = c, l, false
	return l
}

// promo reports whether the label of returned last is a promo label
// (isPromoLabel).
func (m *boxLabelMemo) promo() bool {
	if m.node == nil || m.label.text == "" {
		return false
	}
	if !m.promoKnown {
		m.promoOfLabel, m.promoKnown = isPromoLabel(m.label.text), true
	}
	return m.promoOfLabel
}

// isSectionFront reports whether a link leads to the site's home page or to
// a section front: the root, or one path segment named by a short link
// text ("Science & Health" for /science-and-health).
func isSectionFront(l Link) bool {
	u, err := url.Parse(l.URL)
	if err != nil {
		return false
	}
	p := strings.Trim(u.Path, "/")
	if p == "" {
		return u.RawQuery == "" && u.Fragment == ""
	}
	return !strings.Contains(p, "/") && !strings.ContainsAny(p, ".0123456789") && wordCount(l.Text) <= 3
}

// isListingURL reports whether a link leads to a tag, topic, category or
// author page rather than to an article.
func isListingURL(u string) bool {
	if isASCII(u) && !listingWords.in(u) {
		// A segment is there only when "/seg/" is, in the lowered
		// address: that of ASCII is read as it is, its capitals as
		// lowercase.
		return false
	}
	return hasSegment(strings.ToLower(u), listingSegments)
}

// listingWords are listingSegments between slashes.
var listingWords = func() wordIndex {
	var words []string
	for seg := range listingSegments {
		words = append(words, "/"+seg+"/")
	}
	return indexWords(words...)
}()

// hasSegment reports whether one of segs stands between two slashes in
// the address u, as strings.Contains(u, "/"+seg+"/") would find it.
func hasSegment(u string, segs map[string]bool) bool {
	_, rest, _ := strings.Cut(u, "/")
	for {
		seg, after, ok := strings.Cut(rest, "/")
		if !ok {
			return false
		}
		if segs[seg] {
			return true
		}
		rest = after
	}
}

// listingSegments are the path segments of tag, topic, category and
// author pages.
var listingSegments = map[string]bool{
	"tag": true, "tags": true, "topic": true, "topics": true, "category": true, "categories": true,
	"author": true, "authors": true, "keyword": true, "keywords": true, "schlagwort": true,
	"thema": true, "themen": true, "people": true, "profile": true, "by": true,
}

// Bounds on an in-body teaser card, set by hand from what a card holds
// (a headline, perhaps a kicker and a badge), not swept on a figure.
const (
	// minCardText and maxCardText bound the text of a card: a linked
	// headline with perhaps a kicker, not a sentence fragment or a box
	// of teasers.
	minCardText = 15
	maxCardText = 300
	// maxCardLinks bounds the stories one card, or a short list of cards,
	// links to.
	maxCardLinks = 3
)

// findInBodyCards adds the links of the teaser cards a page sets between
// the paragraphs of its body, as news CMSes embed their other stories
// (a one-item list, an "embedded article" block, a promo element): a
// block other than a paragraph, heading, quote, figure or table, whose
// text is all link text, a short headline or up to three of them, each
// leading to another story of the same site. The body builder leaves
// such blocks out of the text; here their links are kept as related.
func (s *state) findInBodyCards(nodes []*html.Node) {
	// The body's text length is needed only for a block that reads as a
	// card by its place and size, which most pages have none of.
	total := -1
	bodyLen := func() int {
		if total < 0 {
			total = 0
			for _, n := range nodes {
				total += s.textLen(n)
			}
		}
		return total
	}
	for _, n := range nodes {
		walk(n, func(c *html.Node) bool {
			if c.Type != html.ElementNode {
				return false
			}
			if skipAlways(c) || isHidden(c) || c == s.leadNode {
				return false
			}
			switch c.DataAtom {
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
				atom.Figure, atom.Figcaption, atom.Table, atom.Nav, atom.Pre, atom.A, atom.Form:
				return false
			case atom.Div, atom.Ul, atom.Ol, atom.Aside, atom.Section, atom.Li:
			default:
				if c.DataAtom != 0 {
					return true
				}
			}
			if links := s.cardLinks(c, bodyLen); len(links) > 0 {
				s.addRelated(links...)
				return false
			}
			return true
		})
	}
}

// cardLinks returns the links of n when it is an in-body teaser card (see
// findInBodyCards), else nil. bodyLen returns the text length of the
// whole body.
func (s *state) cardLinks(n *html.Node, bodyLen func() int) []Link {
	// The place first, then the text: betweenParagraphs looks at a few
	// siblings, while measuring text walks the subtree, which the walk
	// asks of every block, so a tree of nested wrappers would be read
	// once per level. Read no further than a card's length.
	if !s.betweenParagraphs(n) || s.textLongerThan(n, maxCardText) {
		return nil
	}
	l := s.textLen(n)
	if l < minCardText || l*2 > bodyLen() {
		return nil
	}
	// Nearly all the text is linked: a badge ("Updated", "Video") may
	// stand beside the headline.
	if linkTextLen(n)*10 < l*8 || isCallToAction(nodeText(n)) {
		return nil
	}
	if isMediaWidget(n) || hasElement(n, atom.Video, atom.Iframe) || hasAncestor(n, 8, func(p *html.Node) bool {
		return p.DataAtom == atom.Figure || p.DataAtom == atom.Table || s.isBylineOrShare(p) ||
			hintsOf(p)&(hintCaption|hintCredit) != 0 || isMediaWidget(p)
	}) {
		// A picture's caption, a byline, or the playlist of a video
		// player or a gallery: its links are the widget's, not cards.
		return nil
	}
	var out []Link
	for _, link := range s.boxLinks(n) {
		if isListingURL(link.URL) || isSectionFront(link) || !s.sameSite(link.URL) || !readsAsHeadline(link.Text) {
			continue
		}
		out = append(out, link)
	}
	if len(out) == 0 || len(out) > maxCardLinks {
		return nil
	}
	return out
}

// minHeadlineWords is the fewest words of a linked headline; a shorter
// link text is a label ("Download", "Watch the video", "Read it here").
// Set by hand; on the corpus it changed no figure.
const minHeadlineWords = 4

// readsAsHeadline reports whether a link's text reads as a story's
// headline: four words or more, or, in scripts written without spaces,
// as many characters as four words take.
func readsAsHeadline(text string) bool {
	return wordCount(text) >= minHeadlineWords || utf8.RuneCountInString(text) >= 4*minHeadlineWords && !strings.Contains(text, " ")
}

// isMediaWidget reports whether n is a video player, playlist or gallery,
// by its class (hintWidget, or a class naming a video, player or
// playlist) or its tag (isVideoPlayer).
func isMediaWidget(n *html.Node) bool {
	return hintsOf(n)&hintWidget != 0 || isVideoPlayer(n) || classHas(n, "video", "player", "playlist")
}

// maxCardWrappers bounds the wrappers climbed from a card to the level at
// which it stands between paragraphs (a list in a div; set by hand).
const maxCardWrappers = 2

// betweenParagraphs reports whether n, or a wrapper that holds nothing
// else, stands between two paragraphs of text: the story runs on around
// it.
func (s *state) betweenParagraphs(n *html.Node) bool {
	for i := 0; n != nil && i <= maxCardWrappers; i++ {
		prev, next := prevElement(n), nextElement(n)
		if prev != nil && next != nil && s.isProse(prev) && s.isProse(next) {
			return true
		}
		if n.Parent == nil || !onlyElementChild(n.Parent, n) {
			return false
		}
		n = n.Parent
	}
	return false
}

// isProse reports whether n is a paragraph holding more text than links.
func (s *state) isProse(n *html.Node) bool {
	// Its text is longer than minCardText and than twice its link text:
	// it is read only as far as the larger of the two, when its length is
	// not known already.
	return n.DataAtom == atom.P && s.textLongerThan(n, max(minCardText, 2*linkTextLen(n)))
}

// sameSite reports whether u is on the page's own host or a host above or
// below it ("www.example.com" and "news.example.com" are not; "example.com"
// and "news.example.com" are).
func (s *state) sameSite(u string) bool {
	page := s.art.URL
	if page == "" && s.base != nil {
		page = s.base.String()
	}
	a, err1 := url.Parse(u)
	b, err2 := url.Parse(page)
	if err1 != nil || err2 != nil {
		return false
	}
	ha := strings.TrimPrefix(strings.ToLower(a.Hostname()), "www.")
	hb := strings.TrimPrefix(strings.ToLower(b.Hostname()), "www.")
	if ha == "" || hb == "" {
		return false
	}
	return ha == hb || strings.HasSuffix(ha, "."+hb) || strings.HasSuffix(hb, "."+ha)
}
