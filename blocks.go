package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the structure of the body's lists, quotations, tables
// and code blocks; body.go decides which of them the body keeps.

// maxListDepth bounds how many lists deep nested lists are read apart;
// below it a nested list stays in its entry's text.
const maxListDepth = 16

// listRead is a list as read from the page.
type listRead struct {
	items []ListItem
	// flat is the plain text of every entry, nested ones included, in
	// reading order.
	flat  []string
	links []Link
	// count is the number of entries with text, textLen the length of
	// their text and linkText that of their links' text, each entry read
	// as one run with its nested lists: what body.go's rules measure.
	count, textLen, linkText int
}

// readList reads the entries of a ul, ol or dl: its li, dt and dd
// children that are shown.
func (s *state) readList(n *html.Node) listRead {
	var l listRead
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || skipAlways(li) || isHidden(li) {
			continue
		}
		switch li.DataAtom {
		case atom.Li, atom.Dt, atom.Dd:
		default:
			continue
		}
		e := s.readListItem(li, 0)
		// An entry whose only text is loose text in a nested list, outside
		// that list's entries, has nothing to show: no text of its own and
		// no nested entry.
		if e.wholeLen == 0 || e.item.Text == "" && e.item.Sublist == nil {
			continue
		}
		l.items = append(l.items, e.item)
		l.flat = append(l.flat, e.flat...)
		l.links = append(l.links, e.links...)
		l.count++
		l.textLen += e.wholeLen
		for _, x := range e.links {
			l.linkText += len(x.Text)
		}
	}
	return l
}

// listEntry is one list entry as read from the page.
type listEntry struct {
	item  ListItem
	flat  []string
	links []Link
	// wholeLen is the length of the entry's text read with its nested
	// lists as one run.
	wholeLen int
}

// readListItem reads one entry: its own text and marks, and the lists
// nested in it, read apart, depth lists down.
func (s *state) readListItem(li *html.Node, depth int) listEntry {
	var e listEntry
	var nested []string
	took := false
	w := spanWalk{s: s, root: li}
	if depth < maxListDepth {
		w.nested = func(list *html.Node) bool {
			took = true
			sub, flat, links := s.readSublist(list, depth+1)
			if e.item.Sublist == nil {
				e.item.Sublist = &Sublist{Ordered: list.DataAtom == atom.Ol}
			}
			e.item.Sublist.ListItems = append(e.item.Sublist.ListItems, sub...)
			nested = append(nested, flat...)
			// The nested list's links go where it stands, so that the
			// entry's links stay in page order.
			w.links = append(w.links, links...)
			return true
		}
	}
	w.walk()
	e.item.Text, e.item.Marks = w.result()
	e.links = w.links
	if e.item.Text != "" {
		e.flat = append(e.flat, e.item.Text)
	}
	e.flat = append(e.flat, nested...)
	if e.item.Sublist != nil && len(e.item.Sublist.ListItems) == 0 {
		e.item.Sublist = nil
	}
	e.wholeLen = len(e.item.Text)
	if took {
		// Measured as the rules always have: the entry's text with its
		// nested lists in it.
		whole := spanWalk{s: s, root: li}
		whole.walk()
		e.wholeLen = len(strings.TrimSpace(whole.t.String()))
	}
	return e
}

// readSublist reads the entries of a list nested in an entry, depth lists
// down, with the plain text of each and their links.
func (s *state) readSublist(n *html.Node, depth int) ([]ListItem, []string, []Link) {
	var items []ListItem
	var flat []string
	var links []Link
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || skipAlways(li) || isHidden(li) || s.hints.of(li)&(hintHiddenish|hintAd) != 0 {
			continue
		}
		switch li.DataAtom {
		case atom.Li, atom.Dt, atom.Dd:
		default:
			continue
		}
		e := s.readListItem(li, depth)
		if e.item.Text == "" && e.item.Sublist == nil {
			continue
		}
		items = append(items, e.item)
		flat = append(flat, e.flat...)
		links = append(links, e.links...)
	}
	return items, flat, links
}

// quoteRead is a block quotation as read from the page.
type quoteRead struct {
	text       string // the paragraphs and the citation, a space apart
	marks      []Mark // over text
	links      []Link
	paragraphs []Span
	citation   *Span
}

// readQuote reads a blockquote: its paragraphs, which its block elements
// and double line breaks part, and its citation: a <cite> or <footer>
// that closes it, as the HTML standard's examples set a quotation's
// source, with the dash before the name left out.
func (s *state) readQuote(n *html.Node) quoteRead {
	w := spanWalk{s: s, root: n, quote: true}
	w.walk()
	raw := w.t.String()
	end := len(raw)
	var q quoteRead
	if w.citeFound && w.citeStart < w.citeEnd && strings.TrimSpace(raw[w.citeEnd:]) == "" {
		text, marks := trimSpan(raw[w.citeStart:w.citeEnd], marksWithin(w.marks, w.citeStart, w.citeEnd))
		text, marks = trimDash(text, marks)
		if text != "" {
			q.citation = &Span{Text: text, Marks: marks}
			end = w.citeStart
		}
	}
	from := 0
	for _, at := range append(w.splits, end) {
		if at <= from || at > end {
			continue
		}
		if text, marks := trimSpan(raw[from:at], marksWithin(w.marks, from, at)); text != "" {
			q.paragraphs = append(q.paragraphs, Span{Text: text, Marks: marks})
		}
		from = at
	}
	if q.citation != nil && len(q.paragraphs) > 0 && !hasLetterOrDigit(q.paragraphs[len(q.paragraphs)-1].Text) {
		// The dash set before the citation, on a line of its own.
		q.paragraphs = q.paragraphs[:len(q.paragraphs)-1]
	}
	if len(q.paragraphs) == 0 && q.citation != nil {
		// A quotation that is only a citation is read as its text.
		q.paragraphs, q.citation = []Span{*q.citation}, nil
	}
	parts := q.paragraphs
	if q.citation != nil {
		parts = append(parts[:len(parts):len(parts)], *q.citation)
	}
	var b strings.Builder
	for _, p := range parts {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, m := range p.Marks {
			m.Start += b.Len()
			m.End += b.Len()
			q.marks = append(q.marks, m)
		}
		b.WriteString(p.Text)
	}
	q.text, q.links = b.String(), w.links
	return q
}

// marksWithin returns the marks over text[from:to], cut to it and counted
// from from.
func marksWithin(marks []Mark, from, to int) []Mark {
	var out []Mark
	for _, m := range marks {
		if m.End <= from || m.Start >= to {
			continue
		}
		m.Start, m.End = max(m.Start, from)-from, min(m.End, to)-from
		out = append(out, m)
	}
	return out
}

// trimDash drops the dashes that open a citation ("— Jane Roe") and moves
// its marks with the text.
func trimDash(text string, marks []Mark) (string, []Mark) {
	rest := strings.TrimLeft(text, "—–―-~ ")
	if len(rest) == len(text) {
		return text, marks
	}
	return rest, settleMarks(rest, marks, len(text)-len(rest))
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// tableRead is a data table as read from the page.
type tableRead struct {
	rows []Row
	// lines are the rows' plain text, cells joined by " | ".
	lines []string
	links []Link
}

// readTable reads a table's rows of cells, leaving out rows without text.
// A row in <thead> heads the columns, and so does, in a table without a
// <thead>, a first row of <th> cells.
func (s *state) readTable(n *html.Node) tableRead {
	var t tableRead
	hasHead := hasElement(n, atom.Thead)
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom != atom.Tr {
			return true
		}
		var cells []Span
		var texts []string
		var links []Link
		allHeads := true
		for td := c.FirstChild; td != nil; td = td.NextSibling {
			if td.DataAtom != atom.Td && td.DataAtom != atom.Th {
				continue
			}
			w := spanWalk{s: s, root: td, plain: true}
			w.walk()
			raw := w.t.String()
			text, marks := trimSpan(raw, w.marks)
			texts = append(texts, raw)
			cells = append(cells, Span{Text: text, Marks: marks})
			links = append(links, w.links...)
			allHeads = allHeads && td.DataAtom == atom.Th
		}
		if strings.TrimSpace(strings.Join(texts, "")) == "" {
			return false
		}
		header := c.Parent != nil && c.Parent.DataAtom == atom.Thead ||
			!hasHead && len(t.rows) == 0 && allHeads
		t.rows = append(t.rows, Row{Header: header, Cells: cells})
		t.lines = append(t.lines, strings.Join(texts, " | "))
		t.links = append(t.links, links...)
		return false
	})
	return t
}

// maxLanguageLen bounds a code block's language name.
const maxLanguageLen = 32

// codeLanguage returns the language a <pre> names for its code in a class
// of the pre or of the code element it holds: "language-go", the HTML
// standard's suggestion that highlighters (Prism, highlight.js) follow,
// or "lang-go" (Google's code-prettify). It returns "" when none does.
func codeLanguage(pre *html.Node) string {
	if l := languageClass(pre); l != "" {
		return l
	}
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			return languageClass(c)
		}
	}
	return ""
}

// languageClass reads "language-x" or "lang-x" in n's class attribute.
func languageClass(n *html.Node) string {
	for _, tok := range strings.Fields(attr(n, "class")) {
		var name string
		switch l := strings.ToLower(tok); {
		case strings.HasPrefix(l, "language-"):
			name = tok[len("language-"):]
		case strings.HasPrefix(l, "lang-"):
			name = tok[len("lang-"):]
		default:
			continue
		}
		if isLanguageName(name) {
			return name
		}
	}
	return ""
}

// isLanguageName reports whether s can name a programming language in a
// class: letters, digits and "+#._-", not too long.
func isLanguageName(s string) bool {
	if s == "" || len(s) > maxLanguageLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("+#._-", c) >= 0) {
			return false
		}
	}
	return true
}
