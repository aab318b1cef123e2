package article

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markKindOf returns the kind of inline mark element n sets, or "" for
// none. Links are read apart, with their address.
func markKindOf(n *html.Node) MarkKind {
	switch n.DataAtom {
	case atom.Em, atom.I:
		return EmphasisMark
	case atom.Strong, atom.B:
		return StrongMark
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return CodeMark
	}
	return ""
}

// openMark is a mark element whose end has not been read yet.
type openMark struct {
	kind  MarkKind
	start int
	node  *html.Node // the element, for a link's address
}

// spanWalk reads the text below one element as one run of inline text,
// with its marks and links. Its text is what nodeText writes (plain) or
// what a paragraph read in the body's flow holds (not plain): the same
// walk gives the same text as those, marks aside.
type spanWalk struct {
	s    *state
	root *html.Node
	// plain reads the text as nodeText does: no hint-based skipping, and
	// a space for each image and table cell. The text of a link is
	// always read so.
	plain bool
	// quote records where block elements start and end, and the last
	// <cite> or <footer>, for a quotation's paragraphs and citation.
	quote bool
	// nested, when set, is asked about each list below the root outside
	// links; when it takes the list, the list's text is left out.
	nested func(*html.Node) bool

	t     textBuilder
	marks []Mark
	links []Link
	open  []openMark
	// inLink counts the links being read.
	inLink int
	// splits are where the quotation's paragraphs part; cite is the
	// range of the last citation element read.
	splits             []int
	citeStart, citeEnd int
	citeFound          bool
}

// walk reads the element.
func (w *spanWalk) walk() {
	walkEnterExit(w.root, w.enter, w.exit)
}

func (w *spanWalk) enter(c *html.Node) bool {
	switch c.Type {
	case html.TextNode:
		w.t.write(c.Data)
		return false
	case html.ElementNode:
	default:
		return false
	}
	plain := w.plain || w.inLink > 0
	if c != w.root {
		if skipAlways(c) || isHidden(c) {
			return false
		}
		if !plain && w.s.hints.of(c)&(hintHiddenish|hintAd) != 0 {
			return false
		}
		if w.nested != nil && w.inLink == 0 && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && w.nested(c) {
			w.t.space()
			w.split()
			return false
		}
	}
	if isBlockLevel(c) {
		w.t.space()
		if c != w.root && c.DataAtom != atom.Br {
			w.split()
		}
	}
	if plain && c.DataAtom == atom.Img {
		w.t.space()
	}
	switch c.DataAtom {
	case atom.Br:
		if w.quote && prevElementSibling(c) != nil && prevElementSibling(c).DataAtom == atom.Br {
			w.split()
		} else {
			w.marks = append(w.marks, Mark{Kind: BreakMark, Start: w.t.Len(), End: w.t.Len() + 1})
		}
	case atom.A:
		w.open = append(w.open, openMark{LinkMark, w.t.Len(), c})
		w.inLink++
	case atom.Cite, atom.Footer:
		if w.quote && c != w.root {
			w.open = append(w.open, openMark{"cite", w.t.Len(), c})
		}
	default:
		if k := markKindOf(c); k != "" {
			w.open = append(w.open, openMark{k, w.t.Len(), c})
		}
	}
	return true
}

func (w *spanWalk) exit(c *html.Node) {
	if c.Type != html.ElementNode {
		return
	}
	if w.quote && isBlockLevel(c) && c != w.root && c.DataAtom != atom.Br {
		// A block ends a paragraph of the quote, and its text is not
		// glued to what follows.
		w.t.space()
		w.split()
	}
	if len(w.open) == 0 || w.open[len(w.open)-1].node != c {
		return
	}
	m := w.open[len(w.open)-1]
	w.open = w.open[:len(w.open)-1]
	end := w.t.Len()
	switch m.kind {
	case LinkMark:
		w.inLink--
		// A link without text adds nothing: its address is not read.
		text := strings.TrimSpace(w.t.from(m.start))
		if text == "" {
			return
		}
		if u := resolveURL(w.s.base, attr(c, "href")); u != "" {
			w.links = append(w.links, Link{Text: text, URL: u})
			w.marks = append(w.marks, Mark{Kind: LinkMark, Start: m.start, End: end, URL: u})
		}
	case "cite":
		w.citeStart, w.citeEnd, w.citeFound = m.start, end, true
	default:
		w.marks = append(w.marks, Mark{Kind: m.kind, Start: m.start, End: end})
	}
}

// split records a paragraph boundary of a quotation at the current end of
// the text.
func (w *spanWalk) split() {
	if w.quote {
		w.splits = append(w.splits, w.t.Len())
	}
}

// result returns the text, trimmed, with its marks settled over it.
func (w *spanWalk) result() (string, []Mark) {
	raw := w.t.String()
	return trimSpan(raw, w.marks)
}

// trimSpan trims raw's surrounding space and settles marks over what is
// left (see settleMarks).
func trimSpan(raw string, marks []Mark) (string, []Mark) {
	trimmed := strings.TrimLeftFunc(raw, unicode.IsSpace)
	shift := len(raw) - len(trimmed)
	text := strings.TrimRightFunc(trimmed, unicode.IsSpace)
	return text, settleMarks(text, marks, shift)
}

// settleMarks moves marks recorded over a text back by shift bytes, to a
// text cut to text, and makes them hold what Mark promises: inside the
// text, not starting or ending with a space, a break on the space that
// stands for it, no mark inside another of its kind, sorted. It reuses
// marks' array.
func settleMarks(text string, marks []Mark, shift int) []Mark {
	out := marks[:0]
	for _, m := range marks {
		m.Start -= shift
		m.End -= shift
		if m.Kind == BreakMark {
			if m.Start < 0 || m.Start >= len(text) || text[m.Start] != ' ' {
				continue
			}
			m.End = m.Start + 1
			out = append(out, m)
			continue
		}
		m.Start, m.End = max(m.Start, 0), min(m.End, len(text))
		for m.Start < m.End && text[m.Start] == ' ' {
			m.Start++
		}
		for m.End > m.Start && text[m.End-1] == ' ' {
			m.End--
		}
		if m.Start < m.End {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return nil
	}
	sortMarks(out)
	// Drop repeats and marks inside another of their kind (<b> in
	// <strong>, a second <em> in an <em>): they add nothing.
	kept := out[:0]
	var stack []Mark
	for _, m := range out {
		for len(stack) > 0 && stack[len(stack)-1].End <= m.Start {
			stack = stack[:len(stack)-1]
		}
		inside := false
		for _, o := range stack {
			if o.Kind == m.Kind && m.End <= o.End {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		kept = append(kept, m)
		stack = append(stack, m)
	}
	return kept
}

// markRank orders marks of the same range, the outermost first: a link
// holds the emphasis on its text.
func markRank(k MarkKind) int {
	switch k {
	case LinkMark:
		return 0
	case StrongMark:
		return 1
	case EmphasisMark:
		return 2
	case CodeMark:
		return 3
	}
	return 4
}

// sortMarks sorts marks as Mark documents: by Start, then by End from the
// last, then the outermost kind first.
func sortMarks(marks []Mark) {
	slices.SortStableFunc(marks, func(a, b Mark) int {
		switch {
		case a.Start != b.Start:
			return a.Start - b.Start
		case a.End != b.End:
			return b.End - a.End
		}
		return markRank(a.Kind) - markRank(b.Kind)
	})
}

// inlineSpan reads n as one paragraph in the body's flow: its text with
// its marks, and its links.
func (s *state) inlineSpan(n *html.Node) (string, []Mark, []Link) {
	w := spanWalk{s: s, root: n}
	w.walk()
	text, marks := w.result()
	return text, marks, w.links
}
