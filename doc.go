// Package article reads news stories and blog posts, given as the raw
// bytes of an HTML page, into typed values: the headline, byline and
// authors (with wire agencies told apart from people), dates, the lead
// image with its caption and credit kept apart, the body split into
// sections of typed blocks, and the links the page presents as related.
//
// # Use
//
//	a, err := article.Parse(resp.Body, "https://example.com/news/story")
//	if err != nil {
//		// errors.Is(err, article.ErrNotHTML), article.ErrTooLarge, ...
//	}
//	fmt.Println(a.Title, a.Byline, a.Published)
//	fmt.Println(a.Text())     // the body as plain text
//	fmt.Println(a.Markdown()) // the whole reading, in Markdown
//	fmt.Println(a.HTML())     // the same, as a safe HTML fragment
//
// A Parser value carries settings (the input size limit, whether to keep
// data: images); its zero value works, and one value may be shared by any
// number of goroutines. The library never fetches pages: give it bytes, an
// *http.Response, or a page already parsed with golang.org/x/net/html or
// goquery.
//
// # Guarantees
//
//  1. Parse never panics and returns either an *Article or an error,
//     never both. Errors wrap ErrEmpty, ErrNotHTML, ErrTooLarge, ErrRead,
//     ErrMalformed, ErrStatus (a *StatusError from ParseResponse) or a
//     context error, and test with errors.Is.
//  2. Input is read up to Parser.MaxBytes (32 MiB by default); reading
//     stops at the limit. Pages nested more than 512 elements deep are
//     rejected by the HTML parser with ErrMalformed.
//  3. Every URL in the result is absolute http or https, with a host.
//     Schemes are judged as a browser's URL parser judges them: case,
//     entities, tabs and newlines inside and control characters or spaces
//     around do not hide a javascript:, vbscript: or data: URL, and such
//     URLs are dropped (a data:image/ URL is kept only with
//     Parser.KeepDataImages).
//  4. Every text is valid UTF-8 with whitespace folded and no control
//     characters; Code blocks keep their line breaks and tabs. Invalid
//     UTF-8 in the page reads as U+FFFD, as a browser shows it, never as
//     nothing.
//  5. No text holds markup the page does not show. Markup here is what an
//     HTML tokenizer starts a tag with: "<" and a letter, "/", "!" or "?".
//     A page about HTML may show it as text ("&lt;div&gt;" in a tutorial)
//     and the article then holds it as the page shows it; the page's shown
//     text is its text nodes outside scripts, styles and templates, its
//     noscript content, and alt and title attributes. Nothing else makes
//     markup: HTML in meta tags or JSON-LD is read for its text, and the
//     characters text leaves out (zero-width spaces, soft hyphens, control
//     characters) stay where leaving them out would join "<" and a letter,
//     or the parts of a javascript:, vbscript: or data: scheme. Text is
//     text all the same: a program that puts it into HTML escapes it, as
//     Markdown escapes page text that would change its structure. HTML
//     output holds only a short list of elements and attributes, and no
//     script or javascript: URL, whatever the page held (see HTML).
//  6. What is kept is bounded: at most 100 related links, 20 authors, 50
//     tags, 5000 body blocks, and 64 KiB of text in one block.
//  7. A page with no article body (a home page, a login wall) is not an
//     error: its metadata is returned, Article.IsArticle is false and
//     Article.NoBody says why (NoText or NotAnArticle).
//  8. Work is bounded: the walks over the tree are iterative, the one pass
//     that recurses (building the body) stops 600 levels down, and a page
//     parses in time that grows with its size, not faster.
//
// # Files
//
//	article.go   the exported types: Article, Date, Author, Image, Section, Block, Mark...
//	parse.go     Parser and the entry points
//	errors.go    the sentinel errors
//	input.go     reading with a limit, sniffing non-HTML input, charset decoding
//	state.go     the per-call pipeline, canonical URL, description, language, tags
//	meta.go      one pass collecting meta tags, JSON-LD scripts, microdata, bylines
//	jsonld.go    schema.org Article objects in JSON-LD, @graph and @id references
//	title.go     the headline, the site name and the dek displayed under the headline
//	authors.go   the byline and authors, from the page and its metadata
//	byline.go    splitting a byline into names; agencies and organisations
//	published.go publication and update times, from every source
//	date.go      parsing machine and written dates in European languages
//	content.go   scoring the page's containers to find the body
//	lead.go      the standfirst set between the headline and the body
//	hints.go     what class and id names say about an element
//	body.go      turning the body into sections of blocks
//	inline.go    reading an element's text with its inline marks and links
//	blocks.go    the structure of lists, quotes, tables and code blocks
//	media.go     the lead image, figures, captions and credits
//	imagesrc.go  a picture's address: lazy-loading attributes, srcset, noscript
//	credit.go    splitting a photo credit from its caption
//	related.go   in-body promos and related-story boxes
//	links.go     URL resolution and the URL safety rules
//	text.go      whitespace folding, text cleaning, no markup the page does not show
//	dom.go       small helpers over golang.org/x/net/html nodes
//	render.go    Text, and the inline marks as the renderings read them
//	markdown.go  Markdown
//	html.go      HTML
package article
