package article

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestCharsetDeclaredLate checks a page whose <meta charset> comes after
// the first 1024 bytes, past the browser prescan, behind a long comment.
func TestCharsetDeclaredLate(t *testing.T) {
	for _, tt := range []struct {
		name, meta string
	}{
		{"meta charset", `<meta charset="windows-1251">`},
		{"http-equiv", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; Charset=Windows-1251">`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			title, err := charmap.Windows1251.NewEncoder().String("Новости дня")
			if err != nil {
				t.Fatal(err)
			}
			page := "<!doctype html><html><head><!-- " + strings.Repeat("padding ", 200) + " -->" +
				tt.meta + "<title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>"
			a, err := Parse(bytes.NewReader([]byte(page)), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Новости дня" {
				t.Errorf("Title = %q, want %q", a.Title, "Новости дня")
			}
		})
	}
}

func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"xx CHARSET=", 3},
		{"charset", 0},
		{"chars", -1},
		{"cCharSet", 1},
		{"", -1},
	} {
		if got := indexFold([]byte(tt.in), "charset"); got != tt.want {
			t.Errorf("indexFold(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
