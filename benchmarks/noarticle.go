//go:build noarticle

package main

import (
	"errors"
	"io"
)

// ours is empty: this build compares the peers alone.
var ours []extractor

func runScaling(io.Writer, []page, int) error {
	return errors.New("-scaling measures this project's parser, which -tags noarticle leaves out")
}
