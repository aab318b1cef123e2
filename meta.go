package article

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one pass over the page collects for the metadata
// stages: meta tags, links, JSON-LD scripts, microdata and the elements
// that visible metadata is read from.
type pageMeta struct {
	lang      string
	title     string              // the <title> element's text
	base      string              // <base href>
	canonical string              // <link rel=canonical>
	tags      []metaTag           // every <meta> with a name, property or itemprop, in order
	byKey     map[string][]string // the contents of tags by key, in order
	jsonld    []string            // the text of each application/ld+json script
	relAuthor []linkNode          // <a rel=author> and <link rel=author>
	h1        []*html.Node
	times     []*html.Node // <time> elements
	itemprops []*html.Node // elements with an itemprop of interest
	bylines   []*html.Node // elements whose class or id marks a byline or author
	dates     []*html.Node // elements whose class or id marks a date line
	// labelled are text nodes that open with a label naming what follows:
	// a publication or update date ("Veröffentlicht am", "Updated:") or
	// the author ("Von:", "Text:", "Written by"). Pages without marked
	// date or byline elements still label them in their text.
	labelled []*html.Node
}

// maxLabelled bounds the labelled lines collectMeta keeps.
const maxLabelled = 48

// metaTag is one <meta> element: its key (name, property, itemprop or
// http-equiv, lowercased) and content.
type metaTag struct{ key, val string }

type linkNode struct {
	href string
	node *html.Node
}

// collectMeta walks the whole page once.
func collectMeta(root *html.Node, hc *hintCache) *pageMeta {
	m := &pageMeta{}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			if n.Type == html.TextNode && len(m.labelled) < maxLabelled && lineLabel(n.Data) != labelNone {
				m.labelled = append(m.labelled, n)
			}
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
			if m.lang == "" {
				m.lang = attr(n, "xml:lang")
			}
		case atom.Title:
			if m.title == "" && !hasAncestor(n, 64, func(p *html.Node) bool { return p.DataAtom == atom.Svg }) {
				m.title = nodeText(n)
			}
			return false
		case atom.Base:
			if m.base == "" {
				m.base = attr(n, "href")
			}
		case atom.Meta:
			m.addMetaTag(n)
			return false
		case atom.Link:
			rel := toLower(attr(n, "rel"))
			switch {
			case rel == "canonical" && m.canonical == "":
				m.canonical = attr(n, "href")
			case hasWord(rel, "author"):
				m.relAuthor = append(m.relAuthor, linkNode{attr(n, "href"), n})
			}
			return false
		case atom.Script:
			if strings.Contains(toLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonld = append(m.jsonld, n.FirstChild.Data)
			}
			return false
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return false
		case atom.H1:
			m.h1 = append(m.h1, n)
		case atom.Time:
			m.times = append(m.times, n)
		case atom.A:
			if rel := attr(n, "rel"); rel != "" && hasWord(toLower(rel), "author") {
				m.relAuthor = append(m.relAuthor, linkNode{attr(n, "href"), n})
			}
		}
		// One look at the attributes, since every element is asked. The
		// class and id are the ones classID reads: the last of each.
		var ip, class, id string
		seenIP, testID := false, false
		for i := range n.Attr {
			a := &n.Attr[i]
			switch a.Key {
			case "class":
				class = a.Val
			case "id":
				id = a.Val
			case "itemprop":
				if a.Namespace == "" && !seenIP {
					ip, seenIP = a.Val, true
				}
			case "data-testid":
				testID = testID || a.Namespace == ""
			}
		}
		if ip != "" {
			switch ip {
			case "author", "creator", "headline", "datePublished", "dateCreated", "dateModified", "name", "articleBody", "image", "description":
				m.itemprops = append(m.itemprops, n)
			}
		}
		byline := false
		// An element whose class and id hold none of the words
		// isBylineHint and isDateHint look for is neither, whatever its
		// hints: most elements are not read for hints here.
		marks := class != "" && hc.marksMeta(class) || id != "" && hc.marksMeta(id)
		if testID || marks && hc.of(n)&(hintBylineish|hintDateish) != 0 {
			ci := classID(n)
			// Pages built from generated class names mark their parts
			// for tests instead ("prism-byline").
			byline = isBylineHint(ci) || testID && isBylineHint(strings.ToLower(attr(n, "data-testid")))
			if isDateHint(ci) && len(m.dates) < 64 {
				m.dates = append(m.dates, n)
			}
		}
		// The HTML standard's <address> in an article gives the contact
		// of its author: pages set the byline in it.
		if (byline || n.DataAtom == atom.Address) && len(m.bylines) < 64 {
			m.bylines = append(m.bylines, n)
		}
		return true
	})
	m.readMarkup(root)
	// The later stages ask for some fifty keys; each is found at once.
	m.byKey = make(map[string][]string, len(m.tags))
	for _, t := range m.tags {
		m.byKey[t.key] = append(m.byKey[t.key], t.val)
	}
	return m
}

// readMarkup reads the content of meta tags that holds markup as HTML,
// keeping only its text (see markupText): content is meant to be text,
// but some CMSes put the article's HTML there, escaped or not. Content
// whose markup the page also shows as text (a work's title set in angle
// brackets) stays as it is.
func (m *pageMeta) readMarkup(root *html.Node) {
	var shown map[string]bool
	kept := m.tags[:0]
	for _, t := range m.tags {
		if hasMarkup(t.val) {
			if shown == nil {
				shown = shownMarkupOf(root)
			}
			if hasMarkupNotIn(t.val, shown) {
				if t.val = clean(markupText(t.val)); t.val == "" {
					continue
				}
			}
		}
		kept = append(kept, t)
	}
	m.tags = kept
}

func (m *pageMeta) addMetaTag(n *html.Node) {
	content, hasContent := "", false
	var keys [4]string
	for _, a := range n.Attr {
		switch a.Key {
		case "content":
			content, hasContent = a.Val, true
		case "name":
			keys[0] = a.Val
		case "property":
			keys[1] = a.Val
		case "itemprop":
			keys[2] = a.Val
		case "http-equiv":
			keys[3] = a.Val
		}
	}
	if !hasContent {
		if v := attr(n, "value"); v != "" {
			content = v
		} else {
			return
		}
	}
	content = strings.TrimSpace(content)
	if strings.Contains(content, "&") && strings.Contains(content, ";") {
		// Some CMSes escape entities twice.
		content = html.UnescapeString(content)
	}
	if content == "" {
		return
	}
	for _, k := range keys {
		if k == "" {
			continue
		}
		// A property attribute may hold several space-separated keys.
		for f := range strings.FieldsSeq(k) {
			m.tags = append(m.tags, metaTag{toLower(f), content})
		}
	}
}

// get returns the content of the first meta tag with one of the keys,
// trying the keys in order.
func (m *pageMeta) get(keys ...string) string {
	for _, k := range keys {
		if vals := m.byKey[k]; len(vals) > 0 {
			return vals[0]
		}
	}
	return ""
}

// all returns the contents of every meta tag with key, in page order.
// Callers read the slice and do not change it.
func (m *pageMeta) all(key string) []string {
	return m.byKey[key]
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	if !strings.Contains(s, w) {
		return false
	}
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// isBylineHint reports whether a class/id string marks a byline or author
// element.
func isBylineHint(ci string) bool {
	if !containsAny(ci, bylineHintWords) {
		// No token can hold a byline word.
		return false
	}
	hinted := false
	for tok := range strings.FieldsSeq(ci) {
		// WordPress copies a post's tags and categories into its classes
		// ("tag-contributors"); "authorization" is a login box.
		if strings.HasPrefix(tok, "tag-") || strings.HasPrefix(tok, "category-") ||
			strings.Contains(tok, "authoriz") || strings.Contains(tok, "authorit") {
			continue
		}
		if containsAny(tok, bylineHintWords) {
			hinted = true
			break
		}
	}
	if !hinted {
		return false
	}
	if notBylineWords.groups(ci) != 0 {
		return false
	}
	for tok := range strings.FieldsSeq(ci) {
		if tok == "ad" || strings.HasPrefix(tok, "ad-") || strings.HasSuffix(tok, "-ad") {
			return false
		}
	}
	return true
}

// notBylineWords are the words that, anywhere in a class/id string that
// holds a byline word, say it is no byline: author bios, avatars and
// comment authors name the right person in the wrong shape, or the wrong
// person; widgets and calls to action invite readers to become
// contributors. The string is lower-case, as the matcher reads it.
var notBylineWords = newPhraseMatcher(map[uint][]string{0: {
	"comment", "avatar", "bio", "image", "img", "photo", "pic", "social", "follow", "twitter",
	"description", "about", "title-", "-title", "profile-", "icon", "widget",
}})

// bylineHintWords and dateHintWords are the words isBylineHint and
// isDateHint look for in a class/id string; metaHintWords are both:
// without one of them, both tests are false.
var (
	bylineHintWords = []string{"byline", "author", "by-line", "writer", "contributor", "autor", "reporter", "journalist"}
	dateHintWords   = []string{"date", "time", "publish", "posted", "byline", "meta", "datum", "fecha"}
	metaHintWords   = slices.Concat(bylineHintWords, dateHintWords)
)

// metaHintPairs maps each byte that opens one of the first two byte pairs
// of a metaHintWord (its bytes 0-1 and 1-2), in either case, to the set
// of the bytes that follow it there, each as the bit of its low five
// bits. Bytes past ASCII map to every bit: mayMarkMeta stops at them.
var metaHintPairs = func() (t [256]uint32) {
	for _, w := range metaHintWords {
		for _, k := range []int{0, 1} {
			a, b := w[k], w[k+1]
			t[a] |= 1 << (b & 31)
			if a >= 'a' && a <= 'z' {
				t[a-'a'+'A'] |= 1 << (b & 31)
			}
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = ^uint32(0)
	}
	return t
}()

// metaHintsByFirst holds metaHintWords by their first byte.
var metaHintsByFirst = func() (idx [256][]string) {
	for _, w := range metaHintWords {
		idx[w[0]] = append(idx[w[0]], w)
	}
	return idx
}()

// mayMarkMeta reports whether a class or id value, lowercased as classID
// does, may hold one of metaHintWords. It is exact for ASCII values and
// answers true for values with a character past ASCII, whose lower case
// (strings.ToLower) may hold ASCII letters: "İ" lowers to "i". A byte
// past ASCII that is no UTF-8 character lowers to U+FFFD, no letter.
func mayMarkMeta(v string) bool {
	// Every word is four bytes long or more, so one of its first two
	// byte pairs starts at an even index: only those are looked up. A
	// character past ASCII has two bytes or more, one at an even index.
	for w := v; len(w) >= 2; w = w[2:] {
		if metaHintPairs[w[0]]&(1<<(w[1]&31)) == 0 {
			continue
		}
		if i := len(v) - len(w); w[0] >= utf8.RuneSelf || metaWordAt(w) || i > 0 && metaWordAt(v[i-1:]) {
			return true
		}
	}
	return len(v)%2 == 1 && v[len(v)-1] >= utf8.RuneSelf
}

// metaWordAt reports whether s opens with one of metaHintWords, in any
// case.
func metaWordAt(s string) bool {
	for _, w := range metaHintsByFirst[s[0]|0x20] {
		if hasPrefixFoldString(s, w) {
			return true
		}
	}
	return false
}

// isDateHint reports whether a class/id string marks a date line.
func isDateHint(ci string) bool {
	return containsAny(ci, dateHintWords)
}

// lineLabel says what a line of text is labelled as by its opening words.
type labelKind int

const (
	labelNone labelKind = iota
	labelPublished
	labelUpdated
	labelAuthor
)

// lineLabels are the opening words that label a line, lower-cased, in the
// languages the package reads. A label that is also an ordinary word
// ("von", "text", "by") counts only with a colon, except where a name or
// date must follow it anyway ("written by").
// labelsByFirstByte indexes lineLabels by their first byte, lowercase.
var labelsByFirstByte = func() (idx [256][]struct {
	prefix string
	kind   labelKind
}) {
	for _, l := range lineLabels {
		idx[l.prefix[0]|0x20] = append(idx[l.prefix[0]|0x20], l)
	}
	return idx
}()

// labelStarts is the set of the first two bytes of lineLabels and
// bareAuthorLabels, ORed with 0x20 as lineLabelRest folds the text's, one
// bit each.
var labelStarts = func() (set [1024]uint64) {
	add := func(p string) {
		k := uint16(p[0]|0x20)<<8 | uint16(p[1]|0x20)
		set[k>>6] |= 1 << (k & 63)
	}
	for _, l := range lineLabels {
		add(l.prefix)
	}
	for _, l := range bareAuthorLabels {
		add(l)
	}
	return set
}()

var lineLabels = []struct {
	prefix string
	kind   labelKind
}{
	{"veröffentlicht am", labelPublished}, {"veröffentlicht:", labelPublished},
	{"veröffentlicht", labelPublished}, {"erstellt am", labelPublished},
	{"erschienen am", labelPublished}, {"publiziert am", labelPublished},
	{"eingestellt am", labelPublished}, {"published on", labelPublished},
	{"published:", labelPublished}, {"posted on", labelPublished},
	{"publié le", labelPublished}, {"publicado el", labelPublished},
	{"publicado em", labelPublished}, {"pubblicato il", labelPublished},
	{"datum:", labelPublished}, {"date:", labelPublished},
	{"mise en ligne", labelPublished}, {"date de publication", labelPublished},
	{"publication date", labelPublished}, {"date published", labelPublished},
	{"fecha de publicación", labelPublished}, {"data de publicação", labelPublished},
	{"data di pubblicazione", labelPublished}, {"erscheinungsdatum", labelPublished},
	{"veröffentlichungsdatum", labelPublished}, {"gepubliceerd op", labelPublished},
	{"publicerad", labelPublished}, {"julkaistu", labelPublished},
	{"opublikowano", labelPublished}, {"опубликовано", labelPublished},
	{"aktualisiert am", labelUpdated}, {"aktualisiert:", labelUpdated},
	{"zuletzt aktualisiert", labelUpdated}, {"last updated", labelUpdated},
	{"last edited", labelUpdated}, {"last modified", labelUpdated},
	{"updated:", labelUpdated}, {"updated on", labelUpdated},
	{"mis à jour le", labelUpdated}, {"stand:", labelUpdated},
	{"von:", labelAuthor}, {"text:", labelAuthor}, {"autor:", labelAuthor},
	{"autorin:", labelAuthor}, {"author:", labelAuthor}, {"artikel von", labelAuthor},
	{"written by", labelAuthor}, {"posted by", labelAuthor}, {"gespeichert von", labelAuthor},
	{"erstellt von", labelAuthor}, {"geschrieben von", labelAuthor}, {"verfasst von", labelAuthor},
	{"publié par", labelAuthor}, {"publicado por", labelAuthor}, {"escrito por", labelAuthor},
	{"redaktion:", labelAuthor}, {"texte:", labelAuthor}, {"auteur:", labelAuthor},
}

// bareAuthorLabels are the words that label the author without a colon
// when they are all of a text ("<h4>Autor</h4><p>Jane Doe</p>"). What
// such a label heads must name people in full (see labelledByline), as
// the words also head sections. "Text" alone is too common a word.
var bareAuthorLabels = [...]string{"autor", "autorin", "autoren", "author", "authors", "auteur", "verfasser", "verfasserin"}

// isBareAuthorLabel reports whether the text s is one of bareAuthorLabels
// and nothing else.
func isBareAuthorLabel(s string) bool {
	s = trimLeadingSpace(s)
	if len(s) > 40 {
		return false
	}
	w := strings.TrimSpace(s)
	for _, l := range bareAuthorLabels {
		if strings.EqualFold(w, l) {
			return true
		}
	}
	return false
}

// lineLabel returns the label a text node's line opens with. It reads
// only the first few bytes, so it is cheap enough for every text node.
func lineLabel(s string) labelKind {
	k, _ := lineLabelRest(s)
	return k
}

// lineLabelRest is lineLabel that also returns the text after the label.
func lineLabelRest(s string) (labelKind, string) {
	s = trimLeadingSpace(s)
	// "05.02.2020 <span>- Redaktion: Jane Doe</span>": a separator may
	// open the label's text node.
	if len(s) > 1 && (s[0] == '-' || s[0] == '|') {
		s = trimLeadingSpace(s[1:])
	}
	if len(s) < 4 {
		return labelNone, ""
	}
	// Only the labels that start with the text's first two letters are
	// tried; most lines start with two that no label does.
	if k := uint16(s[0]|0x20)<<8 | uint16(s[1]|0x20); labelStarts[k>>6]&(1<<(k&63)) == 0 {
		return labelNone, ""
	}
	if isBareAuthorLabel(s) {
		// A heading holding only the label: "<h4>Autor</h4>".
		return labelAuthor, ""
	}
	for _, l := range labelsByFirstByte[s[0]|0x20] {
		// The labels' letters are as long in either case, so the
		// comparison needs no lower-cased copy of the text.
		end := len(l.prefix)
		if end > len(s) || !strings.EqualFold(s[:end], l.prefix) {
			continue
		}
		// "Datum" must end the word: "Datumsangabe" is no label.
		if end < len(s) && l.prefix[end-1] != ':' && s[end] != ' ' && s[end] != '\n' && s[end] != '\t' &&
			s[end] != ':' && !strings.HasPrefix(s[end:], "\u00a0") {
			continue
		}
		return l.kind, s[end:]
	}
	return labelNone, ""
}

// trimLeadingSpace drops leading ASCII white space and no-break spaces. It
// runs on every text node of the page, so it avoids strings.TrimLeft's
// general path for a cutset with a non-ASCII character.
func trimLeadingSpace(s string) string {
	for len(s) > 0 {
		if len(s) >= 8 {
			// Indentation goes eight spaces or tabs at a time.
			if x := load64(s[:8]); x == lowBits*' ' || x == lowBits*'\t' {
				s = s[8:]
				continue
			}
		}
		switch {
		case s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n':
			s = s[1:]
		case len(s) > 1 && s[0] == 0xc2 && s[1] == 0xa0:
			s = s[2:]
		default:
			return s
		}
	}
	return s
}

// untruncated returns the first of the candidates that is not empty,
// white space folded, unless it is cut short with an ellipsis ("...",
// "…") and a later candidate gives the same text in full: pages fill
// og:description and twitter:description with a shortened copy of the
// description.
func untruncated(candidates ...string) string {
	first := -1
	for i, c := range candidates {
		candidates[i] = clean(c)
		if first < 0 && candidates[i] != "" {
			first = i
		}
	}
	if first < 0 {
		return ""
	}
	d := candidates[first]
	cut := strings.TrimRight(strings.TrimSuffix(d, "…"), ".")
	if cut == d || len(d)-len(cut) < 1 {
		return d
	}
	cut = strings.TrimSpace(cut)
	for _, c := range candidates[first+1:] {
		if len(c) > len(cut) && strings.HasPrefix(c, cut) {
			return c
		}
	}
	return d
}
