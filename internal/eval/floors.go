package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Tolerance is how far a figure may fall below its floor before the quality
// gate fails: the slack for rounding and for ties broken differently.
const Tolerance = 0.005

// Floors maps a figure's Key to the lowest value it is allowed to take.
type Floors map[string]float64

// ReadFloors reads floors from a JSON object file. A missing file gives no
// floors and no error.
func ReadFloors(name string) (Floors, error) {
	f := Floors{}
	err := readJSON(name, &f)
	if errors.Is(err, fs.ErrNotExist) {
		return Floors{}, nil
	}
	return f, err
}

// Write stores the floors as an indented JSON object, keys sorted.
func (f Floors) Write(name string) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// Raise returns floors that hold, for each figure, the higher of its old
// floor and its current value rounded down to three decimals; a floor is
// never lowered, and floors of figures no longer reported are kept.
func (f Floors) Raise(figures []Figure) Floors {
	raised := Floors{}
	for k, v := range f {
		raised[k] = v
	}
	for _, fig := range figures {
		v := floor3(fig.Value)
		if old, ok := raised[fig.Key()]; !ok || v > old {
			raised[fig.Key()] = v
		}
	}
	return raised
}

// Check lists the figures that fall more than Tolerance below their floor,
// one message each. Figures without a floor pass.
func (f Floors) Check(figures []Figure) []string {
	var failures []string
	for _, fig := range figures {
		floor, ok := f[fig.Key()]
		if ok && fig.Value < floor-Tolerance {
			failures = append(failures, fmt.Sprintf("%s %s = %.4f, below its floor %.3f", fig.Set, fig.Measure, fig.Value, floor))
		}
	}
	return failures
}

// floor3 rounds v down to three decimals, the precision the table shows, so
// that a floor never sits above the value it was taken from.
func floor3(v float64) float64 {
	return float64(int64(v*1000+1e-9)) / 1000
}
