package authn

// Reason says why a credential was refused. The values are stable strings shared with Python.
type Reason string

const (
	ReasonMalformed           Reason = "malformed"
	ReasonBadSignature        Reason = "bad_signature"
	ReasonAlgorithmNotAllowed Reason = "algorithm_not_allowed"
	ReasonUnknownKid          Reason = "unknown_kid"
	ReasonExpired             Reason = "expired"
	ReasonNotYetValid         Reason = "not_yet_valid"
	ReasonWrongIssuer         Reason = "wrong_issuer"
	ReasonWrongAudience       Reason = "wrong_audience"
	ReasonMissingClaim        Reason = "missing_claim"
	ReasonRevoked             Reason = "revoked"
	ReasonUnknownKey          Reason = "unknown_key"
	ReasonInactiveKey         Reason = "inactive_key"
	ReasonExpiredKey          Reason = "expired_key"
	ReasonInsufficientScope   Reason = "insufficient_scope"
	ReasonBusy                Reason = "busy"
)

// Error is every refusal of a credential. Detail never contains the token or the key.
type Error struct {
	Reason Reason
	Detail string
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return "authn: " + string(e.Reason)
	}
	return "authn: " + string(e.Reason) + ": " + e.Detail
}

// Is makes errors.Is(err, ErrExpired) (any *Error with the same Reason) true.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Reason == e.Reason
}

func fail(r Reason, detail string) *Error { return &Error{Reason: r, Detail: detail} }

// Sentinels for errors.Is; compare by Reason only.
var (
	ErrMalformed           = &Error{Reason: ReasonMalformed}
	ErrBadSignature        = &Error{Reason: ReasonBadSignature}
	ErrAlgorithmNotAllowed = &Error{Reason: ReasonAlgorithmNotAllowed}
	ErrUnknownKid          = &Error{Reason: ReasonUnknownKid}
	ErrExpired             = &Error{Reason: ReasonExpired}
	ErrNotYetValid         = &Error{Reason: ReasonNotYetValid}
	ErrWrongIssuer         = &Error{Reason: ReasonWrongIssuer}
	ErrWrongAudience       = &Error{Reason: ReasonWrongAudience}
	ErrMissingClaim        = &Error{Reason: ReasonMissingClaim}
	ErrRevoked             = &Error{Reason: ReasonRevoked}
	ErrUnknownKey          = &Error{Reason: ReasonUnknownKey}
	ErrInactiveKey         = &Error{Reason: ReasonInactiveKey}
	ErrExpiredKey          = &Error{Reason: ReasonExpiredKey}
	ErrInsufficientScope   = &Error{Reason: ReasonInsufficientScope}
	ErrBusy                = &Error{Reason: ReasonBusy}
)
