package article

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, "" when absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasElement reports whether n or a node below it is one of the elements
// tags.
func hasElement(n *html.Node, tags ...atom.Atom) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && slices.Contains(tags, c.DataAtom) {
			found = true
		}
		return !found
	})
	return found
}

// hasAttr reports whether n carries attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// classID returns n's class and id attributes, lowercased, joined by a
// space: the string the class and id hints below are matched against.
func classID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if c == "" && id == "" {
		return ""
	}
	if len(c)+len(id) > 400 {
		// Hint words sit near the start; a giant attribute is not worth
		// scanning in full on every pass.
		c, id = truncate(c, 300), truncate(id, 100)
	}
	// ASCII values are joined and lowered at once, into one allocation.
	var buf [401]byte
	_, ok := lowerASCII(buf[:len(c)], c)
	if ok {
		buf[len(c)] = ' '
		_, ok = lowerASCII(buf[len(c)+1:len(c)+1+len(id)], id)
	}
	if ok {
		return string(buf[:len(c)+1+len(id)])
	}
	return strings.ToLower(c + " " + id)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// isHidden reports whether the page hides n from readers.
func isHidden(n *html.Node) bool {
	var st string
	seenAria, seenStyle := false, false
	for i := range n.Attr {
		a := &n.Attr[i]
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			// Only the first of repeated attributes counts, as attr reads.
			if !seenAria && a.Val == "true" {
				return true
			}
			seenAria = true
		case "style":
			if !seenStyle {
				st, seenStyle = a.Val, true
			}
		}
	}
	if st == "" {
		return false
	}
	if !isASCII(st) {
		// A character past ASCII may lower to an ASCII letter (the
		// Kelvin sign to "k"); ASCII is compared in any case below, with
		// no lower-cased copy.
		st = strings.ToLower(st)
	}
	// "display:none" or "visibility:hidden", a space allowed after the
	// colon: each colon is looked at with the property before it and the
	// value after it.
	for i := 0; ; i++ {
		j := strings.IndexByte(st[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		v := st[i+1:]
		if v != "" && v[0] == ' ' {
			v = v[1:]
		}
		if i >= 7 && hasPrefixFoldString(st[i-7:], "display") && hasPrefixFoldString(v, "none") ||
			i >= 10 && hasPrefixFoldString(st[i-10:], "visibility") && hasPrefixFoldString(v, "hidden") {
			return true
		}
	}
}

// skipAlways are elements whose content is never reader text. MathML is
// read, as the numbers and symbols it shows; its annotations, which hold
// the same formula again as TeX or other source, are not.
func skipAlways(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Annotation, atom.AnnotationXml,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Select, atom.Option,
		atom.Textarea, atom.Button, atom.Input, atom.Head, atom.Title, atom.Meta, atom.Link,
		atom.Audio, atom.Video, atom.Map:
		return true
	}
	if n.DataAtom != 0 {
		// The AMP components below are no HTML element: the parser gives
		// them no atom.
		return false
	}
	switch n.Data {
	case "amp-ad", "amp-analytics", "amp-sidebar", "amp-social-share", "amp-consent",
		"amp-iframe", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-pixel":
		return true
	}
	return false
}

// walk calls visit for n and each node below it in document order. When
// visit returns false the node's children are skipped. It uses no
// recursion, so a deep tree cannot exhaust the stack.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if n == nil {
		return
	}
	c := n
	for {
		descend := visit(c)
		if descend && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

// walkEnterExit is walk that also calls exit for each node whose children
// it visited (those enter returned true for), once they are done. It uses
// no recursion.
func walkEnterExit(n *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	if n == nil {
		return
	}
	c := n
	for {
		if enter(c) {
			if c.FirstChild != nil {
				c = c.FirstChild
				continue
			}
			exit(c)
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
			exit(c)
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

// isInside reports whether n has an ancestor for which match is true,
// looking no further up than limit levels.
func hasAncestor(n *html.Node, limit int, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil && limit > 0; p, limit = p.Parent, limit-1 {
		if p.Type == html.ElementNode && match(p) {
			return true
		}
	}
	return false
}

// nextElementSibling returns the element after n among its siblings, or
// nil.
func nextElementSibling(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// contains reports whether anc is n or one of n's ancestors.
func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// isHeading reports whether n is h1 to h6, and its level.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// isBlockLevel reports whether n starts a new line of text when rendered.
func isBlockLevel(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Br, atom.Dd, atom.Details,
		atom.Dialog, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Caption, atom.Tbody,
		atom.Thead, atom.Tfoot, atom.Summary:
		return true
	}
	return false
}

// classHas reports whether n's class or id attribute contains any of the
// lowercase words. Unlike classID it allocates nothing for lowercase
// attributes, which nearly all are.
func classHas(n *html.Node, words ...string) bool {
	for i := range n.Attr {
		a := &n.Attr[i]
		if (a.Key != "class" && a.Key != "id") || a.Namespace != "" || a.Val == "" {
			continue
		}
		v := a.Val
		if len(v) > 400 {
			v = v[:400]
		}
		if containsAny(toLower(v), words) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases s into dst, which is as long, and returns it. It
// reports false when s is not all ASCII, where strings.ToLower may change
// lengths and must be used instead.
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst, true
}

// containsBytes is strings.Contains for text held in a byte slice.
func containsBytes(b []byte, w string) bool {
	if len(w) == 0 {
		return true
	}
	for i := 0; len(b)-i >= len(w); {
		j := bytes.IndexByte(b[i:len(b)-len(w)+1], w[0])
		if j < 0 {
			return false
		}
		i += j
		if string(b[i:i+len(w)]) == w {
			return true
		}
		i++
	}
	return false
}
