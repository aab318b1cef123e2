package article

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// DefaultMaxBytes is the input size limit a Parser applies when its MaxBytes
// is zero.
const DefaultMaxBytes = 32 << 20

// Parser holds the settings for parsing pages. Its zero value is ready to
// use with the defaults. A Parser holds no state between calls, so one value
// may be shared by any number of goroutines.
type Parser struct {
	// MaxBytes caps the input read from an io.Reader; reading stops, and
	// ErrTooLarge is returned, once more bytes arrive. Zero means
	// DefaultMaxBytes; a negative value means no limit.
	MaxBytes int64
	// KeepDataImages keeps images whose URL is an inline data: URL. By
	// default they are dropped, since they are mostly placeholders and may
	// be very large.
	KeepDataImages bool
}

// Parse reads an HTML page from r and extracts its article with the default
// settings.
//
// pageURL is the address the page was fetched from, an absolute http or
// https URL; relative links are resolved against it, or against the
// page's <base>. It may be empty. An empty pageURL, or one that is not an
// absolute http or https URL ("not a url", "/news/story"), is ignored
// rather than an error: relative links then resolve against the page's
// own canonical link or og:url when that is absolute, and are dropped
// when the page states neither. Article.URL is the canonical address when
// the page states one, else pageURL.
//
// The bytes may be in any character set: it is detected as a browser would,
// from a byte order mark, a <meta charset> or http-equiv declaration, or by
// sniffing, and the text is decoded to UTF-8.
//
// Parse returns an error only when there is no HTML page to read: see ErrEmpty,
// ErrNotHTML, ErrTooLarge, ErrRead and ErrMalformed. A page with no article
// body is not an error; Article.IsArticle reports it.
func Parse(r io.Reader, pageURL string) (*Article, error) {
	return Parser{}.ParseContext(context.Background(), r, pageURL)
}

// Parse is like the package-level Parse, with p's settings.
func (p Parser) Parse(r io.Reader, pageURL string) (*Article, error) {
	return p.ParseContext(context.Background(), r, pageURL)
}

// ParseContext is like Parse, and stops with the context's error, wrapped,
// once ctx is done. A Read call that blocks is not interrupted: give r a
// deadline of its own when it may stall.
func (p Parser) ParseContext(ctx context.Context, r io.Reader, pageURL string) (*Article, error) {
	return p.parseReader(ctx, r, pageURL, "")
}

// ParseResponse reads the article from an HTTP response's body, taking the
// page's address from the request and the character set from the
// Content-Type header when it names one. It does not close the body.
//
// A response whose status is not 2xx is an error, a *StatusError that
// names the status, and its body is not read: servers send error pages
// that can read as articles. A nil response, or one without a body, is
// ErrEmpty.
func (p Parser) ParseResponse(resp *http.Response) (*Article, error) {
	if resp == nil || resp.Body == nil {
		return nil, fmt.Errorf("%w: no response body", ErrEmpty)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{StatusCode: resp.StatusCode, Status: resp.Status}
	}
	ctx := context.Background()
	pageURL := ""
	if resp.Request != nil {
		ctx = resp.Request.Context()
		if resp.Request.URL != nil {
			pageURL = resp.Request.URL.String()
		}
	}
	return p.parseReader(ctx, resp.Body, pageURL, resp.Header.Get("Content-Type"))
}

// ParseNode extracts the article from a page that is already parsed. The
// tree is not modified.
func (p Parser) ParseNode(root *html.Node, pageURL string) (*Article, error) {
	if root == nil {
		return nil, ErrEmpty
	}
	return p.extract(context.Background(), root, pageURL)
}

// ParseDocument extracts the article from a goquery document. The document
// is not modified. When pageURL is empty the document's own URL is used.
func (p Parser) ParseDocument(doc *goquery.Document, pageURL string) (*Article, error) {
	if doc == nil || len(doc.Nodes) == 0 {
		return nil, ErrEmpty
	}
	if pageURL == "" && doc.Url != nil {
		pageURL = doc.Url.String()
	}
	return p.ParseNode(doc.Nodes[0], pageURL)
}

func (p Parser) parseReader(ctx context.Context, r io.Reader, pageURL, contentType string) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	root, err := p.readHTML(ctx, r, contentType)
	if err != nil {
		return nil, err
	}
	return p.extract(ctx, root, pageURL)
}

// extract runs the pipeline on a parsed page. It never modifies root.
func (p Parser) extract(ctx context.Context, root *html.Node, pageURL string) (*Article, error) {
	base, _ := url.Parse(resolveURL(nil, pageURL))
	if base != nil && (!isWebURL(base) || base.Host == "") {
		base = nil
	}
	s := newState(p, root, base)
	if err := s.run(ctx); err != nil {
		return nil, err
	}
	dropUnshownMarkup(s.art, root)
	return s.art, nil
}
