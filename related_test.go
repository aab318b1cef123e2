package article

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

func TestPromoLeads(t *testing.T) {
	checkLines(t, "isPromoLine", isPromoLine, []lineCase{
		{"Related: Rivers rise again in the north", true},
		{"READ MORE: Why the bridge closed", true},
		{"Lesen Sie auch: Warum der Rhein steigt", true},
		{"Lire aussi : la crue de la Loire", true},
		{"Leia também: o rio subiu dois metros", true},
		{"Weitere Informationen: www.example.org", false},
		{"Relatedness between the two species was measured in the study.", false},
		{"Read the full report on the agency's website, officials said.", false},
		{"【関連記事】", true},
		{"・関連記事", true},
		{"関連記事：新しい橋の計画", true},
		{"関連記事によると、橋は来月開通する。", false},
		{"延伸阅读", true},
		// A label with a colon may run several linked headlines on.
		{"READ MORE: " + strings.Repeat("Rivers rise again in the north and the bridge stays closed; ", 8), true},
		{"Related " + strings.Repeat("work on the bridge went on through the night and the next day, ", 8), false},
	})
}

// TestBoxLabelMemo holds the label memo of findRelatedBoxes to boxLabel:
// on every element of the hand-written pages, entered in document order
// and some skipped as the walk skips pruned boxes, it reads the same label.
func TestBoxLabelMemo(t *testing.T) {
	for _, p := range fixtures(t) {
		root := fixtureTree(t, p)
		hc := newHintCache()
		var memo boxLabelMemo
		i := 0
		walk(root, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			if i++; i%7 == 0 {
				// A box the walk turns down: its subtree is not entered.
				return false
			}
			memo.enter(n, hc)
			if got, want := memo.of(hc).text, boxLabel(n, hc); got != want {
				t.Errorf("%s: <%s> label %q, boxLabel gives %q", p, n.Data, got, want)
			}
			return true
		})
	}
}

// TestLowerRuneSettles holds what isFurnitureLabel's first-letter test
// rests on: a lowered character lowers to itself, and no character that
// is not a space lowers to one.
func TestLowerRuneSettles(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := lowerRune(r)
		if lowerRune(l) != l || unicode.IsSpace(l) && !unicode.IsSpace(r) {
			t.Fatalf("lowerRune(%U) = %U, which lowers to %U", r, l, lowerRune(l))
		}
	}
}
