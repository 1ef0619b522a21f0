// Command promlint reads Prometheus text exposition format on stdin and checks it as
// `promtool check metrics` does: it must parse, and promlint's naming and help rules must pass.
// Exit 1 on a parse error, 3 on lint problems.
package main

import (
	"fmt"
	"os"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"
)

func main() {
	problems, err := promlint.New(os.Stdin).Lint()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error while linting: %v\n", err)
		os.Exit(1)
	}
	for _, problem := range problems {
		fmt.Fprintf(os.Stderr, "%s: %s\n", problem.Metric, problem.Text)
	}
	if len(problems) > 0 {
		os.Exit(3)
	}
	fmt.Println("metrics OK")
}
