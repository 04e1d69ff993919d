package gateway

import "github.com/sark-accel/sark-accel/go/anomaly"

// checkAnomaly checks the call against the principal's behaviour, then counts it (detect,
// then observe, under the detector's one lock). It only reports: the policy decides.
func (p *pipeline) checkAnomaly() (bool, error) {
	det := p.g.cfg.anomaly
	res, err := det.ObserveAndDetect(anomaly.Event{
		Principal:   p.principal.ID,
		Timestamp:   p.nowNs,
		Tool:        p.d.Tool,
		Sensitivity: anomaly.ParseSensitivity(p.sensitivity),
		Server:      p.req.Server,
	})
	if err != nil {
		return false, err
	}
	p.anomalies = &res
	p.d.Anomalies = res.Anomalies
	p.d.AnomalyLevel = det.Alert(res.Anomalies).Level
	return false, nil
}
