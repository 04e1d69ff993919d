package gateway

// scanArguments scans the call's arguments for prompt injection. It only reports: the policy
// decides what a finding means (input.injection).
func (p *pipeline) scanArguments() (bool, error) {
	res, err := p.g.cfg.detector.InspectJSON(p.arguments, nil)
	if err != nil {
		return false, err
	}
	p.scan, p.d.Injection = res, res
	return false, nil
}
