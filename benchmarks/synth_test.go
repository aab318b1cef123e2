package main

import (
	"bytes"
	"testing"
)

func TestSynthPage(t *testing.T) {
	for _, size := range []int{100e3, 1e6} {
		p := synthPage(size)
		if len(p) < size || len(p) > size+32<<10 {
			t.Errorf("synthPage(%d) is %d bytes, want %d to %d", size, len(p), size, size+32<<10)
		}
		if !bytes.Equal(p, synthPage(size)) {
			t.Errorf("synthPage(%d) differs between calls", size)
		}
		if !bytes.HasSuffix(p, []byte("</html>\n")) {
			t.Errorf("synthPage(%d) does not end the document", size)
		}
	}
}
