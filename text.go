package article

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBlockText caps the text kept for one block. A longer run is cut at a
// word boundary; a real paragraph is never near this long.
const maxBlockText = 64 << 10

// textBuilder accumulates text with whitespace folded: runs of spaces,
// tabs and line breaks become one space, and control characters, invalid
// UTF-8 and zero-width characters are dropped. Its buffer may be reused
// (see reset) and may start out on the caller's stack, so that a short
// text costs one allocation, the final string.
type textBuilder struct {
	b       []byte
	pending bool // a space is owed before the next visible character
}

func (t *textBuilder) space() {
	if len(t.b) > 0 {
		t.pending = true
	}
}

func (t *textBuilder) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				// A run of white space and control characters folds to
				// one space when it holds white space; the rest drop.
				space := foldSpace[c] != 0
				for i < len(s) && (s[i] <= ' ' || s[i] == 0x7f) {
					space = space || foldSpace[s[i]] != 0
					i++
				}
				if space {
					t.space()
				}
				continue
			}
			if !t.room() {
				return
			}
			// Copy the run of visible ASCII that starts here at once. Like
			// one byte at a time, its first byte goes in and the rest only
			// while the block is under maxBlockText.
			j := i
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			n := maxBlockText - len(t.b)
			// Single spaces between visible ASCII need no folding: the
			// words they part go in with them, while the whole fits.
			e := j
			for e+1 < len(s) && s[e] == ' ' && s[e+1] > ' ' && s[e+1] < 0x7f {
				e += 2
				for e < len(s) && s[e] > ' ' && s[e] < 0x7f {
					e++
				}
			}
			if e > j && e-(i-1) <= n {
				j = e
			}
			if k := j - (i - 1); k > n {
				t.b = append(t.b, s[i-1:i-1+max(n, 1)]...)
				return
			}
			t.b = append(t.b, s[i-1:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			continue
		}
		switch {
		case r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f':
			t.space()
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r >= 0x80 && r < 0xa0, unicode.Is(unicode.Co, r), r >= 0xfff9 && r <= 0xfffb:
			continue
		}
		if !t.room() {
			return
		}
		t.b = utf8.AppendRune(t.b, r)
	}
}

// room makes way for the next visible character: it writes the space
// owed, and reports false when the block is full.
func (t *textBuilder) room() bool {
	if len(t.b) >= maxBlockText {
		return false
	}
	if t.pending {
		t.b = append(t.b, ' ')
		t.pending = false
	}
	return true
}

// String returns the text gathered so far.
func (t *textBuilder) String() string { return string(t.b) }

// from returns the text gathered since the first i bytes.
func (t *textBuilder) from(i int) string { return string(t.b[min(i, len(t.b)):]) }

// Len returns the length in bytes of the text gathered so far.
func (t *textBuilder) Len() int { return len(t.b) }

// reset empties t, keeping its buffer for the next text.
func (t *textBuilder) reset() {
	t.b, t.pending = t.b[:0], false
}

// clean folds whitespace in s and drops what text must not carry.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	var t textBuilder
	t.write(s)
	return t.String()
}

// isPlain reports whether s is already folded ASCII text, the common case
// that clean can return without copying.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// nodeText returns the visible text below n, whitespace folded, with block
// boundaries and <br> as spaces.
func nodeText(n *html.Node) string {
	var t textBuilder
	appendText(&t, n)
	return t.String()
}

func appendText(t *textBuilder, n *html.Node) {
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.write(c.Data)
		case html.ElementNode:
			if c != n && (skipAlways(c) || isHidden(c)) {
				return false
			}
			if isBlockLevel(c) {
				t.space()
			}
			if c.DataAtom == atom.Img || c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				t.space()
			}
		}
		return true
	})
}

// visibleText returns n's text like nodeText, leaving out the elements below
// n for which skip is true, and trimmed.
func visibleText(n *html.Node, skip func(*html.Node) bool) string {
	var t textBuilder
	writeText(&t, n, func(c *html.Node) bool { return c == n || !skip(c) })
	return strings.TrimSpace(t.String())
}

// writeText writes the text below n to t, a space for each block-level
// element; enter is asked about every element, n included, and the walk
// passes over those it refuses.
func writeText(t *textBuilder, n *html.Node, enter func(*html.Node) bool) {
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.write(c.Data)
			return false
		case html.ElementNode:
		default:
			return false
		}
		if !enter(c) {
			return false
		}
		if isBlockLevel(c) {
			t.space()
		}
		return true
	})
}

// hasTextWhere reports whether a walk below n that enters only the
// elements for which enter is true meets text other than white space.
func hasTextWhere(n *html.Node, enter func(*html.Node) bool) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		switch c.Type {
		case html.TextNode:
			found = strings.TrimSpace(c.Data) != ""
			return false
		case html.ElementNode:
			return enter(c)
		}
		return true
	})
	return found
}

// textLen returns the length in bytes of n's visible text, counting each
// whitespace run as one byte, without building the string.
func textLen(n *html.Node) int { return textLenPast(n, math.MaxInt) }

// textLongerThan reports whether textLen(n) > limit, reading n's text only
// until the limit is passed.
func textLongerThan(n *html.Node, limit int) bool { return textLenPast(n, limit) > limit }

// textLenPast is textLen(n), read only until it passes limit.
func textLenPast(n *html.Node, limit int) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if total > limit {
			return false
		}
		switch c.Type {
		case html.TextNode:
			total += foldedLen(c.Data)
		case html.ElementNode:
			if c != n && (skipAlways(c) || isHidden(c)) {
				return false
			}
		}
		return true
	})
	return total
}

// foldedLen is the length of s with each whitespace run counted as one.
func foldedLen(s string) int {
	// Count the bytes that are not spaces, plus one for each run of
	// spaces that some other byte follows. It runs over every text node
	// several times, so it reads eight bytes at a time: a mask with the
	// top bit of each space byte set gives both counts at once.
	// Many text nodes are only the white space between tags: a leading
	// run is skipped a byte at a time.
	i := 0
	for i < len(s) && foldSpace[s[i]] != 0 {
		i++
	}
	n := 0
	var prev uint64 // 0x80 when the byte before the word read is a space
	if i > 0 {
		prev = 0x80
	}
	for ; len(s)-i >= 8; i += 8 {
		x := load64(s[i : i+8])
		var sp uint64
		if (x-lowBits*0x20)&^x&highBits == 0 {
			sp = bytesEqual(x, ' ')
		} else {
			// A byte below the space, maybe a tab or a line break: rare
			// past a node's leading white space.
			sp = spaceMask(s[i : i+8])
		}
		other := ^sp & highBits
		n += bits.OnesCount64(other) + bits.OnesCount64(other&(sp<<8|prev))
		prev = sp >> 56
	}
	for ; i < len(s); i++ {
		sp := uint64(foldSpace[s[i]]) << 7
		if sp == 0 {
			n += 1 + int(prev>>7)
		}
		prev = sp
	}
	return n
}

const (
	lowBits  uint64 = 0x0101010101010101
	highBits uint64 = 0x8080808080808080
)

// spaceMask returns a mask with the top bit set in each byte of w that
// foldedLen folds, and no other bit.
func spaceMask(w string) uint64 {
	var m uint64
	for k := 0; k < len(w); k++ {
		m |= uint64(foldSpace[w[k]]) << (8*k + 7)
	}
	return m
}

// isASCII reports whether s holds only ASCII bytes, reading eight at a
// time.
func isASCII(s string) bool {
	i := 0
	for ; len(s)-i >= 8; i += 8 {
		if load64(s[i:i+8])&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// load64 reads the eight bytes of w as one little-endian word.
func load64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// bytesEqual returns a mask with the top bit set in each byte of x that
// equals c, and no other bit.
func bytesEqual(x uint64, c byte) uint64 {
	t := x ^ (lowBits * uint64(c))
	return ^((t&^highBits + ^highBits) | t) & highBits
}

// foldSpace marks the bytes that foldedLen folds: space, tab, line feed,
// carriage return and form feed.
var foldSpace = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\r': 1, '\f': 1}

// wordCount counts the space-separated words in folded text.
func wordCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// foldKey folds s for comparison: lowercase letters and digits only, single
// spaces between words, quotes and dashes dropped.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else if unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' || r == '|' {
			space = true
		}
	}
	return b.String()
}

// lowersAsASCII reports whether strings.ToLower(s) is s with only its
// ASCII capitals lowered: s is valid UTF-8 and lowercasing leaves every
// other character as it is (curly quotes and dashes, accented lowercase).
func lowersAsASCII(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// lowerASCIIByte lowercases an ASCII capital letter.
func lowerASCIIByte(c byte) byte {
	if c-'A' < 26 {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFoldString reports whether s starts with prefix, a lowercase
// string, with s's ASCII capitals read as lowercase.
func hasPrefixFoldString(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCIIByte(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// phraseMatcher finds which of a fixed set of lowercase phrases occur in
// a text, all in one pass: it is strings.Contains for each phrase of each
// group, with the text's ASCII capitals read as lowercase, at the cost of
// about one table lookup per byte. The table holds the phrases' first
// three bytes, hashed: pairs such as "to" or " a" open phrases and much
// of any text, three bytes rule out nearly every position.
type phraseMatcher struct {
	starts  [phraseStartBits / 64]uint64 // one bit per hashed start
	byFirst [256][]matcherPhrase
}

// phraseStartBits is the size of phraseMatcher's table of starts.
const phraseStartBits = 1 << 16

type matcherPhrase struct {
	text   string
	groups uint64
}

// phraseStart hashes three bytes to a bit of phraseMatcher.starts;
// groups computes it in place.
func phraseStart(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> (32 - 16)
}

// newPhraseMatcher makes a matcher for up to 64 groups of phrases, each
// at least three bytes long and lowercase.
func newPhraseMatcher[G ~uint](groups map[G][]string) *phraseMatcher {
	m := &phraseMatcher{}
	for g, phrases := range groups {
		for _, p := range phrases {
			if len(p) < 3 || p != strings.ToLower(p) || g >= 64 {
				panic("article: bad matcher phrase " + p)
			}
			k := phraseStart(p[0], p[1], p[2])
			m.starts[k/64] |= 1 << (k % 64)
			list := m.byFirst[p[0]]
			found := false
			for i := range list {
				if list[i].text == p {
					list[i].groups |= 1 << g
					found = true
				}
			}
			if !found {
				list = append(list, matcherPhrase{p, 1 << g})
			}
			m.byFirst[p[0]] = list
		}
	}
	return m
}

// groups returns the set of groups, one bit each, that have a phrase in s.
func (m *phraseMatcher) groups(s string) uint64 {
	if len(s) < 3 {
		return 0
	}
	var g uint64
	// w holds the three lowered bytes at i, as phraseStart reads them,
	// each read once.
	w := uint32(lowerASCIIByte(s[0]))<<8 | uint32(lowerASCIIByte(s[1]))
	for i := 0; i+2 < len(s); i++ {
		w = (w<<8 | uint32(lowerASCIIByte(s[i+2]))) & 0xffffff
		k := w * 2654435761 >> (32 - 16)
		if m.starts[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, p := range m.byFirst[byte(w>>16)] {
			if g&p.groups != p.groups && hasPrefixFoldString(s[i:], p.text) {
				g |= p.groups
			}
		}
	}
	return g
}
