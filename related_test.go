package article

import "testing"

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
	})
}
