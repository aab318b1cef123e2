package article

import (
	"context"
	"net/url"

	"golang.org/x/net/html"
)

// state is the work of one Parse call. It is made per call and never shared.
type state struct {
	opts Parser
	root *html.Node
	base *url.URL
	art  *Article
}

func newState(p Parser, root *html.Node, base *url.URL) *state {
	return &state{opts: p, root: root, base: base, art: &Article{}}
}

func (s *state) run(ctx context.Context) error { return nil }

func isWebURL(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }
