package textdoc

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLowerASCIIEightAtATime checks lowerASCII, which reads eight bytes at
// a time, against a byte-by-byte lowering, on texts of every length up to
// 200 bytes mixing capitals, small letters, the bytes around 'A' and 'Z'
// and bytes past ASCII.
func TestLowerASCIIEightAtATime(t *testing.T) {
	byByte := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("@AZ[`az{ Mm.\x7f\x80\xc1\xda\xe2\xff09")
	for n := 0; n <= 200; n++ {
		for range 20 {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[r.Intn(len(alphabet))]
			}
			s := string(b)
			assert.Equal(t, byByte(s), lowerASCII(s), "%q", s)
		}
	}
	plain := "no capital in this text at all, only small letters and marks."
	assert.Equal(t, plain, lowerASCII(plain))
	assert.Equal(t, strings.ToLower("Said Ellis: THE END"), lowerASCII("Said Ellis: THE END"))
}
