"""Offline and development tools: the simulator, evaluation, replay, the demo and the
development broker. A production worker or an embedding gateway needs none of them."""
