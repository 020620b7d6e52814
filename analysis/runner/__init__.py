"""The report runner: which runs, in what order, in which kernels, and the report page.

`suite` reads `notebooks/report.yaml`; `schedule` runs them in parallel, incrementally
(`fingerprint`), one report per output folder at a time (`lock`); `worker` executes one run
with papermill in a kernel it keeps warm (`warm`; inside it, `kernels`); `results` is what
a run produced; `report` writes `outputs/index.html`; `bench` times it.
"""
