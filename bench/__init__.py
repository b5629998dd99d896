"""Benchmarks (``python -m bench``, or ``make bench``): throughput against a raw pass-through
ceiling, latency under load, blast radius, memory per agent and detector cost. Each prints
what it measured and how; figures are reported against baselines measured in the same run,
because absolute times on a shared 2-core machine drift."""
