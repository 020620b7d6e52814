"""The report runner: which runs, in what order, in which kernels, and the report page.

`suite` reads `notebooks/report.yaml`; `schedule` runs them in parallel, incrementally
(`fingerprint`); `worker` executes one run with papermill in a kernel from `kernels`;
`results` is what a run produced; `report` writes `outputs/index.html`; `bench` times it.
"""
