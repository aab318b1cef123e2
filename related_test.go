package article

import (
	"strings"
	"testing"
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
