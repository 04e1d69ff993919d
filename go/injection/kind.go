package injection

import (
	_ "embed"
	"strconv"
	"sync"
)

// Kind is the kind of text a scan reads. With the classifier on it picks the model (one was
// trained per kind); the patterns and the built-in detectors do not depend on it. The zero
// value, KindUnknown, is the general model (classifier.bin).
type Kind uint8

const (
	// KindUnknown: the text's kind is not known; the general model (classifier.bin).
	KindUnknown Kind = iota
	// KindArgument: a tool call's arguments, written by the user or the agent
	// (classifier_argument.bin).
	KindArgument
	// KindToolResult: what a tool returned, the path of indirect injection
	// (classifier_tool_result.bin).
	KindToolResult
	numKinds
)

// kindNames are the names ParseKind reads and String writes, by Kind.
var kindNames = [numKinds]string{KindUnknown: "", KindArgument: "argument", KindToolResult: "tool_result"}

// String is the kind's name: "", "argument" or "tool_result".
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind reads a kind's name: "" (KindUnknown), "argument" or "tool_result"; any other
// string is a *KindError.
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if s == name {
			return Kind(k), nil
		}
	}
	return KindUnknown, &KindError{Name: s}
}

//go:embed classifier_argument.bin
var classifierArgumentBin []byte

//go:embed classifier_tool_result.bin
var classifierToolResultBin []byte

// kindModels are each kind's model file and its parse, done once on first use.
var kindModels = [numKinds]func() *Classifier{
	KindUnknown:    mustLoadOnce("classifier.bin", classifierBin),
	KindArgument:   mustLoadOnce("classifier_argument.bin", classifierArgumentBin),
	KindToolResult: mustLoadOnce("classifier_tool_result.bin", classifierToolResultBin),
}

func mustLoadOnce(name string, data []byte) func() *Classifier {
	return sync.OnceValue(func() *Classifier {
		c, err := LoadClassifier(data)
		if err != nil {
			panic("injection: embedded " + name + ": " + err.Error())
		}
		return c
	})
}

// ClassifierFor is the model of kind k, parsed once (ClassifierFor(KindUnknown) is
// DefaultClassifier()). It panics on a Kind that is none of the constants.
func ClassifierFor(k Kind) *Classifier {
	if k >= numKinds {
		panic("injection: ClassifierFor: no such kind " + k.String())
	}
	return kindModels[k]()
}
