package article

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lazySrcAttrs are where lazy-loading scripts keep the real image address
// until the picture scrolls into view: data-src (lazysizes, lozad, most
// WordPress lazy-load plugins), data-lazy-src (WP Rocket), data-original
// (jQuery Lazy Load), data-srcset and data-lazy-srcset (their srcset
// forms), then the element's own srcset.
var lazySrcAttrs = []string{
	"data-src", "data-lazy-src", "data-original", "data-srcset", "data-lazy-srcset", "srcset",
}

// imgSource picks the real address of a picture as the page would show
// it: src, unless it is a placeholder, then the lazy-loading attributes,
// then a <source> of an enclosing <picture>, then the <img> that a
// <noscript> beside it holds for readers without script, then an inline
// data: src. A value with width or density descriptors is read as a
// srcset wherever it stands. It returns "" when the page gives nothing
// but placeholders.
func imgSource(img *html.Node) string {
	if v := realSource(attr(img, "src")); v != "" {
		return v
	}
	for _, a := range lazySrcAttrs {
		if v := realSource(attr(img, a)); v != "" {
			return v
		}
	}
	if p := img.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Source {
				continue
			}
			for _, a := range []string{"data-srcset", "srcset"} {
				if v := realSource(attr(c, a)); v != "" {
					return v
				}
			}
		}
	}
	if v := noscriptSource(img); v != "" {
		return v
	}
	// An inline data: picture is the page's own only when the parser is
	// asked to keep such pictures (Parser.KeepDataImages), which
	// imageFromImg decides.
	if v := strings.TrimSpace(attr(img, "src")); hasDataScheme(v) {
		return v
	}
	return ""
}

// realSource returns the address an image attribute's value names, the
// widest candidate when it is a srcset, or "" when it names only a
// placeholder, an inline data: image or a descriptor without an address.
func realSource(v string) string {
	v = strings.TrimSpace(v)
	if v == "" || hasDataScheme(v) {
		return ""
	}
	// A srcset written into src with its spaces percent-encoded, as some
	// templates and page savers do ("a.jpg%20940w,%20b.jpg%20670w"), is
	// read as the srcset it is, not as one address.
	if spaced := strings.ReplaceAll(v, "%20", " "); spaced != v && isSrcset(spaced) {
		v = largestSrcset(spaced)
	} else if strings.ContainsAny(v, " \t\n\r\f,") && isSrcset(v) {
		v = largestSrcset(v)
	}
	if v == "" || isPlaceholder(v) || isDescriptor(v) {
		return ""
	}
	return v
}

// srcCandidate is one image candidate of a srcset attribute.
type srcCandidate struct {
	url     string
	width   float64 // the "w" descriptor, 0 when absent
	density float64 // the "x" descriptor, 1 when absent
	// described says the candidate had a descriptor.
	described bool
}

// parseSrcset reads a srcset attribute as the HTML standard's "parse a
// srcset attribute" algorithm does: candidates are separated by commas;
// each is a URL, which may itself hold commas, followed by descriptors
// up to the next comma outside parentheses. A URL written with trailing
// commas ends its candidate. A candidate whose descriptors are not one
// width ("600w") or one density ("2x", "1.5x"), with a height ("400h")
// allowed beside a width, is dropped, as browsers drop it. It never
// panics.
func parseSrcset(set string) []srcCandidate {
	var out []srcCandidate
	i := 0
	for i < len(set) {
		for i < len(set) && (isSrcsetSpace(set[i]) || set[i] == ',') {
			i++
		}
		if i >= len(set) {
			break
		}
		start := i
		for i < len(set) && !isSrcsetSpace(set[i]) {
			i++
		}
		u := set[start:i]
		var desc []string
		if strings.HasSuffix(u, ",") {
			u = strings.TrimRight(u, ",")
		} else {
			desc, i = srcsetDescriptors(set, i)
		}
		if c, ok := srcsetCandidate(u, desc); ok {
			out = append(out, c)
		}
	}
	return out
}

// srcsetDescriptors collects the descriptors after a candidate's URL,
// from i up to the comma that ends the candidate (commas inside
// parentheses do not), and returns them with the index after that comma.
func srcsetDescriptors(set string, i int) ([]string, int) {
	var desc []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		if cur.Len() > 0 {
			desc = append(desc, cur.String())
			cur.Reset()
		}
	}
	for ; i < len(set); i++ {
		c := set[i]
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ',' && depth == 0:
			flush()
			return desc, i + 1
		case isSrcsetSpace(c) && depth == 0:
			flush()
			continue
		}
		cur.WriteByte(c)
	}
	flush()
	return desc, i
}

// srcsetCandidate checks a candidate's descriptors as the standard does.
func srcsetCandidate(u string, desc []string) (srcCandidate, bool) {
	c := srcCandidate{url: u, density: 1}
	if u == "" {
		return c, false
	}
	var w, x, h bool
	for _, d := range desc {
		if len(d) < 2 {
			return c, false
		}
		num, unit := d[:len(d)-1], d[len(d)-1]
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || v <= 0 {
			return c, false
		}
		switch {
		case unit == 'w' && !w && !x && isDigits(num):
			w, c.width = true, v
		case unit == 'x' && !w && !x && !h:
			x, c.density = true, v
		case unit == 'h' && !h && !x && isDigits(num):
			h = true
		default:
			return c, false
		}
	}
	if h && !w {
		return c, false
	}
	c.described = len(desc) > 0
	return c, true
}

// isSrcset reports whether v is written as a srcset rather than as one
// address: it ends in a comma, or a word of it, between white space and
// commas, is a descriptor ("600w", "2x"), as in a srcset whose addresses
// a script has not filled in yet ("150w, 300w"). An address with
// unencoded spaces ("my photo.jpg") is not.
func isSrcset(v string) bool {
	if strings.HasSuffix(strings.TrimSpace(v), ",") {
		return true
	}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r < utf8.RuneSelf && isSrcsetSpace(byte(r)) }) {
		if isDescriptor(f) {
			return true
		}
	}
	return false
}

// largestSrcset returns the address of a srcset's largest picture: the
// widest candidate when widths are given, else the densest; "" when no
// candidate is valid or names a picture.
func largestSrcset(set string) string {
	best, found := srcCandidate{}, false
	for _, c := range parseSrcset(set) {
		if isDescriptor(c.url) || isPlaceholder(c.url) || hasDataScheme(c.url) {
			continue
		}
		if !found || c.width > best.width || c.width == best.width && c.density > best.density {
			best, found = c, true
		}
	}
	return best.url
}

// isSrcsetSpace reports whether c is ASCII whitespace as the HTML standard
// counts it.
func isSrcsetSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDescriptor reports whether an address is only a srcset descriptor
// ("600w", "2x"), as a srcset whose URLs a script has not filled in yet
// leaves behind.
func isDescriptor(u string) bool {
	if len(u) < 2 {
		return false
	}
	switch u[len(u)-1] {
	case 'w', 'x', 'h', 'W', 'X', 'H':
	default:
		return false
	}
	_, err := strconv.ParseFloat(u[:len(u)-1], 64)
	return err == nil
}

// maxNoscriptScan bounds the markup of a <noscript> read for an image: a
// fallback img is a few hundred bytes; 8 KiB is a generous bound set by
// hand.
const maxNoscriptScan = 8 << 10

// noscriptSource returns the address of the <img> inside a <noscript>
// placed right beside img (its next or previous element sibling, or its
// parent's), where lazy-loading plugins (WordPress's, lazysizes' noscript
// extension) keep the real picture for readers without script. The
// parser keeps a <noscript>'s content as raw text, so it is tokenized
// here. It returns "" when there is none.
func noscriptSource(img *html.Node) string {
	for _, n := range []*html.Node{img, img.Parent} {
		if n == nil {
			continue
		}
		for _, sib := range []*html.Node{nextElement(n), prevElement(n)} {
			if sib == nil || sib.DataAtom != atom.Noscript {
				continue
			}
			if v := imgInMarkup(noscriptText(sib)); v != "" {
				return v
			}
		}
	}
	return ""
}

// noscriptText is the raw markup a <noscript> holds, bounded.
func noscriptText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil && b.Len() < maxNoscriptScan; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	s := b.String()
	if len(s) > maxNoscriptScan {
		s = s[:maxNoscriptScan]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
	}
	return s
}

// imgInMarkup returns the picture address of the first <img> in a piece
// of markup.
func imgInMarkup(markup string) string {
	if !strings.Contains(markup, "<") {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(markup))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom != atom.Img {
				continue
			}
			n := &html.Node{Type: html.ElementNode, Data: t.Data, DataAtom: t.DataAtom, Attr: t.Attr}
			for _, a := range append([]string{"src"}, lazySrcAttrs...) {
				if v := realSource(attr(n, a)); v != "" {
					return v
				}
			}
			return ""
		}
	}
}

// nextElement returns n's next element sibling, passing over white space.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// prevElement returns n's previous element sibling, passing over white
// space.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// isPlaceholder reports whether an image address is a stand-in a lazy
// loader swaps out: an inline data: image, or a file named as the common
// lazy-loading scripts and themes name theirs (placeholder, blank, spacer,
// pixel, 1x1, loading and spinner images).
func isPlaceholder(src string) bool {
	if hasDataScheme(src) {
		return true
	}
	l, ok := lowerPathWith(src, placeholderWords)
	if !ok {
		return false
	}
	name := l[strings.LastIndexByte(l, '/')+1:]
	return strings.Contains(l, "placeholder") || strings.Contains(l, "lazy-load") || strings.Contains(l, "lazyload") ||
		strings.Contains(name, "blank.") || strings.Contains(name, "spacer.") || strings.Contains(name, "pixel.") ||
		strings.HasPrefix(name, "1x1") || strings.Contains(name, "transparent.") ||
		strings.Contains(name, "holder.") || strings.Contains(name, "loading.") ||
		strings.Contains(name, "spinner.") || strings.Contains(name, "loader.")
}

// placeholderWords are the words isPlaceholder looks for.
var placeholderWords = indexWords("placeholder", "lazy-load", "lazyload", "blank.", "spacer.", "pixel.",
	"1x1", "transparent.", "holder.", "loading.", "spinner.", "loader.")

// lowerPathWith is lowerPath(u), when that holds one of words; else it
// reports false. A path of ASCII, whose lowering lowers only the capitals
// that words.in reads as lowercase, is searched first, and lowered only
// when it holds one.
func lowerPathWith(u string, words wordIndex) (string, bool) {
	u = beforeQuery(u)
	if isASCII(u) && !words.in(u) {
		return "", false
	}
	return toLower(u), true
}

// lowerPath is strings.ToLower(u) cut before its first '?' or '#'. Lowering
// maps each character on its own, and no character lowers to '?' or '#':
// the address is cut first, and its query and fragment are not lowered.
func lowerPath(u string) string {
	return toLower(beforeQuery(u))
}

// beforeQuery is u cut before its first '?' or '#'.
func beforeQuery(u string) string {
	u, _, _ = strings.Cut(u, "?")
	u, _, _ = strings.Cut(u, "#")
	return u
}

// hasDataScheme reports whether strings.ToLower(s) starts with "data:",
// without lowering what may be a long inline image: only ASCII letters
// lower to "d", "a" and "t".
func hasDataScheme(s string) bool {
	return len(s) >= 5 && strings.EqualFold(s[:5], "data:")
}

// imageURL makes an image address absolute against base and returns it
// when it can be a picture's address: an http(s) URL with a host name and
// a valid port, if any. It returns "" otherwise ("https://:0"). A srcset
// is read apart before, by realSource.
func imageURL(base *url.URL, src string) string {
	u := resolveURL(base, src)
	if u == "" {
		return ""
	}
	var host, port string
	if plainWebURL(u) {
		// The host and port are plain to read (url.Parse reads the same).
		host, _, _ = strings.Cut(u[strings.Index(u, "//")+2:], "/")
		host, _, _ = strings.Cut(host, "?")
		host, _, _ = strings.Cut(host, "#")
		host, port, _ = strings.Cut(host, ":")
	} else {
		p, err := url.Parse(u)
		if err != nil {
			return ""
		}
		host, port = p.Hostname(), p.Port()
	}
	if host == "" || strings.HasPrefix(host, ".") {
		return ""
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
			return ""
		}
	}
	return u
}
