package main

import (
	"math"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and 3.14", []string{"snake_case", "and", "3", "14"}},
		{"Müller's café — 東京 ٣", []string{"Müller", "s", "café", "東京", "٣"}},
	}
	for _, tt := range tests {
		got := tokenize(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}

func TestMatchShingles(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        counts
	}{
		{"identical", "one two three four five", "one two three four five", counts{1, 0, 0}},
		{"both empty", "", "...", counts{0, 0, 0}},
		{"nothing predicted", "one two three four five", "", counts{0, 0, 1}},
		// Truth has shingles 1234 2345; prediction 1234 2345 3456: tp 2, fp 1.
		{"extra text", "one two three four five", "one two three four five six", counts{2.0 / 3, 1.0 / 3, 0}},
		// A short text is one shingle of all its tokens.
		{"short", "one two", "one two", counts{1, 0, 0}},
		{"short differs", "one two", "one three", counts{0, 0.5, 0.5}},
		// Counts are multisets: the repeated shingle matches once.
		{"repeat", "a b c d", "a b c d a b c d", counts{1.0 / 5, 4.0 / 5, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matchShingles(tt.truth, tt.pred)
			if !near(got.tp, tt.want.tp) || !near(got.fp, tt.want.fp) || !near(got.fn, tt.want.fn) {
				t.Errorf("matchShingles(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func TestScorePages(t *testing.T) {
	pages := []counts{
		{1, 0, 0},     // perfect
		{0, 0, 1},     // nothing predicted: no precision, recall 0
		{0.5, 0.5, 0}, // precision 0.5, recall 1
	}
	got := scorePages(pages)
	wantP, wantR := (1+0.5)/2, (1+0+1)/3.0
	if !near(got.precision, wantP) || !near(got.recall, wantR) || !near(got.f1, 2*wantP*wantR/(wantP+wantR)) {
		t.Errorf("scorePages = %+v, want precision %v recall %v", got, wantP, wantR)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
