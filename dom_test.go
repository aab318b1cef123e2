package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestIsHiddenStyle checks isHidden's reading of an inline style against
// its definition: the lower-cased style holds display:none or
// visibility:hidden, with or without one space after the colon.
func TestIsHiddenStyle(t *testing.T) {
	want := func(st string) bool {
		st = strings.ToLower(st)
		return strings.Contains(st, "display:none") || strings.Contains(st, "display: none") ||
			strings.Contains(st, "visibility:hidden") || strings.Contains(st, "visibility: hidden")
	}
	check := func(st string) {
		t.Helper()
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "style", Val: st}}}
		if got := isHidden(n); got != want(st) {
			t.Fatalf("isHidden(style=%q) = %v, want %v", st, got, want(st))
		}
	}
	for _, st := range []string{
		"display:none", "DISPLAY: NONE", "display:  none", "color: red; display:none;", "display:nonexistent",
		"xdisplay:none", "visibility:hidden", "Visibility: Hidden", "visibility:visible", ":none", "display:",
		"display", "visİbility:hidden", "width: 10px" + strings.Repeat(";", 300) + "display:none",
	} {
		check(st)
	}
	pieces := []string{"", " ", ":", ";", "x", "display", "Display", "visibility", "VISIBILITY", "none", "None", "hidden",
		"Hidden", "isplay", "İ", "é"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					check(a + b + c + d)
				}
			}
		}
	}
}
