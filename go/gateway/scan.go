package gateway

import "github.com/sark-accel/sark-accel/go/injection"

// scanArguments scans the call's arguments for prompt injection, as arguments (the kind picks
// the classifier's model when the detector has it on). It only reports: the policy decides what
// a finding means (input.injection).
func (p *pipeline) scanArguments() (bool, error) {
	res, err := p.g.cfg.detector.InspectJSON(p.arguments, nil, injection.AsKind(injection.KindArgument))
	if err != nil {
		return false, err
	}
	p.scan, p.d.Injection = res, res
	return false, nil
}
