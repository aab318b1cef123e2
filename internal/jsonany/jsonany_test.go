package jsonany

import (
	"encoding/json"
	"reflect"
	"testing"
)

// decodeCases are JSON texts Decode must read (ok) or leave to
// encoding/json (!ok). Each one it reads must come out as json.Unmarshal
// reads it.
var decodeCases = []struct {
	in string
	ok bool
}{
	{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rivers rise in the north"}`, true},
	{` [1, -2.5, 3e2, 0, -0, 1E-3, true, false, null, "x", [], {}] `, true},
	{`{"a":{"b":[{"c":"d"}]},"a":"last wins"}`, true},
	{`"caf\u00e9 \ud83d\ude00 \/ \" \\ \b\f\n\r\t"`, true},
	{`"lone \ud83d surrogate"`, true},
	{`"high \ud83d then \u0041"`, true},
	{`"Grüße aus Köln – 東京"`, true},
	{`{}`, true},
	{`[]`, true},
	{`""`, true},
	{`17`, true},
	{``, false},
	{`{"a":1,}`, false},
	{`[1,]`, false},
	{`{"a" 1}`, false},
	{`{'a':1}`, false},
	{`"raw	tab"`, false},
	{"\"invalid \xff utf-8\"", false},
	{`"\x"`, false},
	{`"\u12"`, false},
	{`01`, false},
	{`1.`, false},
	{`.5`, false},
	{`1e`, false},
	{`-`, false},
	{`1e400`, false},
	{`tru`, false},
	{`nul`, false},
	{`{"a":1} x`, false},
	{`[1 2]`, false},
	{`"unterminated`, false},
}

func TestDecodeLikeUnmarshal(t *testing.T) {
	for _, tt := range decodeCases {
		got, ok := Decode(tt.in)
		if ok != tt.ok {
			t.Errorf("Decode(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
		if ok {
			checkLikeUnmarshal(t, tt.in, got)
		}
	}
}

// checkLikeUnmarshal fails t unless json.Unmarshal reads in without error
// as the value got.
func checkLikeUnmarshal(t *testing.T, in string, got any) {
	t.Helper()
	var want any
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Errorf("Decode(%q) read it, json.Unmarshal fails: %v", in, err)
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Decode(%q) = %#v, json.Unmarshal gives %#v", in, got, want)
	}
}

func TestDecodeDepth(t *testing.T) {
	deep := ""
	for range maxDepth + 1 {
		deep += "["
	}
	for range maxDepth + 1 {
		deep += "]"
	}
	if _, ok := Decode(deep); ok {
		t.Errorf("Decode read %d levels of nesting, want it left to encoding/json", maxDepth+1)
	}
	if _, ok := Decode(deep[1 : len(deep)-1]); !ok {
		t.Errorf("Decode did not read %d levels of nesting", maxDepth)
	}
}

// FuzzDecode holds Decode to json.Unmarshal on any input: whatever Decode
// reads, json.Unmarshal reads the same, without error.
func FuzzDecode(f *testing.F) {
	for _, tt := range decodeCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, ok := Decode(in); ok {
			checkLikeUnmarshal(t, in, got)
		}
	})
}
