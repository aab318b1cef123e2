package article

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// Text returns the body as plain text: paragraphs, headings, list items,
// quotes, code and table rows, separated by blank lines. Related-link
// promos and captions are left out.
func (a *Article) Text() string {
	// The text is measured first, so that it is built in one allocation.
	size := 0
	measure := func(n int) {
		if n > 0 {
			size += n + len("\n\n")
		}
	}
	for _, s := range a.Sections {
		measure(len(s.Heading))
		for _, bl := range s.Blocks {
			switch bl.Type {
			case Paragraph, Quote, Code:
				measure(len(bl.Text))
			case List, Table:
				measure(joinedLen(bl.Items))
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			sep()
			b.WriteString(s.Heading)
		}
		for _, bl := range s.Blocks {
			switch bl.Type {
			case Paragraph, Quote, Code:
				if bl.Text != "" {
					sep()
					b.WriteString(bl.Text)
				}
			case List, Table:
				// The items, one a line.
				if joinedLen(bl.Items) > 0 {
					sep()
					for i, it := range bl.Items {
						if i > 0 {
							b.WriteByte('\n')
						}
						b.WriteString(it)
					}
				}
			}
		}
	}
	return b.String()
}

// joinedLen is len(strings.Join(items, "\n")).
func joinedLen(items []string) int {
	if len(items) == 0 {
		return 0
	}
	n := len(items) - 1
	for _, it := range items {
		n += len(it)
	}
	return n
}

// The renderings below read the model alone, and may be given an Article
// that was not made by Parse (built by hand, or read from JSON): they
// check what they write rather than trust it.

// renderMarks returns the marks of a text as the renderers write them:
// those that are valid over text (see Mark), sorted and nested, a mark that
// runs past the one holding it cut at its end, a link inside a link or a
// mark inside one of its kind dropped. When marks hold no link, the
// links' texts are marked where they first occur, in order, as blocks
// made before marks existed carry them.
func renderMarks(text string, marks []Mark, links []Link) []Mark {
	out := make([]Mark, 0, len(marks)+len(links))
	hasLink := false
	for _, m := range marks {
		if m.Kind == LinkMark {
			hasLink = true
		}
		if validMark(text, m) {
			out = append(out, m)
		}
	}
	if !hasLink {
		from := 0
		for _, l := range links {
			if l.Text == "" || !isSafeURL(l.URL) {
				continue
			}
			i := strings.Index(text[from:], l.Text)
			if i < 0 {
				continue
			}
			i += from
			out = append(out, Mark{Kind: LinkMark, Start: i, End: i + len(l.Text), URL: l.URL})
			from = i + len(l.Text)
		}
	}
	sortMarks(out)
	kept := out[:0]
	var stack []Mark
	for _, m := range out {
		for len(stack) > 0 && stack[len(stack)-1].End <= m.Start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			m.End = min(m.End, stack[len(stack)-1].End)
			if m.Kind == BreakMark && m.End != m.Start+1 {
				continue
			}
		}
		inside := false
		for _, o := range stack {
			if o.Kind == m.Kind {
				inside = true
			}
		}
		if inside {
			continue
		}
		kept = append(kept, m)
		if m.Kind != BreakMark {
			stack = append(stack, m)
		}
	}
	return kept
}

// validMark reports whether m can be written over text: a known kind over
// a range of it on character boundaries, a break on one space, a link to
// an absolute http or https URL.
func validMark(text string, m Mark) bool {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
		!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
		return false
	}
	switch m.Kind {
	case BreakMark:
		return m.End == m.Start+1 && text[m.Start] == ' '
	case LinkMark:
		return isSafeURL(m.URL)
	case EmphasisMark, StrongMark, CodeMark:
		return true
	}
	return false
}

// isSafeURL reports whether u is an absolute http or https URL that can be
// written into a link or an attribute as it is: no white space or control
// characters in it.
func isSafeURL(u string) bool {
	if u == "" || len(u) > maxURLLen {
		return false
	}
	for i := 0; i < len(u); i++ {
		if u[i] <= ' ' || u[i] == 0x7f {
			return false
		}
	}
	p, err := url.Parse(u)
	return err == nil && isWebURL(p) && p.Host != ""
}

// inlineVisitor receives a text with its marks, in order, from walkMarks.
type inlineVisitor interface {
	// text is a run of the text outside any break.
	text(s string)
	// open and close bracket the text under marks[i].
	open(i int)
	close(i int)
	// lineBreak stands for the space a break mark covers.
	lineBreak()
}

// walkMarks gives v the text cut at marks, which renderMarks has made
// sorted and nested.
func walkMarks(text string, marks []Mark, v inlineVisitor) {
	pos := 0
	var stack []int
	closeTo := func(limit int) {
		for len(stack) > 0 && marks[stack[len(stack)-1]].End <= limit {
			i := stack[len(stack)-1]
			v.text(text[pos:marks[i].End])
			pos = marks[i].End
			v.close(i)
			stack = stack[:len(stack)-1]
		}
	}
	for i, m := range marks {
		closeTo(m.Start)
		v.text(text[pos:m.Start])
		pos = m.Start
		if m.Kind == BreakMark {
			v.lineBreak()
			pos = m.End
			continue
		}
		v.open(i)
		stack = append(stack, i)
	}
	closeTo(len(text))
	v.text(text[pos:])
}

// joinNames joins names as a byline does: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// bylineText is the byline as Markdown and HTML show it: the page's own,
// or the authors' names joined.
func (a *Article) bylineText() string {
	if a.Byline != "" || len(a.Authors) == 0 {
		return a.Byline
	}
	names := make([]string, len(a.Authors))
	for i, au := range a.Authors {
		names[i] = au.Name
	}
	return "By " + joinNames(names)
}

// bylineMarks links each author's name in line, the first time it occurs,
// to the author's profile.
func (a *Article) bylineMarks(line string) []Mark {
	var marks []Mark
	for _, au := range a.Authors {
		if au.URL == "" || au.Name == "" {
			continue
		}
		if i := strings.Index(line, au.Name); i >= 0 {
			marks = append(marks, Mark{Kind: LinkMark, Start: i, End: i + len(au.Name), URL: au.URL})
		}
	}
	return marks
}

// dateLayout is how Markdown and HTML show the publication date.
const dateLayout = "January 2, 2006"
