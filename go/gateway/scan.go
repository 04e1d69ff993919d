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

// findingIDs are the pattern ids of the findings in finding order, each once.
func findingIDs(p *pipeline) []string {
	ids := make([]string, 0, len(p.scan.Findings))
	seen := make(map[string]bool, len(p.scan.Findings))
	for _, f := range p.scan.Findings {
		if !seen[f.PatternID] {
			seen[f.PatternID] = true
			ids = append(ids, f.PatternID)
		}
	}
	return ids
}
