package article

import (
	"net/url"
	"testing"
)

func TestResolveURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.com/news/2024/story.html")
	tests := []struct {
		name, href, want string
		noBase           bool
	}{
		{name: "absolute", href: "https://other.org/a", want: "https://other.org/a"},
		{name: "root relative", href: "/authors/ana", want: "https://www.example.com/authors/ana"},
		{name: "path relative", href: "photo.jpg", want: "https://www.example.com/news/2024/photo.jpg"},
		{name: "parent", href: "../index.html", want: "https://www.example.com/news/index.html"},
		{name: "protocol relative", href: "//cdn.example.net/i.jpg", want: "https://cdn.example.net/i.jpg"},
		{name: "spaces trimmed", href: "  /a  ", want: "https://www.example.com/a"},
		{name: "space encoded", href: "/search?q=a b", want: "https://www.example.com/search?q=a%20b"},
		{name: "fragment only", href: "#top", want: ""},
		{name: "javascript", href: "javascript:alert(1)", want: ""},
		{name: "javascript mixed case", href: " JaVaScRiPt:alert(1)", want: ""},
		{name: "javascript with tab", href: "java\tscript:alert(1)", want: ""},
		{name: "vbscript", href: "vbscript:msgbox", want: ""},
		{name: "data", href: "data:text/html,<b>x</b>", want: ""},
		{name: "mailto", href: "mailto:a@example.com", want: ""},
		{name: "relative without base", href: "/a", noBase: true, want: ""},
		{name: "protocol relative without base", href: "//cdn.example.net/i.jpg", noBase: true, want: "https://cdn.example.net/i.jpg"},
		{name: "no host", href: "https:///path", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base
			if tt.noBase {
				b = nil
			}
			if got := resolveURL(b, tt.href); got != tt.want {
				t.Errorf("resolveURL(%q) = %q, want %q", tt.href, got, tt.want)
			}
		})
	}
}
