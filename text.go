package article

import (
	"iter"
	"math"
	"slices"
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
// tabs and line breaks become one space; control characters and the
// invisible characters a page uses for hyphenation and line breaking
// (zero-width spaces and joiners, soft hyphens, byte order marks) are
// left out; and invalid UTF-8 becomes U+FFFD, as a browser decodes it.
// Leaving a character out never joins what is on either side into a tag
// or a script URL scheme (see joinGuard). Its buffer may be reused (see
// reset) and may start out on the caller's stack, so that a short text
// costs one allocation, the final string.
type textBuilder struct {
	b       []byte
	pending bool // a space is owed before the next visible character
	guard   joinGuard
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
				} else if !t.pending {
					t.guard.leftOut(t.b, utf8.RuneError)
				}
				continue
			}
			if !t.room(c) {
				return
			}
			// Copy the run of visible ASCII that starts here at once. Like
			// one byte at a time, its first byte goes in and the rest only
			// while the block is under maxBlockText. Single spaces between
			// visible ASCII need no folding: the words they part go in
			// with them, while the whole fits; else only the first word.
			n := maxBlockText - len(t.b)
			j := wordsEnd(s, i)
			if j-(i-1) > n {
				j = i
				for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
					j++
				}
			}
			from := len(t.b)
			if k := j - (i - 1); k > n {
				t.b = append(t.b, s[i-1:i-1+max(n, 1)]...)
				t.b = t.guard.settle(t.b, from)
				return
			}
			t.b = append(t.b, s[i-1:j]...)
			t.b = t.guard.settle(t.b, from)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Each ill-formed sequence shows as one U+FFFD, as browsers
			// decode UTF-8.
			size = invalidUTF8Len(s[i:])
		}
		i += size
		switch {
		case isWideSpace(r):
			t.space()
			continue
		case isLeftOut(r):
			if !t.pending {
				t.guard.leftOut(t.b, r)
			}
			continue
		}
		if !t.room(c) {
			return
		}
		from := len(t.b)
		t.b = utf8.AppendRune(t.b, r)
		t.b = t.guard.settle(t.b, from)
		// Now no space is owed and the guard holds nothing: what follows
		// goes in as it is while the block has room, as it would one
		// character at a time: visible ASCII, characters outside ASCII
		// that are neither white space nor left out nor ill-formed, and a
		// single space before either (room is checked before the space,
		// as the character after it would check it). It is copied at once.
		run := i
		for i < len(s) && len(t.b)+(i-run) < maxBlockText {
			j := i
			if s[j] == ' ' {
				j++
			}
			if j == len(s) {
				break
			}
			if c := s[j]; c > ' ' && c < 0x7f {
				e := wordsEnd(s, j+1)
				if len(t.b)+(e-run) > maxBlockText {
					// The words do not fit whole: the loop above cuts them.
					break
				}
				i = e
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && size == 1 || isWideSpace(r) || isLeftOut(r) {
				break
			}
			i = j + size
		}
		t.b = append(t.b, s[run:i]...)
	}
}

// isWideSpace reports whether r is white space outside ASCII, which text
// folds like a space: the no-break spaces, the typographic spaces of
// different widths, the ideographic space and the line and paragraph
// separators.
func isWideSpace(r rune) bool {
	return r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f'
}

// wordsEnd returns where the words of visible ASCII from s[i:] end: the
// first offset from i that holds neither visible ASCII nor a single space
// before visible ASCII. It reads eight bytes at a time while none of them
// ends the words.
func wordsEnd(s string, i int) int {
	for len(s)-i > 8 {
		x := load64(s[i : i+8])
		// odd marks every byte other than visible ASCII (below "!", DEL
		// and above), and marks a visible byte only above one it marks
		// (a borrow or carry), so it is zero exactly when all eight are
		// visible ASCII.
		odd := ((x-lowBits*'!')&^x | (x + lowBits) | x) & highBits
		sp := bytesEqual(x, ' ')
		// The words end at a byte odd marks other than a space, at a
		// space before one it marks, or at a last space before a byte
		// other than visible ASCII.
		if odd&^sp|sp&(odd>>8) != 0 || sp>>63 != 0 && (s[i+8] <= ' ' || s[i+8] >= 0x7f) {
			break
		}
		i += 8
	}
	for i < len(s) {
		switch c := s[i]; {
		case c > ' ' && c < 0x7f:
			i++
		case c == ' ' && i+1 < len(s) && s[i+1] > ' ' && s[i+1] < 0x7f:
			i += 2
		default:
			return i
		}
	}
	return i
}

// isLeftOut reports whether r is a character text leaves out: C1 control
// characters, the invisible characters pages use to mark where a word
// may break or must not (zero-width space, non-joiner, joiner, word
// joiner, soft hyphen, and the byte order mark as the old zero-width
// no-break space), private-use characters (icon fonts draw them as
// pictures) and the interlinear annotation marks.
func isLeftOut(r rune) bool {
	switch {
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return true
	case r >= 0x80 && r < 0xa0, r >= 0xfff9 && r <= 0xfffb:
		return true
	case r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000 && r <= 0xffffd, r >= 0x100000 && r <= 0x10fffd:
		// The private use areas (Unicode category Co).
		return true
	}
	return false
}

// room makes way for the next visible character, whose first byte is c:
// it writes the space owed, or a character left out where leaving it out
// would join "<" and c into a tag, and reports false when the block is
// full.
func (t *textBuilder) room(c byte) bool {
	if len(t.b) >= maxBlockText {
		return false
	}
	if t.pending {
		t.b = append(t.b, ' ')
		t.pending = false
		t.guard = joinGuard{}
		return true
	}
	t.b = t.guard.before(t.b, c)
	return true
}

// joinGuard keeps a cleaner from making markup out of text by what it
// leaves out. With the character between them gone, "<" and "img" would
// read as a tag, and "java" and "script:" as a script URL, in text the
// page shows as neither. The guard remembers the last character left out
// after "<" or after a letter, and puts it back (as U+FFFD when it is a
// control character, which text may not carry) when the next character
// makes such a join: a letter, "/", "!" or "?" after "<", the way an HTML
// tokenizer opens a tag; the ":" ending javascript, vbscript or data with
// the gap inside the name. Its zero value remembers nothing.
type joinGuard struct {
	afterLT rune // left out just after "<"; 0 when nothing was
	inWord  int  // 1 + the offset where a character was left out after a letter; 0 when none
	wordR   rune // the character left out at inWord
}

// leftOut records that r was left out at the end of out.
func (g *joinGuard) leftOut(out []byte, r rune) {
	if len(out) == 0 {
		return
	}
	switch c := out[len(out)-1]; {
	case c == '<':
		g.afterLT = r
	case isASCIILetter(c):
		g.inWord, g.wordR = len(out)+1, r
	}
}

// before is called before a character whose first byte is c is added to
// out. It puts back the character left out after "<" when c opens a tag.
func (g *joinGuard) before(out []byte, c byte) []byte {
	if g.afterLT != 0 {
		if opensTag(c) {
			out = utf8.AppendRune(out, keptForm(g.afterLT))
		}
		g.afterLT = 0
	}
	return out
}

// settle is called once out[from:] has been added. A character left out
// inside a run of letters that ends in ":" is put back when the letters
// read as a script URL scheme only without it.
func (g *joinGuard) settle(out []byte, from int) []byte {
	if g.inWord == 0 {
		return out
	}
	for i := from; i < len(out); i++ {
		c := out[i]
		if isASCIILetter(c) {
			continue
		}
		at := g.inWord - 1
		g.inWord = 0
		if c != ':' || !endsInScheme(out[:i], at) {
			return out
		}
		kept := utf8.AppendRune(nil, keptForm(g.wordR))
		if len(out)+len(kept) > maxBlockText {
			// No room to put it back: cut the text at the gap instead.
			return out[:at]
		}
		return slices.Insert(out, at, kept...)
	}
	return out
}

// endsInScheme reports whether b ends in the name of a script URL scheme
// (javascript, vbscript, data; any case) that spans offset at.
func endsInScheme(b []byte, at int) bool {
	for _, scheme := range [...]string{"javascript", "vbscript", "data"} {
		start := len(b) - len(scheme)
		if start >= 0 && at > start && hasPrefixFoldString(string(b[start:]), scheme) {
			return true
		}
	}
	return false
}

// opensTag reports whether c after "<" starts a tag, an end tag, a comment
// or a doctype, or a processing instruction, as an HTML tokenizer reads it.
func opensTag(c byte) bool {
	return isASCIILetter(c) || c == '/' || c == '!' || c == '?'
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// keptForm is how a character left out is put back: itself, or U+FFFD for
// a control character, which text may not carry.
func keptForm(r rune) rune {
	if r < ' ' || r >= 0x7f && r < 0xa0 {
		return utf8.RuneError
	}
	return r
}

// invalidUTF8Len returns the length of the ill-formed UTF-8 sequence that
// starts s: its maximal subpart, the longest start of a well-formed
// sequence, or one byte. Browsers decode each such sequence to one U+FFFD
// (the WHATWG Encoding standard's UTF-8 decoder).
func invalidUTF8Len(s string) int {
	if s == "" {
		return 0
	}
	lo, hi, need := byte(0x80), byte(0xbf), 0
	switch c := s[0]; {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		lo, need = 0xa0, 2
	case c == 0xed:
		hi, need = 0x9f, 2
	case c >= 0xe1 && c <= 0xef:
		need = 2
	case c == 0xf0:
		lo, need = 0x90, 3
	case c == 0xf4:
		hi, need = 0x8f, 3
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	}
	n := 1
	for n <= need && n < len(s) && s[n] >= lo && s[n] <= hi {
		lo, hi = 0x80, 0xbf
		n++
	}
	return min(n, max(need, 1))
}

// String returns the text gathered so far.
func (t *textBuilder) String() string { return string(t.b) }

// from returns the text gathered since the first i bytes.
func (t *textBuilder) from(i int) string { return string(t.b[min(i, len(t.b)):]) }

// Len returns the length in bytes of the text gathered so far.
func (t *textBuilder) Len() int { return len(t.b) }

// reset empties t, keeping its buffer for the next text.
func (t *textBuilder) reset() {
	t.b, t.pending, t.guard = t.b[:0], false, joinGuard{}
}

// clean folds whitespace in s and drops what text must not carry.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	t := textBuilder{b: make([]byte, 0, min(len(s), maxBlockText))}
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

// cleanCode cleans preformatted text: line breaks and tabs stay; other
// control characters are left out, as textBuilder leaves them out, never
// joining what is on either side into markup (see joinGuard); invalid
// UTF-8 reads as U+FFFD; and blank lines at either end are trimmed.
func cleanCode(s string) string {
	out := make([]byte, 0, len(s))
	var g joinGuard
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			size = invalidUTF8Len(s[i:])
		}
		i += size
		if r != '\n' && r != '\t' && (r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0) {
			g.leftOut(out, r)
			continue
		}
		out = g.before(out, s[i-size])
		from := len(out)
		out = utf8.AppendRune(out, r)
		out = g.settle(out, from)
	}
	code := strings.Trim(string(out), "\n")
	return strings.TrimRight(code, " \t\n")
}

// nodeText returns the visible text below n, whitespace folded, with block
// boundaries and <br> as spaces.
func nodeText(n *html.Node) string {
	t := textBuilder{b: make([]byte, 0, 64)}
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

// textLens holds textLen of the elements measured so far in one parse.
// An element's text length is the sum over its children (text nodes'
// foldedLen, the textLen of elements other than those skipAlways or
// hidden), so measuring an element also measures every element below it:
// the block-level ones, which the body stage asks about, are recorded,
// and a later question about any of them, or about an element that holds
// them, reads their length instead of their text.
type textLens struct {
	of    map[*html.Node]int
	stack []int // the open elements' running totals, reused
}

// textLen is textLen(n), remembered.
func (s *state) textLen(n *html.Node) int {
	if l, ok := s.lens.of[n]; ok {
		return l
	}
	if n.Type == html.TextNode {
		return foldedLen(n.Data)
	}
	lens := &s.lens
	lens.stack = append(lens.stack[:0], 0)
	walkEnterExit(n, func(c *html.Node) bool {
		if c == n {
			// n's own total is the stack's first.
			return true
		}
		switch c.Type {
		case html.TextNode:
			lens.stack[len(lens.stack)-1] += foldedLen(c.Data)
			return false
		case html.ElementNode:
			if skipAlways(c) || isHidden(c) {
				return false
			}
			if isBlockLevel(c) {
				if l, known := lens.of[c]; known {
					lens.stack[len(lens.stack)-1] += l
					return false
				}
			}
		}
		lens.stack = append(lens.stack, 0)
		return true
	}, func(c *html.Node) {
		if c == n {
			return
		}
		l := lens.stack[len(lens.stack)-1]
		lens.stack = lens.stack[:len(lens.stack)-1]
		lens.stack[len(lens.stack)-1] += l
		if isBlockLevel(c) {
			lens.remember(c, l)
		}
	})
	l := lens.stack[0]
	lens.remember(n, l)
	return l
}

// remember records that n's text length is l. A nil lens remembers
// nothing.
func (lens *textLens) remember(n *html.Node, l int) {
	if lens == nil {
		return
	}
	if lens.of == nil {
		// Sized for the block elements that scoring reads in full in
		// most bodies, a few hundred at most: growing the map costs more
		// than the measuring, and a larger start costs memory on every
		// page.
		lens.of = make(map[*html.Node]int, 256)
	}
	lens.of[n] = l
}

// textLongerThan is textLongerThan(n, limit), answered from a length
// already known when it is, else read only until the limit is passed.
func (s *state) textLongerThan(n *html.Node, limit int) bool {
	if l, ok := s.lens.of[n]; ok {
		return l > limit
	}
	return textLongerThan(n, limit)
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
		// A byte of c holds 1 for each byte that is not a space and 1
		// more when a space comes before it: the eight sum to at most
		// 16, which the multiply gathers in its top byte.
		c := other>>7 + (other&(sp<<8|prev))>>7
		n += int(c * lowBits >> 56)
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
	if len(s) >= 8 {
		for ; len(s)-i > 8; i += 8 {
			if load64(s[i:i+8])&highBits != 0 {
				return false
			}
		}
		// The last bytes, in the word that ends s.
		return load64(s[len(s)-8:])&highBits == 0
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isPrintableASCII reports whether s holds only printable ASCII: no
// control character, no byte past 0x7e.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
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
		switch r = foldRune(r); r {
		case 0:
			continue
		case ' ':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune is how foldKey reads r: the letter or digit it keeps, lowered;
// ' ' for a character that parts words (white space, dashes, "/" and
// "|"); 0 for one it leaves out.
func foldRune(r rune) rune {
	if uint32(r) < utf8.RuneSelf {
		return rune(foldASCII[r])
	}
	return foldWideRune(r)
}

// foldWideRune is foldRune for a character past ASCII.
func foldWideRune(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r)
	}
	if unicode.IsSpace(r) || r == '–' || r == '—' {
		return ' '
	}
	return 0
}

// foldASCII is foldRune for ASCII, decided as the Unicode tables would
// decide it: white space is tab to carriage return and the space.
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = c
		case 'A' <= c && c <= 'Z':
			t[c] = c + 'a' - 'A'
		case c == ' ' || '\t' <= c && c <= '\r' || c == '-' || c == '/' || c == '|':
			t[c] = ' '
		}
	}
	return t
}()

// lowersAsASCII reports whether strings.ToLower(s) is s with only its
// ASCII capitals lowered: s is valid UTF-8 and lowercasing leaves every
// other character as it is (curly quotes and dashes, accented lowercase).
func lowersAsASCII(s string) bool {
	for i := 0; i < len(s); {
		if len(s)-i >= 8 && load64(s[i:i+8])&highBits == 0 {
			// Eight ASCII bytes.
			i += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || lowerRune(r) != r {
			return false
		}
		i += size
	}
	return true
}

// toLower is strings.ToLower(s), lowering each character with lowerRune.
// Text that is lower-case ASCII already, as nearly all attribute values
// and keys are, is returned as it is after one cheap look.
func toLower(s string) string {
	if !hasCapitalOrNonASCII(s) {
		return s
	}
	if len(s) <= 256 {
		// Short ASCII text is lowered in one pass, on the stack.
		var buf [256]byte
		if l, ok := lowerASCII(buf[:len(s)], s); ok {
			return string(l)
		}
	} else if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		// An ill-formed byte reads as U+FFFD, as strings.ToLower writes it.
		b.WriteRune(lowerRune(r))
	}
	return b.String()
}

// lowerRune is unicode.ToLower(r), read without the case tables for the
// letters of Latin-1 and the basic Cyrillic alphabet, and for ranges that
// hold no capitals: general punctuation, CJK symbols, kana and ideographs.
// A test compares it with unicode.ToLower on every rune.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return rune(lowerASCIIByte(byte(r)))
	case r >= 0xc0 && r <= 0xde && r != 0xd7, r >= 0x410 && r <= 0x42f:
		return r + 0x20
	case r >= 0x400 && r <= 0x40f:
		return r + 0x50
	case r >= 0xdf && r <= 0xff, r >= 0x430 && r <= 0x45f, r >= 0x2000 && r <= 0x206f, r >= 0x3000 && r <= 0x9fff:
		return r
	}
	return unicode.ToLower(r)
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
	byStart [256][]matcherPhrase         // by the hashed start's low byte
}

// phraseStartBits is the size of phraseMatcher's table of starts.
const phraseStartBits = 1 << 16

type matcherPhrase struct {
	start  uint32 // the first three bytes, as groups reads them
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
			list := m.byStart[k%256]
			found := false
			for i := range list {
				if list[i].text == p {
					list[i].groups |= 1 << g
					found = true
				}
			}
			if !found {
				list = append(list, matcherPhrase{uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2]), p, 1 << g})
			}
			m.byStart[k%256] = list
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
	starts := &m.starts
	// w holds the lowered bytes read so far, the last three as
	// phraseStart reads them, each lowered once.
	w := uint32(asciiLower[s[0]])<<8 | uint32(asciiLower[s[1]])
	for i := 2; i < len(s); i++ {
		w = (w<<8 | uint32(asciiLower[s[i]])) & 0xffffff
		k := w * 2654435761 >> (32 - 16)
		if starts[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, p := range m.byStart[k%256] {
			if p.start == w && g&p.groups != p.groups && hasPrefixFoldString(s[i-2:], p.text) {
				g |= p.groups
			}
		}
	}
	return g
}

// asciiLower maps each byte to itself with ASCII capitals lowered, as
// lowerASCIIByte does.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = lowerASCIIByte(byte(c))
	}
	return t
}()

// maxMarkupLevels bounds how many times markupText reads text as HTML:
// more levels of escaping than this are not text anyone meant to show.
const maxMarkupLevels = 4

// markupText returns what s shows when read as HTML, if s holds markup
// (see hasMarkup), and s itself otherwise. Pages put HTML, sometimes
// escaped once more, into what is meant to be plain text: a meta tag's
// content, a JSON-LD headline. Markup left after reading the text as HTML
// (it was escaped twice) is read again; text still holding markup after
// maxMarkupLevels readings is dropped.
func markupText(s string) string {
	for range maxMarkupLevels {
		if !hasMarkup(s) {
			return s
		}
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return ""
		}
		s = nodeText(doc)
	}
	if hasMarkup(s) {
		return ""
	}
	return s
}

// hasMarkup reports whether s holds "<" followed by a letter, "/", "!" or
// "?": what an HTML tokenizer reads as the start of a tag, a comment or a
// doctype.
func hasMarkup(s string) bool {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if opensTag(s[i+1]) {
			return true
		}
		s = s[i+1:]
	}
}

// markupAt yields the offset of each "<" in s that opens markup (see
// hasMarkup).
func markupAt(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := strings.IndexByte(s, '<'); i >= 0; {
			if i+1 < len(s) && opensTag(s[i+1]) && !yield(i) {
				return
			}
			j := strings.IndexByte(s[i+1:], '<')
			if j < 0 {
				return
			}
			i += 1 + j
		}
	}
}

// hasMarkupNotIn reports whether s holds markup whose name (see
// markupName) is not in shown.
func hasMarkupNotIn(s string, shown map[string]bool) bool {
	for i := range markupAt(s) {
		if !shown[markupName(s[i:])] {
			return true
		}
	}
	return false
}

// markupName returns the "<" that opens markup at the start of s with the
// letters and digits of the name after it, lowercased: "<div", "</p", "<!".
func markupName(s string) string {
	j := 2
	for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return strings.ToLower(s[:j])
}

// dropUnshownMarkup is the last step of a parse: it makes sure that no text
// of a holds markup its page does not show. A page may show markup as text
// (a tutorial's "&lt;div&gt;", code that quotes HTML) and the article then
// holds it as the page shows it; the stages take care never to make any
// (see joinGuard and markupText). Markup that got past them anyway, "<"
// and a tag name that the page's shown text (see shownMarkupOf) never
// holds, has its "<" replaced by U+FFFD: the rest of the text stays, and
// no reader of the text can take it for a tag. It reads the page's text
// only when some text of a holds markup, on few pages.
//
// It visits every text field of Article and of the types in it: a new
// text field must be added here (the tests' everyFieldSeen fails until it
// is counted there).
func dropUnshownMarkup(a *Article, root *html.Node) {
	var shown map[string]bool
	// marked replaces the "<" of unshown markup in *s and moves marks over
	// *s along: U+FFFD is three bytes where "<" was one.
	marked := func(s *string, marks []Mark) {
		if !hasMarkup(*s) {
			return
		}
		if shown == nil {
			shown = shownMarkupOf(root)
		}
		if !hasMarkupNotIn(*s, shown) {
			return
		}
		var b strings.Builder
		var at []int // where a "<" was replaced, in the old text
		done := 0
		for i := range markupAt(*s) {
			if !shown[markupName((*s)[i:])] {
				b.WriteString((*s)[done:i])
				b.WriteRune(utf8.RuneError)
				done = i + 1
				at = append(at, i)
			}
		}
		b.WriteString((*s)[done:])
		*s = b.String()
		grow := len(string(utf8.RuneError)) - 1
		moved := func(off int) int {
			n := 0
			for _, i := range at {
				if i < off {
					n++
				}
			}
			return off + n*grow
		}
		for i := range marks {
			marks[i].Start, marks[i].End = moved(marks[i].Start), moved(marks[i].End)
		}
	}
	fix := func(s *string) { marked(s, nil) }
	fixSpan := func(sp *Span) {
		if sp != nil {
			marked(&sp.Text, sp.Marks)
		}
	}
	fixLinks := func(links []Link) {
		for i := range links {
			fix(&links[i].Text)
		}
	}
	fixImage := func(im *Image) {
		if im != nil {
			fix(&im.Alt)
			marked(&im.Caption, im.CaptionMarks)
			fix(&im.Credit)
		}
	}
	var fixItems func(items []ListItem)
	fixItems = func(items []ListItem) {
		for i := range items {
			marked(&items[i].Text, items[i].Marks)
			if sub := items[i].Sublist; sub != nil {
				fixItems(sub.ListItems)
			}
		}
	}
	fix(&a.Title)
	fix(&a.Description)
	fix(&a.Byline)
	for i := range a.Authors {
		fix(&a.Authors[i].Name)
	}
	fix(&a.SiteName)
	fix(&a.Language)
	for i := range a.Tags {
		fix(&a.Tags[i])
	}
	fixImage(a.Image)
	for i := range a.Sections {
		sec := &a.Sections[i]
		fix(&sec.Heading)
		for j := range sec.Blocks {
			bl := &sec.Blocks[j]
			marked(&bl.Text, bl.Marks)
			for k := range bl.Items {
				fix(&bl.Items[k])
			}
			fixItems(bl.ListItems)
			for k := range bl.Rows {
				for c := range bl.Rows[k].Cells {
					fixSpan(&bl.Rows[k].Cells[c])
				}
			}
			for k := range bl.Paragraphs {
				fixSpan(&bl.Paragraphs[k])
			}
			fixSpan(bl.Citation)
			fix(&bl.Language)
			fixImage(bl.Image)
			fixLinks(bl.Links)
		}
	}
	fixLinks(a.Related)
}

// shownMarkupOf returns the markup names (see markupName) that the page
// under root shows as text, which an article may then hold. The page shows
// the text of its text nodes, outside elements whose content is not shown
// as text (scripts, styles, templates, frames), joined as a browser joins
// adjacent text ("&lt;<b>div</b>" shows "<div"); the content of a noscript
// element read as HTML, as a browser without scripts shows it; and alt and
// title attributes, shown for a missing image and as a tooltip.
func shownMarkupOf(root *html.Node) map[string]bool {
	shown := map[string]bool{}
	add := func(s string) {
		for i := range markupAt(s) {
			shown[markupName(s[i:])] = true
		}
	}
	var text strings.Builder
	var read func(root *html.Node, depth int)
	read = func(root *html.Node, depth int) {
		walk(root, func(n *html.Node) bool {
			switch n.Type {
			case html.TextNode:
				text.WriteString(n.Data)
				return false
			case html.ElementNode:
			default:
				return true
			}
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Iframe, atom.Noembed, atom.Noframes:
				return false
			case atom.Noscript:
				if c := n.FirstChild; depth < maxMarkupLevels && c != nil && c.Type == html.TextNode {
					if doc, err := html.Parse(strings.NewReader(c.Data)); err == nil {
						read(doc, depth+1)
					}
				}
				return false
			}
			for _, at := range n.Attr {
				if at.Namespace == "" && (at.Key == "alt" || at.Key == "title") {
					add(at.Val)
				}
			}
			return true
		})
	}
	read(root, 0)
	add(text.String())
	return shown
}
