package article

import "testing"

// TestWordHints checks how a class or id value is read: whole words, words
// run together, plurals, roots inside long words, and the exceptions.
func TestWordHints(t *testing.T) {
	tests := []struct {
		value     string
		want, not hint
		reason    string
	}{
		{"article-body", hintBody, 0, "two words run together name the body"},
		{"Article__Body main", hintBody | hintPositive, 0, "case does not matter"},
		{"widgetcommentlist", hintNegative | hintUnlikely | hintJunk, 0, "a long unknown word holds the root comment"},
		{"sidebarrelatedstories", hintRelated | hintUnlikely, 0, "a long unknown word holds the root related"},
		{"publishedtimestamp", hintDateish, 0, "roots of date lines"},
		{"sponsors", hintJunk, 0, "a plural reads as its singular"},
		{"section--ads", 0, hintAd, "a BEM modifier holds ads, it is not one"},
		{"elementor-widget", 0, hintJunk, "Elementor calls every block a widget"},
		{"elementor widget", hintJunk, 0, "only within one class name"},
		{"story pagination", hintPositive | hintJunk, 0, "each class name counts"},
		{"x", 0, ^hint(0), "a word the table does not know says nothing"},
	}
	for _, tt := range tests {
		got := wordHints(tt.value)
		if got&tt.want != tt.want || got&tt.not != 0 {
			t.Errorf("wordHints(%q) = %b, want bits %b and not %b (%s)", tt.value, got, tt.want, tt.not, tt.reason)
		}
	}
}
