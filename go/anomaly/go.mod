module github.com/sark-accel/sark-accel/go/anomaly

go 1.26

require github.com/hashicorp/golang-lru/v2 v2.0.7
