package article

import (
	"hash/maphash"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is a set of things an element's class and id say about it.
type hint uint32

const (
	hintBody      hint = 1 << iota // the article body itself (strong)
	hintPositive                   // words that go with main content
	hintNegative                   // words that go with page furniture
	hintUnlikely                   // furniture that can be skipped before scoring
	hintJunk                       // furniture to drop from the body
	hintRelated                    // a related-articles box or promo
	hintPopular                    // a site-wide most-read or trending list
	hintAd                         // an advertisement
	hintCaption                    // a caption
	hintCredit                     // a photo credit
	hintHiddenish                  // text meant for screen readers only
	hintWidget                     // a gallery, slideshow or player: never body, whatever its size
	hintIntro                      // the lead paragraph or standfirst set apart from the body
	hintNextStory                  // next-story navigation
	hintBylineish                  // may hold a byline: worth building the class string for
	hintDateish                    // may hold a date line
	hintLabel                      // the title or heading of a box
)

// bodyWords mark the element that holds the article body on common
// publishing stacks: WordPress themes ("entry-content", "post-content",
// tagDiv's "td-post-content"), Drupal ("field--name-body"), Vox Media's
// Chorus ("c-entry-content"), Arc XP, Ghost and the BEM spellings of the
// same words that news CMSes use.
var bodyWords = []string{
	"articlebody", "article-body", "article__body", "article_body", "article-content",
	"article__content", "article_content", "articlecontent", "entry-content", "post-content",
	"post-body", "post__content", "postbody", "story-body", "storybody", "story-content",
	"story__body", "body-text", "bodytext", "article-text", "articletext", "article__text",
	"c-entry-content", "rich-text", "richtext", "field--name-body", "field-name-body",
	"td-post-content", "single-content", "text-content", "main-text", "article-main",
	"content-body", "entry-body", "post-entry", "news-body", "newsbody",
	"article-detail", "detail-body", "body-copy", "story-text",
}

// positiveWords, negativeWords and unlikelyWords are Readability's class
// hints (its positive, negative and unlikelyCandidates patterns), with the
// furniture words of newer themes: consent banners, share bars,
// recirculation and ad vendors (Outbrain, Taboola).
var positiveWords = []string{
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
	"text", "blog", "story", "column", "articles", "stories", "posts", "entries",
}

var negativeWords = []string{
	"hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
	"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
	"share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
	"widget", "taboola", "newsletter", "social", "nav", "menu", "byline", "author",
	"footer", "tools", "toolbar", "hide", "comments",
}

var unlikelyWords = []string{
	"banner", "breadcrumb", "combx", "comment", "community", "disqus", "extra", "foot",
	"gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
	"sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
	"pagination", "pager", "popup", "newsletter", "cookie", "consent", "share", "subscribe",
	"signup", "sign-up", "masthead", "navbar", "navigation", "topnav", "toolbar", "most-read",
	"mostread", "most-popular", "trending", "outbrain", "taboola", "recirc", "modal",
	"related", "recommend", "recommended", "header", "footer", "comments", "nav", "menu",
	"sharing", "shares", "sharebar", "share-bar",
}

// junkWords name furniture set inside the body's container: share and
// follow bars, newsletter and membership boxes, author boxes, meta rows,
// tag lists, paywall and consent layers (Piano), ad slots (DFP), player
// chrome (video.js, JW Player), ratings and reactions, and the print
// utilities of WordPress themes ("hidden-print", "noprint"). "paywall" is
// not one: Google's markup for subscription content (JSON-LD hasPart with
// isAccessibleForFree false and cssSelector ".paywall") puts that class on
// the gated part of the story itself.
var junkWords = []string{
	"share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "sign-up",
	"sponsor", "comment", "disqus", "author-bio", "authorbio", "about-author", "author-box",
	"author-info", "authorinfo", "author-card", "byline", "article-meta", "post-meta",
	"entry-meta", "tag-list", "taglist", "tags", "topics", "breadcrumb", "toolbar", "print",
	"cookie", "consent", "piano", "promo", "navigation", "navbar", "menu",
	"footer", "sidebar", "widget", "modal", "popup", "gallery-thumb", "thumbnails",
	"contribution", "contributions", "donation", "donations", "support-us", "supportus",
	"skip-link", "skiplink", "donate", "membership", "inline-ad", "adslot", "ad-slot",
	"ad-container", "ad-wrapper", "advert", "dfp", "most-read", "mostread", "popular",
	"trending", "recirc", "outbrain", "taboola", "further", "next-article", "prev-next",
	"pagination", "post-navigation", "nav-links", "entry-footer", "article-footer",
	"rating", "reactions", "emoji", "follow", "app-promo", "feedback",
	"hidden-print", "noprint", "subscriber", "login", "register", "related", "comments",
	"vjs", "jwplayer", "playlist", "cookiebanner",
	"tag", "nav", "social-share", "share-buttons", "sharebar", "share-bar", "author",
}

// relatedWords name a box of links to related stories, in English and in
// the words German, French and Spanish publishers use ("lesetipp",
// "lire-aussi", "leer-mas"), and the Guardian's stock "rich-link" card.
var relatedWords = []string{
	"related", "more-on", "moreon", "read-more", "readmore", "see-also", "seealso",
	"also-read", "alsoread", "rich-link", "richlink", "recommended", "more-stories",
	"morestories", "read-also", "readalso", "more-from", "further-reading", "read-next",
	"readnext", "lesetipp", "weitere", "mehr-zum", "a-lire", "lire-aussi", "leer-mas",
	"article-promo", "inline-promo", "story-promo",
}

// popularWords name site-wide lists of stories that are not related to the
// article: most read, trending, latest, editors' picks, sponsored links.
var popularWords = []string{
	"popular", "most-read", "mostread", "most-viewed", "mostviewed", "trending", "top-stories",
	"topstories", "latest", "most-shared", "editors-pick", "outbrain", "taboola", "sponsored",
	"around-the-web", "from-the-web", "recommended-for-you",
}

// hintsOf reads n's class and id. The class and id are split into words
// at every character that is not a letter or digit; each word, and each
// pair and triple of adjacent words run together ("article-body" gives
// "articlebody"), is looked up in a table, and long words the table does
// not know ("commentlist") are searched for the table's roots. The cost is
// a few map lookups per element, which matters: every pass asks.
func hintsOf(n *html.Node) hint {
	var c *hintCache
	return c.of(n)
}

// hintCache remembers what each class, id and data-component value says,
// for one parse: pages repeat the same few hundred values on thousands of
// elements, and every pass asks. It also remembers whether a value may
// mark a byline or a date line (mayMarkMeta), which collectMeta asks of
// every element before it asks for hints: the values that cannot are not
// read for hints unless a later stage asks. A nil cache caches nothing.
type hintCache struct {
	// table holds the entries in open addressing by a hash of their
	// value (nil: no entry): one hash per value looked up, where a map
	// that is first asked and then written hashes twice.
	table []*hintEntry
	n     int // entries in table, at most maxHintValues
	seed  maphash.Seed
	// free holds entries not yet handed out: they are made 256 at a time.
	free []hintEntry
	// recent holds values last looked up, at a slot chosen from their
	// length and bytes: elements near each other share classes, and a
	// comparison costs less than hashing the value.
	recent [256]struct {
		v string
		e *hintEntry
	}
}

// maxHintValues bounds the values a hintCache remembers.
const maxHintValues = 4096

// hintEntry is what a hintCache knows of one value.
type hintEntry struct {
	v     string
	h     hint  // wordHints of v, once known has knownHints
	known uint8 // what the entry has read
	meta  bool  // mayMarkMeta of v, once known has knownMeta
}

// What a hintEntry has read.
const (
	knownHints uint8 = 1 << iota
	knownMeta
)

func newHintCache() *hintCache {
	return &hintCache{table: make([]*hintEntry, 1024), seed: maphash.MakeSeed()}
}

// of is hintsOf, reading each attribute value through the cache.
func (c *hintCache) of(n *html.Node) hint {
	var h hint
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "class", "id", "data-component":
			if a.Namespace == "" && a.Val != "" {
				h |= c.words(a.Val)
			}
		case "itemprop":
			if a.Val == "articleBody" || a.Val == "text" && n.DataAtom != atom.Span {
				h |= hintBody
			}
		}
	}
	if h&hintBody != 0 {
		h |= hintPositive
	}
	return h
}

// words returns wordHints(v) for a value v that is not empty.
func (c *hintCache) words(v string) hint {
	if c == nil {
		return wordHints(v)
	}
	e := c.entry(v)
	if e.known&knownHints == 0 {
		e.h = wordHints(v)
		e.known |= knownHints
	}
	return e.h
}

// marksMeta returns mayMarkMeta(v) for a value v that is not empty.
func (c *hintCache) marksMeta(v string) bool {
	if c == nil {
		return mayMarkMeta(v)
	}
	e := c.entry(v)
	if e.known&knownMeta == 0 {
		e.meta = mayMarkMeta(v)
		e.known |= knownMeta
	}
	return e.meta
}

// entry returns the cache's entry for v, which is not empty, making one
// that knows nothing yet if there is none.
func (c *hintCache) entry(v string) *hintEntry {
	r := &c.recent[(len(v)+7*int(v[0])+3*int(v[len(v)-1])+int(v[len(v)/2]))&255]
	if r.v == v {
		return r.e
	}
	mask := len(c.table) - 1
	i := int(maphash.String(c.seed, v)) & mask
	for c.table[i] != nil && c.table[i].v != v {
		i = (i + 1) & mask
	}
	e := c.table[i]
	if e == nil {
		if len(c.free) == 0 {
			c.free = make([]hintEntry, 256)
		}
		e, c.free = &c.free[0], c.free[1:]
		e.v = v
		if c.n < maxHintValues {
			c.table[i] = e
			if c.n++; 2*c.n > len(c.table) {
				c.grow()
			}
		}
	}
	r.v, r.e = v, e
	return e
}

// grow doubles c.table, keeping it at most half full.
func (c *hintCache) grow() {
	old := c.table
	c.table = make([]*hintEntry, 2*len(old))
	mask := len(c.table) - 1
	for _, e := range old {
		if e != nil {
			i := int(maphash.String(c.seed, e.v)) & mask
			for c.table[i] != nil {
				i = (i + 1) & mask
			}
			c.table[i] = e
		}
	}
}

// wordHints reads one class, id or data-component value. It allocates
// nothing for ASCII values in lower case, which nearly all are. It runs
// once for every distinct value on a page, a few hundred times a page.
func wordHints(v string) hint {
	if len(v) > 300 {
		// Hint words sit near the start; a giant attribute is not worth
		// reading in full on every pass.
		v = v[:300]
	}
	// Words are read from a lower-cased copy. Unicode lower case may
	// differ in length.
	if v = toLower(v); len(v) > 300 {
		v = v[:300]
	}
	// One pass splits v into words and reads each word as it ends, with
	// the pair and triple of words that end with it. A class name like
	// "article__block--related" is one token of the attribute: pairs and
	// triples only join words within it. A space right after a word ends
	// the token; the words and those spaces count towards maxHintSlots.
	var h hint
	slots := 0
	lastEnd := -1 // where the last slot's word ends; -1 after a space
	// prev and prev2 are the two words before, within the token, and ""
	// where there is none; a skipped word starts no pair or triple.
	var prev, prev2 string
	prevSkip, prev2Skip := false, false
	for i := 0; i < len(v); {
		c := v[i]
		if !hintWordByte[c] {
			if c == ' ' && lastEnd == i && slots < maxHintSlots {
				slots++
				lastEnd = -1
				prev, prev2 = "", ""
			}
			i++
			continue
		}
		start := i
		for i < len(v) && hintWordByte[v[i]] {
			i++
		}
		if slots >= maxHintSlots {
			continue
		}
		slots++
		lastEnd = i
		w := v[start:i]
		// Elementor, a page builder, calls every block of a page a
		// widget, the article's text included.
		skip := w == "widget" && prev == "elementor"
		if !skip {
			if x, ok := lookupHintWord(w); ok {
				if x&hintAd != 0 && start >= 2 && v[start-1] == '-' && v[start-2] == '-' {
					// "section--ads" is a section that holds ads, not an
					// ad: the word is a BEM modifier.
					x = 0
				}
				h |= x
			} else if x, ok := lookupHintWord(singular(w)); ok {
				h |= x
			} else if len(w) >= 7 {
				h |= rootHints(w)
			}
		}
		if prev != "" && !prevSkip && hintKeyMayBe(len(prev)+len(w), prev[0], w[len(w)-1]) {
			var buf [64]byte
			h |= hintWords[string(append(append(buf[:0], prev...), w...))]
		}
		if prev2 != "" && prev != "" && !prev2Skip &&
			hintKeyMayBe(len(prev2)+len(prev)+len(w), prev2[0], w[len(w)-1]) {
			var buf [64]byte
			h |= hintWords[string(append(append(append(buf[:0], prev2...), prev...), w...))]
		}
		prev2, prev2Skip = prev, prevSkip
		prev, prevSkip = w, skip
	}
	return h
}

// maxHintSlots bounds the words wordHints reads in one value, with the
// spaces between class names.
const maxHintSlots = 24

// hasCapitalOrNonASCII reports whether s holds an ASCII capital or a byte
// past ASCII: whether strings.ToLower may change it. It reads eight bytes
// at a time.
func hasCapitalOrNonASCII(s string) bool {
	i := 0
	for ; len(s)-i >= 8; i += 8 {
		// Added to an ASCII byte, 0x3f sets its top bit from 'A' on and
		// 0x25 from past 'Z' on; neither carries into the next byte.
		x := load64(s[i : i+8])
		if x&highBits != 0 || (x+0x3f*lowBits)&^(x+0x25*lowBits)&highBits != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c-'A' < 26 {
			return true
		}
	}
	return false
}

// hintWordByte marks the bytes that belong to a word of a class name:
// letters, digits and the bytes of non-ASCII characters.
var hintWordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	return t
}()

// singular returns a plural word ("comments") without its "s", and ""
// for other words.
func singular(w string) string {
	if len(w) <= 3 || w[len(w)-1] != 's' {
		return ""
	}
	return w[:len(w)-1]
}

// lookupHintWord is hintWords[w], skipping the map for the many words the
// key filter rules out.
func lookupHintWord(w string) (hint, bool) {
	if len(w) == 0 || !hintKeyMayBe(len(w), w[0], w[len(w)-1]) {
		return 0, false
	}
	h, ok := hintWords[w]
	return h, ok
}

// hintKeyFilter records, for every key of hintWords, its length, first
// byte and last byte (each folded to 5 bits): a word whose three do not
// appear together is certainly not a key. Most words looked up are not.
var hintKeyFilter = func() *[32][32]uint32 {
	var f [32][32]uint32
	for k := range hintWords {
		if k != "" {
			f[len(k)&31][k[0]&31] |= 1 << (k[len(k)-1] & 31)
		}
	}
	return &f
}()

// hintKeyMayBe reports whether a key of hintWords could have length n,
// first byte first and last byte last.
func hintKeyMayBe(n int, first, last byte) bool {
	return hintKeyFilter[n&31][first&31]&(1<<(last&31)) != 0
}

// rootHints searches a long unknown word for the roots of the hint table:
// "commentlist" holds "comment", "relatedposts" holds "related".
func rootHints(w string) hint {
	return hint(hintRootMatcher.groups(w))
}

// hintRootMatcher finds hintRoots in a word, all in one pass: its groups
// are the bits of hint, each holding the roots that set it.
var hintRootMatcher = func() *phraseMatcher {
	groups := map[uint][]string{}
	for _, r := range hintRoots {
		for bit := uint(0); bit < 32; bit++ {
			if r.h&(1<<bit) != 0 {
				groups[bit] = append(groups[bit], r.root)
			}
		}
	}
	return newPhraseMatcher(groups)
}()

// hintWords maps a class word, or adjacent words run together, to what it
// says about the element.
var hintWords = func() map[string]hint {
	m := map[string]hint{}
	add := func(words []string, h hint) {
		for _, w := range words {
			k := strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 {
					return r
				}
				return -1
			}, w)
			m[k] |= h
		}
	}
	add(bodyWords, hintBody|hintPositive)
	add(positiveWords, hintPositive)
	add(negativeWords, hintNegative)
	add(unlikelyWords, hintUnlikely)
	add(junkWords, hintJunk)
	add(relatedWords, hintRelated)
	add(popularWords, hintPopular)
	add(adWords, hintAd|hintJunk|hintUnlikely|hintNegative)
	add([]string{"gallery", "slideshow", "carousel", "lightbox", "video-player", "videoplayer",
		"settings", "tooltip", "controlbar", "control-bar"}, hintWidget|hintJunk|hintNegative)
	// Words that hold a furniture root but name something else: opinion
	// sections, investors, headlines.
	for _, w := range []string{"commentary", "commentaries", "shareholder", "shareholders", "headline", "headlines", "subheader", "menuitem"} {
		if _, ok := m[w]; !ok {
			m[w] = 0
		}
	}
	add([]string{"caption", "legend", "figcaption", "wp-caption-text"}, hintCaption)
	add(nextStoryWords, hintNextStory)
	add([]string{"title", "titles", "heading", "headings", "label", "header", "subhead", "subheading", "headline"}, hintLabel)
	add([]string{"byline", "bylines", "author", "authors", "by-line", "writer", "writers", "contributor",
		"contributors", "autor", "autoren", "reporter", "journalist"}, hintBylineish)
	add([]string{"date", "dates", "time", "times", "publish", "published", "posted", "meta", "datum",
		"fecha", "timestamp", "dateline", "pubdate", "byline"}, hintDateish)
	add([]string{"intro", "article-intro", "full-intro", "lead", "lede", "teaser", "standfirst",
		"summary", "excerpt", "dek", "abstract", "chapo", "chapeau", "vorspann", "entradilla",
		"bajada", "occhiello", "sommario", "article-lead", "lead-text", "intro-text"}, hintIntro)
	add([]string{"credit", "credits", "copyright", "photographer", "source", "rights", "attribution", "photo-credit", "image-credit"}, hintCredit)
	add([]string{"visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader", "offscreen", "a11y", "element-invisible", "screen-reader-text", "vh"}, hintHiddenish)
	return m
}()

// hintRoots are the stems searched for inside long unknown words.
var hintRoots = func() []struct {
	root string
	h    hint
} {
	var out []struct {
		root string
		h    hint
	}
	for _, r := range []string{"articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articlecontent", "bodytext", "articletext"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintBody | hintPositive})
	}
	for _, r := range []string{"comment", "sidebar", "footer", "header", "share", "social", "newsletter", "subscribe", "navigation", "navbar", "menu", "breadcrumb", "banner", "sponsor", "cookie", "popup", "masthead"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintNegative | hintUnlikely | hintJunk})
	}
	for _, r := range []string{"related", "readmore", "seealso", "morestories", "recommended"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintRelated | hintUnlikely})
	}
	for _, r := range []string{"popular", "mostread", "trending", "mostviewed"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintPopular | hintUnlikely})
	}
	for _, r := range []string{"article", "content", "story", "entry"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintPositive})
	}
	for _, r := range []string{"byline", "author", "autor", "writer", "contributor", "reporter", "journalist"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintBylineish})
	}
	for _, r := range []string{"date", "time", "publish", "posted", "meta", "datum", "fecha"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintDateish})
	}
	for _, r := range []string{"readnext", "nextstory", "nextarticle", "upnext", "prevnext", "postnavigation"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintNextStory})
	}
	for _, r := range []string{"title", "heading", "label", "header", "subhead", "headline"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintLabel})
	}
	for _, r := range []string{"caption"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintCaption})
	}
	for _, r := range []string{"credit", "copyright"} {
		out = append(out, struct {
			root string
			h    hint
		}{r, hintCredit})
	}
	return out
}()

// adWords name advertisements.
var adWords = []string{
	"ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense",
	"adslot", "adunit", "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "inline-ad",
	"dfp", "gpt", "googleads", "sponsored", "anzeige", "werbung", "publicite", "publicidad",
	"pub", "outbrain", "taboola",
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
